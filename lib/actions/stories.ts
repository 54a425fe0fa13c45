"use server";
/** Server actions of the story desk. Every one goes through runFormAction. */
import { z } from "zod";
import { findOwnAuthor } from "@/lib/newsroom/story-reads";
import { ALL_ROLES } from "@/lib/people/roles";
import { saveStory } from "@/lib/newsroom/story-writes";
import { storyFormSchema } from "@/lib/validation/story";
import { runFormAction, type FormState } from "./form-action";

const saveSchema = storyFormSchema.safeExtend({
  storyId: z.string().optional(),
  /** Sent by the new-story page, which hands over to the edit page once the story exists. */
  afterSave: z.literal("edit").optional(),
});

// Saving an existing story stays on the page: a redirect would change its
// address (the notice), and Next.js remounts a page whose search params
// change, dropping the caret and anything typed meanwhile. The form learns
// its new version from the result and refreshes the page's other parts.
export async function saveStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: ALL_ROLES, schema: saveSchema },
    async ({ storyId, afterSave, ...values }, user) => {
      const saved = await saveStory(values, user, storyId || undefined);
      if (!storyId || afterSave === "edit") {
        return { cacheTags: saved.cacheTags, redirectTo: `/admin/stories/${saved.id}?notice=saved` };
      }
      return {
        cacheTags: saved.cacheTags,
        message: "Saved.",
        result: { version: saved.version, savedAt: new Date().toISOString() },
      };
    },
  );
}

// The form saves a draft by itself while the editor writes; without a
// storyId, its first pause creates the draft. It stays on the page, so it
// learns the story's id and new version from the result. Drafts are invisible
// to readers: no reader page needs revalidating (and none is, so the page is
// not re-rendered under the editor's cursor); a new story's own address is
// the one tag its creation records.
export async function autosaveStoryAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: ALL_ROLES, schema: saveSchema },
    async ({ storyId, ...values }, user) => {
      if (storyId) {
        const saved = await saveStory(values, user, storyId, { autosave: true });
        return {
          cacheTags: [],
          result: { storyId, version: saved.version, savedAt: new Date().toISOString(), bylines: null },
        };
      }
      const saved = await saveStory(values, user);
      // A story saved without bylines gets its writer's, which the form shows from now on.
      const own = values.authorIds?.length ? null : await findOwnAuthor(user.id);
      return {
        cacheTags: saved.cacheTags,
        result: {
          storyId: saved.id,
          version: saved.version,
          savedAt: new Date().toISOString(),
          bylines: own ? JSON.stringify([own]) : null,
        },
      };
    },
  );
}
