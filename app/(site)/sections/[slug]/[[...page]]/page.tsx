import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryArchive } from "@/components/site/story-archive";
import { archivePageRequest, getSectionArchive } from "@/lib/archives";
import { site } from "@/lib/site";

// The first page is /sections/slug, older ones /sections/slug/before/<cursor> (and
// /after/<cursor> back): every page is rendered once and cached, and writes
// refresh all of an archive's pages (lib/reader-cache.ts).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const request = archivePageRequest(page);
  const archive = request && (await getSectionArchive(slug, request));
  if (!request || !archive) notFound();
  return {
    title: archive.section.name,
    description: archive.section.description ?? `The latest ${archive.section.name} stories from ${site.name}.`,
    alternates: { canonical: `${site.url}/sections/${archive.section.slug}` },
    // Older pages shift as stories are published: let crawlers follow them, not index them.
    robots: request.before || request.after ? { index: false, follow: true } : undefined,
  };
}

export default async function SectionPage({ params }: Props) {
  const { slug, page } = await params;
  const request = archivePageRequest(page);
  const archive = request && (await getSectionArchive(slug, request));
  if (!archive) notFound();
  return (
    <StoryArchive
      kind="Section"
      title={archive.section.name}
      description={archive.section.description}
      archive={archive}
      basePath={`/sections/${archive.section.slug}`}
      timeZone={site.timeZone}
    />
  );
}
