/**
 * Moving a story through the newsroom: review, approval, scheduling,
 * publication, archiving and deletion, plus the reviewers' notes. Each move
 * runs in one transaction with its audit entry, checks the role and the
 * story's current status there (lib/newsroom/workflow-rules.ts), and returns the
 * reader pages it changed (lib/reader-pages.ts).
 */
import "server-only";
import { ForbiddenError, InputError, WrongStateError } from "@/lib/platform/errors";
import { db } from "@/lib/platform/db";
import { recordAudit } from "@/lib/people/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StoryStatus } from "@/lib/generated/prisma/enums";
import { recordInvalidation } from "@/lib/delivery/cache-invalidation";
import { cacheTagsOfStories } from "@/lib/delivery/cache-tags";
import type { StaffUser } from "@/lib/people/roles";
import { refreshSuggestionsAround } from "@/lib/reader/suggestions-refresh";
import { refreshSuggestions } from "@/lib/reader/suggestions";
import { isLiveOrScheduled, isVisibleToReaders } from "@/lib/content/visibility";
import {
  checkTransition,
  mayAddReviewNote,
  type Transition,
  type WorkflowStory,
} from "@/lib/newsroom/workflow-rules";

type Tx = Prisma.TransactionClient;

/**
 * The outcome of a move. `readerPages` lists the reader pages that showed the
 * story before or show it after: only its own address when readers could not
 * see it either time.
 */
export type WorkflowResult = { id: string; slug: string; cacheTags: string[] };

const currentSelect = { slug: true, headline: true, status: true, createdById: true, publishedAt: true } as const;
type CurrentStory = WorkflowStory & { slug: string; headline: string };

function assertTransition(user: StaffUser, story: WorkflowStory, transition: Transition) {
  const check = checkTransition(user, story, transition);
  if (check.ok) return;
  throw check.reason === "role" ? new ForbiddenError(check.message) : new WrongStateError(check.message);
}

async function findStory(tx: Tx, storyId: string): Promise<CurrentStory> {
  const story = await tx.story.findUnique({ where: { id: storyId }, select: currentSelect });
  if (!story) throw new WrongStateError("This story no longer exists.");
  return story;
}

type Move = {
  status: StoryStatus;
  publishedAt?: Date | null;
  details?: Record<string, Prisma.InputJsonValue>;
  /** More writes in the same transaction: a note, freeing a front-page place. */
  alongside?: (tx: Tx) => Promise<unknown>;
};

/**
 * The one path every status change takes. The update names the status it read,
 * so of two editors acting on the same story at once only the first succeeds.
 */
async function moveStory(
  storyId: string,
  user: StaffUser,
  transition: Transition,
  decide: (story: CurrentStory, now: Date) => Move,
): Promise<WorkflowResult> {
  const now = new Date();
  const moved = await db.$transaction(async (tx) => {
    const story = await findStory(tx, storyId);
    assertTransition(user, story, transition);
    const tagsBefore = await cacheTagsOfStories(tx, [storyId]);
    const move = decide(story, now);
    const publishedAt = move.publishedAt === undefined ? story.publishedAt : move.publishedAt;
    const updated = await tx.story.updateMany({
      where: { id: storyId, status: story.status },
      data: { status: move.status, publishedAt, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      throw new WrongStateError("Someone changed this story's status a moment ago. Reload the page and try again.");
    }
    await move.alongside?.(tx);
    await recordAudit(tx, {
      action: `story.${transition}`,
      actorId: user.id,
      storyId,
      details: { from: story.status, to: move.status, ...move.details },
    });
    // Ready before readers see it: a scheduled story's go live with it.
    const wasLive = isLiveOrScheduled(story.status);
    const live = isLiveOrScheduled(move.status);
    if (live && !wasLive) await refreshSuggestions(tx, [storyId]);
    const tagsAfter = await cacheTagsOfStories(tx, [storyId]);
    const cacheTags = [...new Set([...tagsBefore, ...tagsAfter])];
    await recordInvalidation(tx, cacheTags);
    const goesLive = !isVisibleToReaders(story, now) && isVisibleToReaders({ status: move.status, publishedAt }, now);
    return { id: storyId, slug: story.slug, goesLive, cacheTags };
  });
  const around = moved.goesLive ? await refreshSuggestionsAround(storyId) : [];
  return { id: moved.id, slug: moved.slug, cacheTags: [...new Set([...moved.cacheTags, ...around])].sort() };
}

const leaveFrontPage = (storyId: string) => (tx: Tx) => tx.frontPageSlot.deleteMany({ where: { storyId } });

/** A writer (or an editor) hands a draft over for review. */
export async function submitStory(storyId: string, user: StaffUser) {
  return moveStory(storyId, user, "submit", () => ({ status: "in_review" }));
}

/** A writer takes their story back from review to go on writing it: a draft again. */
export async function withdrawStory(storyId: string, user: StaffUser) {
  return moveStory(storyId, user, "withdraw", () => ({ status: "draft" }));
}

/** An editor accepts a story in review; it can now be scheduled or published. */
export async function approveStory(storyId: string, user: StaffUser) {
  return moveStory(storyId, user, "approve", () => ({ status: "approved" }));
}

/** An editor sends a story back to its writer as a draft, saying why in a review note. */
export async function returnStory(storyId: string, note: string, user: StaffUser) {
  const body = note.trim();
  if (!body) throw new InputError("Say what the writer should change: a story goes back with a note.");
  return moveStory(storyId, user, "return", () => ({
    status: "draft",
    alongside: (tx) => tx.reviewNote.create({ data: { storyId, authorId: user.id, body } }),
  }));
}

/**
 * Schedules a story to go live at `publishAt`. Readers see it from then on
 * whatever happens to the server; lib/newsroom/scheduler.ts later records it as published.
 */
export async function scheduleStory(storyId: string, publishAt: Date, user: StaffUser) {
  return moveStory(storyId, user, "schedule", (_story, now) => {
    if (publishAt.getTime() <= now.getTime()) {
      throw new InputError("Choose a time in the future, or publish now.");
    }
    return { status: "scheduled", publishedAt: publishAt, details: { publishAt: publishAt.toISOString() } };
  });
}

/**
 * Publishes a story now. A story that was published before keeps its first
 * publication time; a scheduled one goes live now instead of later.
 */
export async function publishStory(storyId: string, user: StaffUser) {
  return moveStory(storyId, user, "publish", (story, now) => ({
    status: "published",
    publishedAt: story.publishedAt && story.publishedAt <= now ? story.publishedAt : now,
  }));
}

/**
 * Takes a story off the site. A published story goes back to being a draft;
 * a scheduled one stays approved, its time cleared if it had not come yet.
 */
export async function unpublishStory(storyId: string, user: StaffUser) {
  return moveStory(storyId, user, "unpublish", (story, now) => ({
    status: story.status === "scheduled" ? "approved" : "draft",
    publishedAt: story.publishedAt && story.publishedAt > now ? null : story.publishedAt,
    alongside: leaveFrontPage(storyId),
  }));
}

/** Deleting, for everyone but an admin: the story leaves the site and every list but the archive. */
export async function archiveStory(storyId: string, user: StaffUser) {
  return moveStory(storyId, user, "archive", () => ({ status: "archived", alongside: leaveFrontPage(storyId) }));
}

/** Brings an archived story back as a draft. */
export async function restoreStory(storyId: string, user: StaffUser) {
  return moveStory(storyId, user, "restore", () => ({ status: "draft" }));
}

const normalise = (text: string) => text.trim().replace(/\s+/g, " ");

/**
 * Deletes an archived story for good, with its revisions, notes and links.
 * Only an admin may, by typing the story's headline. The audit entry stays,
 * naming the story.
 */
export async function deleteStoryForGood(
  storyId: string,
  confirmHeadline: string,
  user: StaffUser,
): Promise<WorkflowResult> {
  return db.$transaction(async (tx) => {
    const story = await findStory(tx, storyId);
    assertTransition(user, story, "delete");
    if (normalise(confirmHeadline) !== normalise(story.headline)) {
      throw new InputError("The headline you typed does not match. Nothing was deleted.");
    }
    await recordAudit(tx, {
      action: "story.delete",
      actorId: user.id,
      // The story is about to go, so the entry names it in its details.
      details: { storyId, slug: story.slug, headline: story.headline },
    });
    // Taken before the delete: the links and suggestions to it go with it.
    const cacheTags = await cacheTagsOfStories(tx, [storyId]);
    await recordInvalidation(tx, cacheTags);
    await tx.story.delete({ where: { id: storyId } });
    return { id: storyId, slug: story.slug, cacheTags };
  });
}

/** Adds a reviewer's note to a story; anyone working on it may. */
export async function addReviewNote(storyId: string, note: string, user: StaffUser): Promise<void> {
  const body = note.trim();
  if (!body) throw new InputError("Write the note.");
  await db.$transaction(async (tx) => {
    const story = await findStory(tx, storyId);
    if (!mayAddReviewNote(user, story)) throw new ForbiddenError("Writers can add notes only to their own stories.");
    await tx.reviewNote.create({ data: { storyId, authorId: user.id, body } });
  });
}

/** What the edit page's publishing panel shows: status, time and the review notes in order. */
export async function getStoryWorkflow(storyId: string) {
  return db.story.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      slug: true,
      headline: true,
      status: true,
      publishedAt: true,
      createdById: true,
      reviewNotes: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
}

export type StoryWorkflow = NonNullable<Awaited<ReturnType<typeof getStoryWorkflow>>>;
