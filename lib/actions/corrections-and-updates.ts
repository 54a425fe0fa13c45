"use server";
/** Appending corrections, clarifications and updates to a story. Goes through runFormAction. */
import { addAmendment } from "@/lib/newsroom/corrections-and-updates";
import { EDITORIAL_ROLES } from "@/lib/people/roles";
import { amendmentFormSchema } from "@/lib/validation/story";
import { runFormAction, type FormState } from "./form-action";

export async function addAmendmentAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: amendmentFormSchema },
    async ({ storyId, ...amendment }, user) => {
      const { cacheTags } = await addAmendment(storyId, amendment, user);
      return {
        cacheTags,
        redirectTo: `/admin/stories/${storyId}?notice=amended`,
      };
    },
  );
}
