"use server";
/** Server actions of the story desk. Every one goes through formAction. */
import { z } from "zod";
import { tags } from "@/lib/cache-tags";
import { ALL_ROLES, EDITORIAL_ROLES } from "@/lib/roles";
import { publishStory, saveStory, setStoryLinks, unpublishStory, type SavedStory } from "@/lib/story-mutations";
import { storyFormSchema, storyLinksSchema } from "@/lib/validation/story";
import { formAction, type FormState } from "./form-action";

const revalidating = (saved: SavedStory) => [tags.storyLists, ...saved.affectedSlugs.map(tags.story)];

const save = formAction(
  { roles: ALL_ROLES, schema: storyFormSchema.extend({ storyId: z.string().optional() }) },
  async ({ storyId, ...values }, user) => {
    const saved = await saveStory(values, user, storyId || undefined);
    return { revalidateTags: revalidating(saved), redirectTo: `/admin/stories/${saved.id}?notice=saved` };
  },
);

const storyIdSchema = z.object({ storyId: z.string().min(1) });

const publish = formAction({ roles: EDITORIAL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) => {
  const saved = await publishStory(storyId, user);
  return { revalidateTags: revalidating(saved), redirectTo: `/admin/stories/${storyId}?notice=published` };
});

const unpublish = formAction({ roles: EDITORIAL_ROLES, schema: storyIdSchema }, async ({ storyId }, user) => {
  const saved = await unpublishStory(storyId, user);
  return { revalidateTags: revalidating(saved), redirectTo: `/admin/stories/${storyId}?notice=unpublished` };
});

const link = formAction(
  {
    roles: EDITORIAL_ROLES,
    schema: storyLinksSchema,
    read: (formData) => ({ storyId: formData.get("storyId"), linkedSlugs: formData.getAll("linkedSlug") }),
  },
  async ({ storyId, linkedSlugs }, user) => {
    const saved = await setStoryLinks(storyId, linkedSlugs, user);
    return { revalidateTags: revalidating(saved), redirectTo: `/admin/stories/${storyId}?notice=linked` };
  },
);

export async function saveStoryAction(state: FormState, formData: FormData) {
  return save(state, formData);
}
export async function publishStoryAction(state: FormState, formData: FormData) {
  return publish(state, formData);
}
export async function unpublishStoryAction(state: FormState, formData: FormData) {
  return unpublish(state, formData);
}
export async function linkStoriesAction(state: FormState, formData: FormData) {
  return link(state, formData);
}
