import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryArchive } from "@/components/site/story-archive";
import { archivePageRequest, getSectionArchive } from "@/lib/archives";
import { site } from "@/lib/site";

// Each page of the archive reads ?before= or ?after=, so it is rendered per
// request; the stories behind it come from the cache (lib/archives.ts).
export const revalidate = 60;

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const request = archivePageRequest(await searchParams);
  const archive = await getSectionArchive((await params).slug, request);
  if (!archive) notFound();
  return {
    title: archive.section.name,
    description: archive.section.description ?? `The latest ${archive.section.name} stories from ${site.name}.`,
    alternates: { canonical: `${site.url}/sections/${archive.section.slug}` },
    // Older pages shift as stories are published: let crawlers follow them, not index them.
    robots: request.before || request.after ? { index: false, follow: true } : undefined,
  };
}

export default async function SectionPage({ params, searchParams }: Props) {
  const archive = await getSectionArchive((await params).slug, archivePageRequest(await searchParams));
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
