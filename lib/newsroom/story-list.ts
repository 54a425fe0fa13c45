/** The admin story list: every story, whatever its status, filtered, searched, sorted and paged. */
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StoryListParams } from "@/lib/validation/workflow";

export const STORIES_PER_PAGE = 20;

const orderBy: Record<StoryListParams["sort"], Prisma.StoryOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  published: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  headline: [{ headline: "asc" }, { id: "asc" }],
};

export async function listStoriesForAdmin(params: StoryListParams) {
  const where: Prisma.StoryWhereInput = {
    ...(params.status ? { status: params.status } : {}),
    ...(params.section ? { section: { slug: params.section } } : {}),
    ...(params.author ? { authors: { some: { author: { slug: params.author } } } } : {}),
    ...(params.q ? { headline: { contains: params.q, mode: "insensitive" } } : {}),
  };
  const total = await db.story.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / STORIES_PER_PAGE));
  const page = Math.min(params.page, pageCount);
  const stories = await db.story.findMany({
    where,
    orderBy: orderBy[params.sort],
    skip: (page - 1) * STORIES_PER_PAGE,
    take: STORIES_PER_PAGE,
    select: {
      id: true,
      headline: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      section: { select: { name: true } },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
    },
  });
  return {
    stories: stories.map(({ authors, ...story }) => ({ ...story, authors: authors.map(({ author }) => author.name) })),
    total,
    page,
    pageCount,
  };
}

export type AdminStoryList = Awaited<ReturnType<typeof listStoriesForAdmin>>;

/** The choices of the list's section and author filters. */
export async function listStoryFilterOptions() {
  const [sections, authors] = await Promise.all([
    db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true, name: true } }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { sections, authors };
}
