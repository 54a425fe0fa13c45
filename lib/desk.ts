/** Reads for the newsroom's admin pages: every story, whatever its status. */
import "server-only";
import { db } from "@/lib/db";
import type { BodyDocument } from "@/lib/story-body";
import { bodyToEditableText } from "@/lib/story-body";

export async function listStoriesForDesk() {
  return db.story.findMany({
    orderBy: [{ updatedAt: "desc" }],
    take: 200,
    select: {
      id: true,
      slug: true,
      headline: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      section: { select: { name: true } },
    },
  });
}

export async function listSections() {
  return db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } });
}

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
      status: true,
      version: true,
      publishedAt: true,
      createdById: true,
      sectionId: true,
      tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { name: true } } } },
      linksOut: {
        orderBy: { position: "asc" },
        select: { to: { select: { slug: true, headline: true, status: true } } },
      },
    },
  });
  if (!story) return null;
  return {
    ...story,
    bodyText: bodyToEditableText(story.body as unknown as BodyDocument),
    tags: story.tags.map(({ tag }) => tag.name),
    links: story.linksOut.map(({ to }) => to),
  };
}

export type StoryForEditing = NonNullable<Awaited<ReturnType<typeof getStoryForEditing>>>;

/** Stories an editor can link to from `storyId`: everything else, newest first. */
export async function listLinkCandidates(storyId: string) {
  return db.story.findMany({
    where: { id: { not: storyId }, status: { not: "archived" } },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take: 500,
    select: { slug: true, headline: true, status: true },
  });
}
