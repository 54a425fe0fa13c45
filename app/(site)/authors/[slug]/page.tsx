import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryArchive } from "@/components/site/story-archive";
import { archivePageRequest, getAuthorArchive } from "@/lib/archives";
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
  const archive = await getAuthorArchive((await params).slug, request);
  if (!archive) notFound();
  return {
    title: archive.author.name,
    description: archive.author.bio ?? `Stories by ${archive.author.name} for ${site.name}.`,
    alternates: { canonical: `${site.url}/authors/${archive.author.slug}` },
    // Older pages shift as stories are published: let crawlers follow them, not index them.
    robots: request.before || request.after ? { index: false, follow: true } : undefined,
  };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const archive = await getAuthorArchive((await params).slug, archivePageRequest(await searchParams));
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
