"use server";
/** Saving an author's profile: anyone for their own, admins for anyone's (checked again in lib/newsroom/author-profiles.ts). */
import { saveAuthorProfile } from "@/lib/newsroom/author-profiles";
import { ALL_ROLES } from "@/lib/people/roles";
import { authorProfileSchema } from "@/lib/validation/author-profile";
import { runFormAction, type FormState } from "./form-action";

export async function saveAuthorProfileAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: ALL_ROLES, schema: authorProfileSchema }, async (input, user) => {
    const { authorId, cacheTags } = await saveAuthorProfile(input, user);
    // Back to the page the form was on, which shows the saved profile.
    const page = input.authorId ? `/admin/authors/${authorId}` : "/admin/profile";
    return { cacheTags, redirectTo: `${page}?notice=saved` };
  });
}
