import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryArchive } from "@/components/site/story-archive";
import { archivePageRequest, getTagArchive } from "@/lib/archives";
import { site } from "@/lib/site";

// Each page of the archive reads ?before= or ?after=, so it is rendered per
// request; the stories behind it come from the cache (lib/archives.ts).
export const revalidate = 60;

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const describe = (name: string) => `Stories about ${name} from ${site.name}.`;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const request = archivePageRequest(await searchParams);
  const archive = await getTagArchive((await params).slug, request);
  if (!archive) notFound();
  return {
    title: archive.tag.name,
    description: describe(archive.tag.name),
    alternates: { canonical: `${site.url}/tags/${archive.tag.slug}` },
    // Older pages shift as stories are published: let crawlers follow them, not index them.
    robots: request.before || request.after ? { index: false, follow: true } : undefined,
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const archive = await getTagArchive((await params).slug, archivePageRequest(await searchParams));
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
