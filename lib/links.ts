/**
 * Editors' links between stories: the related headlines readers see first,
 * in the editors' order. Writes check the role here; reads serve the link
 * picker on the edit page.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canEditAnyStory, ForbiddenError, type StaffUser } from "@/lib/roles";
import { StoryConflictError } from "@/lib/story-mutations";
import { suggestRelatedStories } from "@/lib/related";
import { isVisibleToReaders } from "@/lib/workflow-rules";
import type { WorkflowResult } from "@/lib/workflow";

function assertMayLink(user: StaffUser) {
  if (!canEditAnyStory(user)) throw new ForbiddenError("Only editors and admins can link stories.");
}

/**
 * Replaces a story's links with `linkedSlugs`, in that order. For each slug
 * also in `linkBackSlugs`, that story gets a link back to this one at the end
 * of its own list, unless it has one already.
 */
export async function setStoryLinks(
  storyId: string,
  linkedSlugs: string[],
  user: StaffUser,
  linkBackSlugs: string[] = [],
): Promise<WorkflowResult> {
  assertMayLink(user);
  return db.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: storyId }, select: { slug: true } });
    if (!story) throw new StoryConflictError("This story no longer exists.");
    if (linkedSlugs.includes(story.slug)) throw new StoryConflictError("A story cannot link to itself.");
    const targets = await tx.story.findMany({ where: { slug: { in: linkedSlugs } }, select: { id: true, slug: true } });
    const idBySlug = new Map(targets.map((target) => [target.slug, target.id]));
    const missing = linkedSlugs.filter((slug) => !idBySlug.has(slug));
    if (missing.length) throw new StoryConflictError(`No story has the slug ${missing.map((s) => `“${s}”`).join(", ")}.`);
    await tx.storyLink.deleteMany({ where: { fromStoryId: storyId } });
    await tx.storyLink.createMany({
      data: linkedSlugs.map((slug, position) => ({
        fromStoryId: storyId,
        toStoryId: idBySlug.get(slug)!,
        position,
        createdById: user.id,
      })),
    });
    await tx.auditEntry.create({
      data: { action: "story.link", actorId: user.id, storyId, details: { linked: linkedSlugs } },
    });

    const linkedBackFrom: string[] = [];
    for (const slug of linkBackSlugs.filter((slug) => idBySlug.has(slug))) {
      const otherId = idBySlug.get(slug)!;
      const existing = await tx.storyLink.findUnique({
        where: { fromStoryId_toStoryId: { fromStoryId: otherId, toStoryId: storyId } },
        select: { position: true },
      });
      if (existing) continue;
      const last = await tx.storyLink.aggregate({ where: { fromStoryId: otherId }, _max: { position: true } });
      await tx.storyLink.create({
        data: { fromStoryId: otherId, toStoryId: storyId, position: (last._max.position ?? -1) + 1, createdById: user.id },
      });
      await tx.auditEntry.create({
        data: { action: "story.link", actorId: user.id, storyId: otherId, details: { linkedBackTo: story.slug } },
      });
      linkedBackFrom.push(slug);
    }
    // This story's related headlines changed, and those of the stories that now link back.
    return {
      id: storyId,
      slug: story.slug,
      readerPages: [story.slug, ...linkedBackFrom].map((slug) => `/stories/${slug}`),
    };
  });
}

export type LinkableStory = { slug: string; headline: string; status: string };

const LIKE_SPECIAL = /[\\%_]/g;

/**
 * Stories an editor may link to, matching what they typed: headlines that
 * contain it first (those starting with it before the rest), then full-text
 * matches of the headline, dek and body. Any status but archived.
 */
export async function searchStoriesToLink(query: string, excludeStoryId?: string, limit = 10): Promise<LinkableStory[]> {
  const text = query.trim();
  if (!text) return [];
  const contains = `%${text.replace(LIKE_SPECIAL, "\\$&")}%`;
  const startsWith = `${text.replace(LIKE_SPECIAL, "\\$&")}%`;
  return db.$queryRaw<LinkableStory[]>`
    SELECT slug, headline, status::text AS status
    FROM "Story"
    WHERE status <> 'archived'
      AND id <> ${excludeStoryId ?? ""}
      AND (headline ILIKE ${contains} OR "searchVector" @@ websearch_to_tsquery('english', ${text}))
    ORDER BY
      (headline ILIKE ${startsWith}) DESC,
      (headline ILIKE ${contains}) DESC,
      ts_rank("searchVector", websearch_to_tsquery('english', ${text})) DESC,
      "publishedAt" DESC NULLS LAST
    LIMIT ${limit}
  `;
}

export type EditorLink = LinkableStory & { visible: boolean };

const linkedStorySelect = { id: true, slug: true, headline: true, status: true, publishedAt: true } as const;

/** What the link picker starts from: the links in order, the backlinks and suggestions. */
export async function loadLinkEditor(storyId: string, suggestionCount = 8) {
  const now = new Date();
  const [links, backlinks] = await Promise.all([
    db.storyLink.findMany({
      where: { fromStoryId: storyId },
      orderBy: { position: "asc" },
      select: { to: { select: linkedStorySelect } },
    }),
    db.storyLink.findMany({
      where: { toStoryId: storyId },
      orderBy: { from: { headline: "asc" } },
      select: { from: { select: linkedStorySelect } },
    }),
  ]);
  const linked = links.map(({ to }) => to);
  const suggestions = await suggestRelatedStories(
    storyId,
    linked.map((story) => story.id),
    suggestionCount,
  );
  const forEditor = (story: Prisma.StoryGetPayload<{ select: typeof linkedStorySelect }>): EditorLink & { id: string } => ({
    id: story.id,
    slug: story.slug,
    headline: story.headline,
    status: story.status,
    visible: isVisibleToReaders(story, now),
  });
  return {
    links: linked.map(forEditor),
    backlinks: backlinks.map(({ from }) => forEditor(from)),
    // Suggestions are drawn from what readers can see, so they are published.
    suggestions: suggestions.map((story) => ({ slug: story.slug, headline: story.headline, status: "published" })),
  };
}

export type LinkEditorData = Awaited<ReturnType<typeof loadLinkEditor>>;
