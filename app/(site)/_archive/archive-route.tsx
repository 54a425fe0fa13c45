/**
 * What the section, tag and author routes share: a page of an archive, its
 * metadata, and the 404 for an unknown archive or an address that is no page.
 * (A folder starting with "_" holds no routes.)
 */
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { StoryArchive } from "@/components/site/story-archive";
import {
  archivePageRequest,
  getAuthorArchive,
  getSectionArchive,
  getTagArchive,
  type ArchivePage,
  type ArchivePageRequest,
  type AuthorPublicProfile,
} from "@/lib/reader/archives";
import { findRenamedSectionSlug } from "@/lib/newsroom/sections";
import { site } from "@/lib/platform/site";
import { findRenamedTagSlug } from "@/lib/newsroom/tags";

type Shown = {
  label: string;
  slug: string;
  title: string;
  description: string | null;
  summary: string;
  author?: AuthorPublicProfile;
};
type Kind = {
  load: (slug: string, request: ArchivePageRequest) => Promise<(ArchivePage & { shown: Shown }) | null>;
  /** Where an archive that used to be at `slug` is now (renamed or merged), if it has moved. */
  renamed?: (slug: string) => Promise<string | null>;
};

const shown = <T extends ArchivePage>(archive: T | null, describe: (archive: T) => Shown) =>
  archive ? { ...archive, shown: describe(archive) } : null;

const kinds = {
  sections: {
    load: async (slug, request) =>
      shown(await getSectionArchive(slug, request), ({ section }) => ({
        label: "Section",
        slug: section.slug,
        title: section.name,
        description: section.description,
        summary: section.description ?? `The latest ${section.name} stories from ${site.name}.`,
      })),
    renamed: findRenamedSectionSlug,
  },
  tags: {
    load: async (slug, request) =>
      shown(await getTagArchive(slug, request), ({ tag }) => ({
        label: "Tag",
        slug: tag.slug,
        title: tag.name,
        description: `Stories about ${tag.name} from ${site.name}.`,
        summary: `Stories about ${tag.name} from ${site.name}.`,
      })),
    renamed: findRenamedTagSlug,
  },
  authors: {
    load: async (slug, request) =>
      shown(await getAuthorArchive(slug, request), ({ author }) => ({
        label: "Author",
        slug: author.slug,
        title: author.name,
        description: author.bio,
        summary: author.bio ?? `Stories by ${author.name} for ${site.name}.`,
        author,
      })),
  },
} satisfies Record<string, Kind>;

type Props = { params: Promise<{ slug: string; page?: string[] }> };

async function loadOrNotFound(kind: keyof typeof kinds, params: Props["params"]) {
  const { slug, page } = await params;
  const request = archivePageRequest(page);
  const archive = request && (await kinds[kind].load(slug, request));
  if (!archive) {
    // A renamed section or tag: its old address (and any page of it) moves to the new one for good.
    const found: Kind = kinds[kind];
    const renamed = await found.renamed?.(slug);
    if (renamed) permanentRedirect(`/${kind}/${renamed}${page?.length ? `/${page.join("/")}` : ""}`);
  }
  if (!request || !archive) notFound();
  return { request, archive };
}

/** The route's metadata and page for one kind of archive. */
export function archiveRoute(kind: keyof typeof kinds) {
  const basePath = (slug: string) => `/${kind}/${slug}`;
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { request, archive } = await loadOrNotFound(kind, params);
      return {
        title: archive.shown.title,
        description: archive.shown.summary,
        alternates: {
          canonical: `${site.url}${basePath(archive.shown.slug)}`,
          // A section has its own feed (the site's is announced by the layout, on every page).
          ...(kind === "sections" && {
            types: {
              "application/rss+xml": [
                { title: `${site.name}: ${archive.shown.title}`, url: `${site.url}${basePath(archive.shown.slug)}/feed.xml` },
              ],
            },
          }),
        },
        // Older pages shift as stories are published: let crawlers follow them, not index them.
        robots: request.before || request.after ? { index: false, follow: true } : undefined,
      };
    },
    async Page({ params }: Props) {
      const { archive } = await loadOrNotFound(kind, params);
      return (
        <StoryArchive
          kind={archive.shown.label}
          title={archive.shown.title}
          description={archive.shown.description}
          archive={archive}
          basePath={basePath(archive.shown.slug)}
          timeZone={site.timeZone}
          author={archive.shown.author}
        />
      );
    },
  };
}
