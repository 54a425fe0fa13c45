/** What an image upload must carry; serves the server and the upload form's messages. */
import { z } from "zod";

export const mediaUploadSchema = z.object({
  file: z
    .instanceof(File, { message: "Choose an image to upload." })
    .refine((file) => file.size > 0, "Choose an image to upload."),
  alt: z
    .string()
    .trim()
    .min(1, "Describe the image for readers who cannot see it.")
    .max(300, "The alt text can have at most 300 characters."),
  credit: z
    .string()
    .trim()
    .max(200, "The credit can have at most 200 characters.")
    .transform((value) => value || null),
});
