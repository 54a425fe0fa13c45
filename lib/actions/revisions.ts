"use server";
/** Restoring an earlier version of a story. Goes through formAction. */
import { restoreRevision } from "@/lib/newsroom/revisions";
import { ALL_ROLES } from "@/lib/people/roles";
import { restoreRevisionSchema } from "@/lib/validation/story";
import { formAction, type FormState } from "./form-action";

// Any staff member may ask; saveStory applies the same rule as editing.
const restore = formAction(
  { roles: ALL_ROLES, schema: restoreRevisionSchema },
  async ({ storyId, version, expectedVersion }, user) => {
    const saved = await restoreRevision(storyId, version, expectedVersion, user);
    return {
      cacheTags: saved.cacheTags,
      redirectTo: `/admin/stories/${storyId}/revisions?restored=${version}`,
    };
  },
);

export async function restoreRevisionAction(state: FormState, formData: FormData) {
  return restore(state, formData);
}
