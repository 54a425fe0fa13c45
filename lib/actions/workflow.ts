"use server";
/** Server actions that move a story through review and publication. Every one goes through formAction. */
import { z } from "zod";
import { ALL_ROLES, EDITORIAL_ROLES } from "@/lib/people/roles";
import { publishDueStories, refreshAroundPublished } from "@/lib/newsroom/scheduler";
import { site } from "@/lib/platform/site";
import {
  addReviewNote,
  approveStory,
  archiveStory,
  deleteStoryForGood,
  publishStory,
  restoreStory,
  returnStory,
  scheduleStory,
  submitStory,
  unpublishStory,
  withdrawStory,
  type WorkflowResult,
} from "@/lib/newsroom/workflow";
import {
  deleteStorySchema,
  returnStorySchema,
  reviewNoteSchema,
  scheduleStorySchema,
  storyIdSchema,
} from "@/lib/validation/workflow";
import { formAction, type FormState, type Outcome } from "./form-action";

const backToStory = (result: WorkflowResult, notice: string): Outcome => ({
  cacheTags: result.cacheTags,
  redirectTo: `/admin/stories/${result.id}?notice=${notice}`,
});

// Writers may submit, withdraw from review and delete (archive) their own drafts; lib/newsroom/workflow.ts
// checks whose story it is. Everything else is for editors and admins.
const submit = formAction({ roles: ALL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) =>
  backToStory(await submitStory(storyId, user), "submitted"),
);
const withdraw = formAction({ roles: ALL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) =>
  backToStory(await withdrawStory(storyId, user), "withdrawn"),
);
const approve = formAction({ roles: EDITORIAL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) =>
  backToStory(await approveStory(storyId, user), "approved"),
);
const sendBack = formAction({ roles: EDITORIAL_ROLES, schema: returnStorySchema }, async ({ storyId, note }, user) =>
  backToStory(await returnStory(storyId, note, user), "returned"),
);
const schedule = formAction(
  { roles: EDITORIAL_ROLES, schema: scheduleStorySchema(site.timeZone) },
  async ({ storyId, publishAt }, user) => backToStory(await scheduleStory(storyId, publishAt, user), "scheduled"),
);
const publish = formAction({ roles: EDITORIAL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) =>
  backToStory(await publishStory(storyId, user), "published"),
);
const unpublish = formAction({ roles: EDITORIAL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) =>
  backToStory(await unpublishStory(storyId, user), "unpublished"),
);
const archive = formAction({ roles: ALL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) =>
  backToStory(await archiveStory(storyId, user), "archived"),
);
const restore = formAction({ roles: EDITORIAL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) =>
  backToStory(await restoreStory(storyId, user), "restored"),
);
const destroy = formAction(
  { roles: ["admin"], schema: deleteStorySchema },
  async ({ storyId, confirmHeadline }, user) => {
    const result = await deleteStoryForGood(storyId, confirmHeadline, user);
    return { cacheTags: result.cacheTags, redirectTo: "/admin/stories?notice=deleted" };
  },
);
const note = formAction({ roles: ALL_ROLES, schema: reviewNoteSchema }, async ({ storyId, note }, user) => {
  await addReviewNote(storyId, note, user);
  return { cacheTags: [], redirectTo: `/admin/stories/${storyId}?notice=noted` };
});
const catchUp = formAction({ roles: EDITORIAL_ROLES, schema: z.object({}) }, async () => {
  const slugs = await publishDueStories();
  return {
    cacheTags: await refreshAroundPublished(slugs),
    message: slugs.length ? `Published ${slugs.length} overdue ${slugs.length === 1 ? "story" : "stories"}.` : "Nothing was overdue.",
  };
});

export async function submitStoryAction(state: FormState, formData: FormData) {
  return submit(state, formData);
}
export async function withdrawStoryAction(state: FormState, formData: FormData) {
  return withdraw(state, formData);
}
export async function approveStoryAction(state: FormState, formData: FormData) {
  return approve(state, formData);
}
export async function returnStoryAction(state: FormState, formData: FormData) {
  return sendBack(state, formData);
}
export async function scheduleStoryAction(state: FormState, formData: FormData) {
  return schedule(state, formData);
}
export async function publishStoryAction(state: FormState, formData: FormData) {
  return publish(state, formData);
}
export async function unpublishStoryAction(state: FormState, formData: FormData) {
  return unpublish(state, formData);
}
export async function archiveStoryAction(state: FormState, formData: FormData) {
  return archive(state, formData);
}
export async function restoreStoryAction(state: FormState, formData: FormData) {
  return restore(state, formData);
}
export async function deleteStoryAction(state: FormState, formData: FormData) {
  return destroy(state, formData);
}
export async function addReviewNoteAction(state: FormState, formData: FormData) {
  return note(state, formData);
}
export async function publishDueStoriesAction(state: FormState, formData: FormData) {
  return catchUp(state, formData);
}
