import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryArchive } from "@/components/site/story-archive";
import { archivePageRequest, getTagArchive } from "@/lib/archives";
import { site } from "@/lib/site";

// The first page is /tags/slug, older ones /tags/slug/before/<cursor> (and
// /after/<cursor> back): every page is rendered once and cached, and writes
// refresh all of an archive's pages (lib/reader-cache.ts).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page?: string[] }> };

const describe = (name: string) => `Stories about ${name} from ${site.name}.`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const request = archivePageRequest(page);
  const archive = request && (await getTagArchive(slug, request));
  if (!request || !archive) notFound();
  return {
    title: archive.tag.name,
    description: describe(archive.tag.name),
    alternates: { canonical: `${site.url}/tags/${archive.tag.slug}` },
    // Older pages shift as stories are published: let crawlers follow them, not index them.
    robots: request.before || request.after ? { index: false, follow: true } : undefined,
  };
}

export default async function TagPage({ params }: Props) {
  const { slug, page } = await params;
  const request = archivePageRequest(page);
  const archive = request && (await getTagArchive(slug, request));
  if (!archive) notFound();
  return (
    <StoryArchive
      kind="Tag"
      title={archive.tag.name}
      description={describe(archive.tag.name)}
      archive={archive}
      basePath={`/tags/${archive.tag.slug}`}
      timeZone={site.timeZone}
    />
  );
}
