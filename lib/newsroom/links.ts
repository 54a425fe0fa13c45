/**
 * Editors' links between stories: the related headlines readers see first,
 * in the editors' order. Writes check the role here; reads serve the link
 * picker on the edit page.
 */
import "server-only";
import { ForbiddenError, InputError, WrongStateError } from "@/lib/platform/errors";
import { recordInvalidation } from "@/lib/delivery/cache-invalidation";
import { relatedTag } from "@/lib/delivery/cache-tags";
import { db } from "@/lib/platform/db";
import { recordAudit } from "@/lib/people/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StoryStatus } from "@/lib/generated/prisma/enums";
import { canEditAnyStory, type StaffUser } from "@/lib/people/roles";
import { RELATED_HEADLINES_LENGTH } from "@/lib/content/related-rule";
import { explainSuggestions } from "@/lib/reader/suggestions";
import { MAX_STORY_LINKS, tooManyLinksMessage } from "@/lib/validation/story";
import { isVisibleToReaders } from "@/lib/content/visibility";
import type { WorkflowResult } from "@/lib/newsroom/workflow";

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
  // The action's schema says so too; this holds for every caller.
  if (linkedSlugs.length > MAX_STORY_LINKS) throw new InputError(tooManyLinksMessage);
  return db.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: storyId }, select: { slug: true } });
    if (!story) throw new WrongStateError("This story no longer exists.");
    if (linkedSlugs.includes(story.slug)) throw new InputError("A story cannot link to itself.");
    const targets = await tx.story.findMany({ where: { slug: { in: linkedSlugs } }, select: { id: true, slug: true } });
    const idBySlug = new Map(targets.map((target) => [target.slug, target.id]));
    const missing = linkedSlugs.filter((slug) => !idBySlug.has(slug));
    if (missing.length) throw new InputError(`No story has the slug ${missing.map((s) => `“${s}”`).join(", ")}.`);
    await tx.storyLink.deleteMany({ where: { fromStoryId: storyId } });
    await tx.storyLink.createMany({
      data: linkedSlugs.map((slug, position) => ({
        fromStoryId: storyId,
        toStoryId: idBySlug.get(slug)!,
        position,
        createdById: user.id,
      })),
    });
    await recordAudit(tx, { action: "story.link", actorId: user.id, storyId, details: { linked: linkedSlugs } });

    const linkedBackFrom: string[] = [];
    for (const slug of linkBackSlugs.filter((slug) => idBySlug.has(slug))) {
      const otherId = idBySlug.get(slug)!;
      const existing = await tx.storyLink.findUnique({
        where: { fromStoryId_toStoryId: { fromStoryId: otherId, toStoryId: storyId } },
        select: { position: true },
      });
      if (existing) continue;
      const last = await tx.storyLink.aggregate({
        where: { fromStoryId: otherId },
        _max: { position: true },
        _count: true,
      });
      // Refused rather than skipped: the editor asked for this link and must learn it was not made.
      if (last._count >= MAX_STORY_LINKS) {
        throw new WrongStateError(
          `“${slug}” already links to ${MAX_STORY_LINKS} stories, the most a story can: remove one of its links before linking back from it.`,
        );
      }
      await tx.storyLink.create({
        data: { fromStoryId: otherId, toStoryId: storyId, position: (last._max.position ?? -1) + 1, createdById: user.id },
      });
      await recordAudit(tx, { action: "story.link", actorId: user.id, storyId: otherId, details: { linkedBackTo: story.slug } });
      linkedBackFrom.push(slug);
    }
    // This story's related headlines changed, and those of the stories that now link back.
    const cacheTags = [story.slug, ...linkedBackFrom].map(relatedTag);
    await recordInvalidation(tx, cacheTags);
    return { id: storyId, slug: story.slug, cacheTags };
  });
}

/** A story as the link editor lists it: enough to tell two similar headlines apart. */
export type LinkableStory = {
  slug: string;
  headline: string;
  status: string;
  sectionName: string | null;
  /** ISO time it went or goes live; null for a story never scheduled or published. */
  publishedAt: string | null;
  /** Whether readers can see it now: a link to a story they cannot see is not shown to them. */
  visible: boolean;
};

const LIKE_SPECIAL = /[\\%_]/g;

type LinkableRow = Pick<LinkableStory, "slug" | "headline" | "sectionName"> & {
  status: StoryStatus;
  publishedAt: Date | null;
};

const toLinkable = (row: LinkableRow, now = new Date()): LinkableStory => ({
  slug: row.slug,
  headline: row.headline,
  status: row.status,
  sectionName: row.sectionName,
  publishedAt: row.publishedAt?.toISOString() ?? null,
  visible: isVisibleToReaders(row, now),
});

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
  const rows = await db.$queryRaw<LinkableRow[]>`
    SELECT s.slug, s.headline, s.status, section.name AS "sectionName", s."publishedAt"
    FROM "Story" s
    LEFT JOIN "Section" section ON section.id = s."sectionId"
    WHERE s.status <> 'archived'
      AND s.id <> ${excludeStoryId ?? ""}
      AND (s.headline ILIKE ${contains} OR s."searchVector" @@ websearch_to_tsquery('english', ${text}))
    ORDER BY
      (s.headline ILIKE ${startsWith}) DESC,
      (s.headline ILIKE ${contains}) DESC,
      ts_rank(s."searchVector", websearch_to_tsquery('english', ${text})) DESC,
      s."publishedAt" DESC NULLS LAST
    LIMIT ${limit}
  `;
  return rows.map((row) => toLinkable(row));
}

export type EditorLink = LinkableStory & { id: string };

/** A story the database suggests, with why: what the editor weighs before keeping it. */
export type EditorSuggestion = LinkableStory & { reasons: string[] };

const linkedStorySelect = {
  id: true,
  slug: true,
  headline: true,
  status: true,
  publishedAt: true,
  section: { select: { name: true } },
} as const;

/**
 * Enough suggestions for the link editor to show the reader's list however
 * the editor changes the links before saving: the list fills up to
 * RELATED_HEADLINES_LENGTH, and every suggestion may be linked instead.
 */
const EDITOR_SUGGESTIONS = RELATED_HEADLINES_LENGTH + 4;

/** What the link editor starts from: the links in order, the backlinks, and suggestions with their reasons. */
export async function loadLinkEditor(storyId: string) {
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
  const suggestions = await explainSuggestions(db, storyId, {
    exclude: linked.map((story) => story.id),
    limit: EDITOR_SUGGESTIONS,
  });
  const forEditor = (story: Prisma.StoryGetPayload<{ select: typeof linkedStorySelect }>): EditorLink => ({
    id: story.id,
    ...toLinkable({ ...story, sectionName: story.section?.name ?? null }, now),
  });
  return {
    links: linked.map(forEditor),
    backlinks: backlinks.map(({ from }) => forEditor(from)),
    // Suggestions are drawn from what readers can see, so they are published.
    suggestions: suggestions.map(
      (story): EditorSuggestion => ({
        slug: story.slug,
        headline: story.headline,
        status: "published",
        sectionName: story.sectionName,
        publishedAt: story.publishedAt.toISOString(),
        visible: true,
        reasons: story.reasons,
      }),
    ),
  };
}

export type LinkEditorData = Awaited<ReturnType<typeof loadLinkEditor>>;
