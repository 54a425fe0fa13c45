import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryArchive } from "@/components/site/story-archive";
import { archivePageRequest, getAuthorArchive } from "@/lib/archives";
import { site } from "@/lib/site";

// The first page is /authors/slug, older ones /authors/slug/before/<cursor> (and
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
  const archive = request && (await getAuthorArchive(slug, request));
  if (!request || !archive) notFound();
  return {
    title: archive.author.name,
    description: archive.author.bio ?? `Stories by ${archive.author.name} for ${site.name}.`,
    alternates: { canonical: `${site.url}/authors/${archive.author.slug}` },
    // Older pages shift as stories are published: let crawlers follow them, not index them.
    robots: request.before || request.after ? { index: false, follow: true } : undefined,
  };
}

export default async function AuthorPage({ params }: Props) {
  const { slug, page } = await params;
  const request = archivePageRequest(page);
  const archive = request && (await getAuthorArchive(slug, request));
  if (!archive) notFound();
  return (
    <StoryArchive
      kind="Author"
      title={archive.author.name}
      description={archive.author.bio}
      archive={archive}
      basePath={`/authors/${archive.author.slug}`}
      timeZone={site.timeZone}
    />
  );
}
