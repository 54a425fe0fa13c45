"use server";
/** The server action that saves the About page, through runFormAction. */
import { EDITORIAL_ROLES } from "@/lib/people/roles";
import { ABOUT_TAG } from "@/lib/delivery/cache-tags";
import { ABOUT_SLUG, saveSitePage } from "@/lib/newsroom/site-pages";
import { sitePageSchema } from "@/lib/validation/site-page";
import { runFormAction, type FormState } from "./form-action";

export async function saveAboutPageAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: EDITORIAL_ROLES, schema: sitePageSchema }, async (input, user) => {
    await saveSitePage(ABOUT_SLUG, input, user);
    return { cacheTags: [ABOUT_TAG], redirectTo: "/admin/about?notice=saved" };
  });
}
