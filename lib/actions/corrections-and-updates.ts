"use server";
/** Appending corrections, clarifications and updates to a story. Goes through formAction. */
import { addAmendment } from "@/lib/newsroom/corrections-and-updates";
import { EDITORIAL_ROLES } from "@/lib/people/roles";
import { amendmentFormSchema } from "@/lib/validation/story";
import { formAction, type FormState } from "./form-action";

const amend = formAction(
  { roles: EDITORIAL_ROLES, schema: amendmentFormSchema },
  async ({ storyId, ...amendment }, user) => {
    const { cacheTags } = await addAmendment(storyId, amendment, user);
    return {
      cacheTags,
      redirectTo: `/admin/stories/${storyId}?notice=amended`,
    };
  },
);

export async function addAmendmentAction(state: FormState, formData: FormData) {
  return amend(state, formData);
}
