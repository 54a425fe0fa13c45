/**
 * The review workflow's rules, with no database: which status a story may
 * leave for which, and who may move it. lib/newsroom/workflow.ts enforces them inside
 * its transactions; pages use them to offer only the buttons that will work.
 */
import type { StoryStatus } from "@/lib/generated/prisma/enums";
import { canEditAnyStory, type StaffUser } from "@/lib/people/roles";
import { ForbiddenError } from "@/lib/platform/errors";

export type WorkflowStory = { status: StoryStatus; createdById: string | null; publishedAt: Date | null };

export type Transition =
  | "submit"
  | "withdraw"
  | "approve"
  | "return"
  | "schedule"
  | "publish"
  | "unpublish"
  | "archive"
  | "restore"
  | "delete";

// Editors may schedule or publish without review: breaking news cannot wait
// for a second reader, and the audit log records who decided.
const UNPUBLISHED: StoryStatus[] = ["draft", "in_review", "approved", "scheduled"];

const allowedFrom: Record<Transition, StoryStatus[]> = {
  submit: ["draft"],
  withdraw: ["in_review"],
  approve: ["in_review"],
  return: ["in_review", "approved"],
  schedule: UNPUBLISHED,
  publish: UNPUBLISHED,
  unpublish: ["published", "scheduled"],
  archive: ["draft", "in_review", "approved", "scheduled", "published"],
  restore: ["archived"],
  delete: ["archived"],
};

const stateMessages: Record<Transition, string> = {
  submit: "Only a draft can be submitted for review.",
  withdraw: "Only a story in review can be withdrawn from review.",
  approve: "Only a story in review can be approved.",
  return: "Only a story in review or approved can be sent back.",
  schedule: "This story cannot be scheduled now: restore it first if it is archived.",
  publish: "This story cannot be published now: restore it first if it is archived.",
  unpublish: "Only a published or scheduled story can be unpublished.",
  archive: "This story is already archived.",
  restore: "Only an archived story can be restored.",
  delete: "Archive the story before deleting it for good.",
};

const isOwnStory = (user: StaffUser, story: Pick<WorkflowStory, "createdById">) => story.createdById === user.id;

function roleAllows(user: StaffUser, story: WorkflowStory, transition: Transition): boolean {
  if (transition === "delete") return user.role === "admin";
  // Taking a story back from review is its writer's call; editors send it back with a note instead.
  if (transition === "withdraw") return isOwnStory(user, story);
  if (canEditAnyStory(user)) return true;
  // Writers put their own drafts up for review, or delete (archive) them.
  if (transition === "submit") return isOwnStory(user, story);
  if (transition === "archive") return isOwnStory(user, story) && story.status === "draft";
  return false;
}

export type TransitionCheck = { ok: true } | { ok: false; reason: "role" | "state"; message: string };

export function checkTransition(user: StaffUser, story: WorkflowStory, transition: Transition): TransitionCheck {
  if (!roleAllows(user, story, transition)) {
    return { ok: false, reason: "role", message: "Your role does not allow this." };
  }
  if (!allowedFrom[transition].includes(story.status)) {
    return { ok: false, reason: "state", message: stateMessages[transition] };
  }
  return { ok: true };
}

/** Every transition `user` may make on `story` now. */
export function availableTransitions(user: StaffUser, story: WorkflowStory): Transition[] {
  return (Object.keys(allowedFrom) as Transition[]).filter((transition) => checkTransition(user, story, transition).ok);
}

type EditableStory = Pick<WorkflowStory, "status" | "createdById">;

/** Why `user` may not change the story's text, or null when they may: editors any story, writers their own drafts. */
function editRefusal(user: StaffUser, story: EditableStory): string | null {
  if (canEditAnyStory(user)) return null;
  if (!isOwnStory(user, story)) return "Writers can edit only their own stories.";
  if (story.status !== "draft") return "Writers can edit only their drafts.";
  return null;
}

/**
 * Who may change a story's text, share a preview of it or restore one of its
 * versions. Pages ask it to offer the editor or the read-only view; every
 * write asks assertMayEditStory.
 */
export const mayEditStory = (user: StaffUser, story: EditableStory) => editRefusal(user, story) === null;

/** Throws ForbiddenError, saying why, unless `user` may change the story (mayEditStory). */
export function assertMayEditStory(user: StaffUser, story: EditableStory): void {
  const refusal = editRefusal(user, story);
  if (refusal) throw new ForbiddenError(refusal);
}

/** Anyone working on the story may leave a review note: editors on any, writers on their own. */
export const mayAddReviewNote = (user: StaffUser, story: Pick<WorkflowStory, "createdById">) =>
  canEditAnyStory(user) || isOwnStory(user, story);
