"use server";
/** Server actions of the story desk. Every one goes through formAction. */
import { z } from "zod";
import { ALL_ROLES } from "@/lib/roles";
import { saveStory } from "@/lib/story-mutations";
import { storyFormSchema } from "@/lib/validation/story";
import { formAction, type FormState } from "./form-action";

const saveSchema = storyFormSchema.safeExtend({ storyId: z.string().optional() });

const save = formAction({ roles: ALL_ROLES, schema: saveSchema }, async ({ storyId, ...values }, user) => {
  const saved = await saveStory(values, user, storyId || undefined);
  return { cacheTags: saved.cacheTags, redirectTo: `/admin/stories/${saved.id}?notice=saved` };
});

// The form saves a draft by itself while the editor writes. It stays on the
// page, so it learns its new version from the result. Drafts are invisible
// to readers: no reader page needs revalidating (and none is, so the page
// is not re-rendered under the editor's cursor).
const autosave = formAction(
  { roles: ALL_ROLES, schema: storyFormSchema.safeExtend({ storyId: z.string().min(1) }) },
  async ({ storyId, ...values }, user) => {
    const saved = await saveStory(values, user, storyId, { autosave: true });
    return { cacheTags: [], result: { version: saved.version, savedAt: new Date().toISOString() } };
  },
);

export async function saveStoryAction(state: FormState, formData: FormData) {
  return save(state, formData);
}
export async function autosaveStoryAction(state: FormState, formData: FormData) {
  return autosave(state, formData);
}
