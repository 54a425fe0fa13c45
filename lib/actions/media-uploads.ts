"use server";
/** Uploading images to the media library. Goes through runFormAction. */
import { storeImage } from "@/lib/newsroom/media-uploads";
import { ALL_ROLES } from "@/lib/people/roles";
import { mediaUploadSchema } from "@/lib/validation/media";
import { runFormAction, type FormState } from "./form-action";

export async function uploadImageAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    {
      roles: ALL_ROLES,
      schema: mediaUploadSchema,
      read: (formData) => ({
        file: formData.get("file"),
        alt: formData.get("alt") ?? "",
        credit: formData.get("credit") ?? "",
      }),
    },
    async ({ file, alt, credit }, user) => {
      const image = await storeImage(
        { bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name },
        { alt, credit },
        user,
      );
      // The form stays on the page and puts the new image where the editor asked for it.
      return { cacheTags: [], message: "Image uploaded.", result: image };
    },
  );
}
