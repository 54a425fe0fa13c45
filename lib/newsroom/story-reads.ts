/** Reads for the newsroom's admin pages: every story, whatever its status. */
import "server-only";
import { db } from "@/lib/platform/db";
import { toLibraryImage } from "@/lib/newsroom/media-uploads";
import { storyPageSelect, toPublishedStory, type PublishedStory } from "@/lib/reader/stories";
import type { BodyDocument } from "@/lib/content/story-body";

/**
 * The sections a story can be put in, in the navigation's order. Archived
 * ones are left out, except the section of `storyId` (the story being
 * edited), so that saving it does not move it.
 */
export async function listSections({ storyId }: { storyId?: string } = {}) {
  return db.section.findMany({
    where: storyId ? { OR: [{ archivedAt: null }, { stories: { some: { id: storyId } } }] } : { archivedAt: null },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

/** Every byline the newsroom has, for the author picker. */
export async function listAuthors() {
  return db.author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** The byline of `user`, if they have one: a new story starts with it. */
export async function findOwnAuthor(userId: string) {
  return db.author.findUnique({ where: { userId }, select: { id: true, name: true } });
}

const mediaSelect = { id: true, variants: true, width: true, height: true, alt: true, credit: true } as const;

/** A story as its edit form shows it, or null. */
export async function getStoryForEditing(id: string) {
  const story = await db.story.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      headline: true,
      dek: true,
      body: true,
      bodyHtml: true,
      status: true,
      version: true,
      publishedAt: true,
      updatedAt: true,
      createdById: true,
      sectionId: true,
      seoTitle: true,
      seoDescription: true,
      heroImageAlt: true,
      heroImageCaption: true,
      heroImageCredit: true,
      heroImage: { select: mediaSelect },
      tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { name: true } } } },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { id: true, name: true } } } },
      amendments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, text: true, createdAt: true },
      },
      revisions: { orderBy: { version: "desc" }, take: 1, select: { version: true } },
    },
  });
  if (!story) return null;
  const { revisions, ...rest } = story;
  return {
    ...rest,
    // The version whose text this is: workflow steps raise `version` without changing the text.
    contentVersion: revisions[0]?.version ?? story.version,
    body: story.body as unknown as BodyDocument,
    heroImage: story.heroImage ? toLibraryImage(story.heroImage) : null,
    tags: story.tags.map(({ tag }) => tag.name),
    authors: story.authors.map(({ author }) => author),
  };
}

export type StoryForEditing = NonNullable<Awaited<ReturnType<typeof getStoryForEditing>>>;

/**
 * A story as readers would get it, whatever its status: the last saved
 * version, for the preview. A story never published shows the current time.
 */
export async function getStoryPreview(id: string): Promise<{ story: PublishedStory; status: string } | null> {
  const row = await db.story.findUnique({ where: { id }, select: { ...storyPageSelect, status: true } });
  if (!row) return null;
  const story = toPublishedStory({ ...row, publishedAt: row.publishedAt ?? new Date() });
  return { story, status: row.status };
}
