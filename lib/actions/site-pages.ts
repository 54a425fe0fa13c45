"use server";
/** The server action that saves the About page, through formAction. */
import { EDITORIAL_ROLES } from "@/lib/people/roles";
import { ABOUT_TAG } from "@/lib/delivery/cache-tags";
import { ABOUT_SLUG, saveSitePage } from "@/lib/newsroom/site-pages";
import { sitePageSchema } from "@/lib/validation/site-page";
import { formAction, type FormState } from "./form-action";

const saveAbout = formAction({ roles: EDITORIAL_ROLES, schema: sitePageSchema }, async (input, user) => {
  await saveSitePage(ABOUT_SLUG, input, user);
  return { cacheTags: [ABOUT_TAG], redirectTo: "/admin/about?notice=saved" };
});

export async function saveAboutPageAction(state: FormState, formData: FormData) {
  return saveAbout(state, formData);
}
