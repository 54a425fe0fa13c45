"use server";
/** The server action that saves the editors' front-page arrangement, through runFormAction. */
import { FRONT_TAG } from "@/lib/delivery/cache-tags";
import { arrangeFrontPage } from "@/lib/newsroom/front-page-curation";
import { EDITORIAL_ROLES } from "@/lib/people/roles";
import { frontPageSchema } from "@/lib/validation/workflow";
import { runFormAction, type FormState } from "./form-action";

export async function arrangeFrontPageAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    {
      roles: EDITORIAL_ROLES,
      schema: frontPageSchema,
      read: (formData) => ({ storyIds: formData.getAll("storyId") }),
    },
    async ({ storyIds }, user) => {
      await arrangeFrontPage(storyIds, user);
      return { cacheTags: [FRONT_TAG], redirectTo: "/admin/front-page?notice=saved" };
    },
  );
}
