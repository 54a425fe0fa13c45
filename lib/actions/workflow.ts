"use server";
/** Server actions that move a story through review and publication. Every one goes through runFormAction. */
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
import { runFormAction, type FormState, type Outcome } from "./form-action";

const backToStory = (result: WorkflowResult, notice: string): Outcome => ({
  cacheTags: result.cacheTags,
  redirectTo: `/admin/stories/${result.id}?notice=${notice}`,
});

// Writers may submit, withdraw from review and delete (archive) their own drafts; lib/newsroom/workflow.ts
// checks whose story it is. Everything else is for editors and admins.
export async function submitStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: ALL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) =>
    backToStory(await submitStory(storyId, user), "submitted"),
  );
}

export async function withdrawStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: ALL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) =>
    backToStory(await withdrawStory(storyId, user), "withdrawn"),
  );
}

export async function approveStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: storyIdSchema },
    async ({ storyId }, user) => backToStory(await approveStory(storyId, user), "approved"),
  );
}

export async function returnStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: returnStorySchema },
    async ({ storyId, note }, user) => backToStory(await returnStory(storyId, note, user), "returned"),
  );
}

export async function scheduleStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: scheduleStorySchema(site.timeZone) },
    async ({ storyId, publishAt }, user) =>
      backToStory(await scheduleStory(storyId, publishAt, user), "scheduled"),
  );
}

export async function publishStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: storyIdSchema },
    async ({ storyId }, user) => backToStory(await publishStory(storyId, user), "published"),
  );
}

export async function unpublishStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: storyIdSchema },
    async ({ storyId }, user) => backToStory(await unpublishStory(storyId, user), "unpublished"),
  );
}

export async function archiveStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: ALL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) =>
    backToStory(await archiveStory(storyId, user), "archived"),
  );
}

export async function restoreStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: storyIdSchema },
    async ({ storyId }, user) => backToStory(await restoreStory(storyId, user), "restored"),
  );
}

export async function deleteStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: ["admin"], schema: deleteStorySchema },
    async ({ storyId, confirmHeadline }, user) => {
      const result = await deleteStoryForGood(storyId, confirmHeadline, user);
      return { cacheTags: result.cacheTags, redirectTo: "/admin/stories?notice=deleted" };
    },
  );
}

export async function addReviewNoteAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: ALL_ROLES, schema: reviewNoteSchema },
    async ({ storyId, note }, user) => {
      await addReviewNote(storyId, note, user);
      return { cacheTags: [], redirectTo: `/admin/stories/${storyId}?notice=noted` };
    },
  );
}

export async function publishDueStoriesAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: EDITORIAL_ROLES, schema: z.object({}) }, async () => {
    const slugs = await publishDueStories();
    return {
      cacheTags: await refreshAroundPublished(slugs),
      message: slugs.length
        ? `Published ${slugs.length} overdue ${slugs.length === 1 ? "story" : "stories"}.`
        : "Nothing was overdue.",
    };
  });
}
