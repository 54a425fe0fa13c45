"use server";
/** Restoring an earlier version of a story. Goes through runFormAction. */
import { restoreRevision } from "@/lib/newsroom/revisions";
import { ALL_ROLES } from "@/lib/people/roles";
import { restoreRevisionSchema } from "@/lib/validation/story";
import { runFormAction, type FormState } from "./form-action";

// Any staff member may ask; saveStory applies the same rule as editing.
export async function restoreRevisionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: ALL_ROLES, schema: restoreRevisionSchema },
    async ({ storyId, version, expectedVersion }, user) => {
      const saved = await restoreRevision(storyId, version, expectedVersion, user);
      return {
        cacheTags: saved.cacheTags,
        redirectTo: `/admin/stories/${storyId}/revisions?restored=${version}`,
      };
    },
  );
}
