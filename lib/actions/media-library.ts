"use server";
/** The media library's writes: an image's words, and deleting an unused image. Editors and admins. */
import { z } from "zod";
import { deleteMedia, updateMediaDetails } from "@/lib/newsroom/media-library";
import { EDITORIAL_ROLES } from "@/lib/people/roles";
import { mediaDetailsSchema } from "@/lib/validation/media";
import { runFormAction, type FormState } from "./form-action";

export async function updateMediaDetailsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: mediaDetailsSchema },
    async (input, user) => {
      const { cacheTags } = await updateMediaDetails(input, user);
      return { cacheTags, redirectTo: `/admin/media/${input.mediaId}?notice=saved` };
    },
  );
}

export async function deleteMediaAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: z.object({ mediaId: z.string().min(1, "Choose an image.") }) },
    async ({ mediaId }, user) => {
      await deleteMedia(mediaId, user);
      // Nothing readers see used it, so no reader page changes.
      return { cacheTags: [], redirectTo: "/admin/media?notice=deleted" };
    },
  );
}
