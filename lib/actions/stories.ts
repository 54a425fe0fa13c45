"use server";
/** Server actions of the story desk. Every one goes through formAction. */
import { z } from "zod";
import { tags } from "@/lib/cache-tags";
import { ALL_ROLES } from "@/lib/roles";
import { saveStory, type SavedStory } from "@/lib/story-mutations";
import { storyFormSchema } from "@/lib/validation/story";
import { formAction, type FormState } from "./form-action";

const revalidating = (saved: SavedStory) => [tags.storyLists, ...saved.affectedSlugs.map(tags.story)];

const save = formAction(
  { roles: ALL_ROLES, schema: storyFormSchema.extend({ storyId: z.string().optional() }) },
  async ({ storyId, ...values }, user) => {
    const saved = await saveStory(values, user, storyId || undefined);
    return { revalidateTags: revalidating(saved), redirectTo: `/admin/stories/${saved.id}?notice=saved` };
  },
);

export async function saveStoryAction(state: FormState, formData: FormData) {
  return save(state, formData);
}
