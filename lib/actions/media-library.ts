"use server";
/** The media library's writes: an image's words, and deleting an unused image. Editors and admins. */
import { z } from "zod";
import { deleteMedia, updateMediaDetails } from "@/lib/newsroom/media-library";
import { EDITORIAL_ROLES } from "@/lib/people/roles";
import { mediaDetailsSchema } from "@/lib/validation/media";
import { formAction, type FormState } from "./form-action";

const update = formAction({ roles: EDITORIAL_ROLES, schema: mediaDetailsSchema }, async (input, user) => {
  const { cacheTags } = await updateMediaDetails(input, user);
  return { cacheTags, redirectTo: `/admin/media/${input.mediaId}?notice=saved` };
});

const remove = formAction(
  { roles: EDITORIAL_ROLES, schema: z.object({ mediaId: z.string().min(1, "Choose an image.") }) },
  async ({ mediaId }, user) => {
    await deleteMedia(mediaId, user);
    // Nothing readers see used it, so no reader page changes.
    return { cacheTags: [], redirectTo: "/admin/media?notice=deleted" };
  },
);

export async function updateMediaDetailsAction(state: FormState, formData: FormData) {
  return update(state, formData);
}

export async function deleteMediaAction(state: FormState, formData: FormData) {
  return remove(state, formData);
}
