"use server";
/** Server actions that move a story through review and publication. Every one goes through formAction. */
import { z } from "zod";
import { tags } from "@/lib/cache-tags";
import { EDITORIAL_ROLES } from "@/lib/roles";
import type { SavedStory } from "@/lib/story-mutations";
import { publishStory, unpublishStory } from "@/lib/workflow";
import { formAction, type FormState } from "./form-action";

const revalidating = (saved: SavedStory) => [tags.storyLists, ...saved.affectedSlugs.map(tags.story)];

const storyIdSchema = z.object({ storyId: z.string().min(1) });

const publish = formAction({ roles: EDITORIAL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) => {
  const saved = await publishStory(storyId, user);
  return { revalidateTags: revalidating(saved), redirectTo: `/admin/stories/${storyId}?notice=published` };
});

const unpublish = formAction({ roles: EDITORIAL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) => {
  const saved = await unpublishStory(storyId, user);
  return { revalidateTags: revalidating(saved), redirectTo: `/admin/stories/${storyId}?notice=unpublished` };
});

export async function publishStoryAction(state: FormState, formData: FormData) {
  return publish(state, formData);
}
export async function unpublishStoryAction(state: FormState, formData: FormData) {
  return unpublish(state, formData);
}
