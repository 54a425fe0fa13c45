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

export const MEDIA_CAPTION_MAX = 500;

/** What the media library's image page saves: the words that go with an image wherever it is placed. */
export const mediaDetailsSchema = z.object({
  mediaId: z.string().min(1, "Choose an image."),
  alt: z
    .string()
    .trim()
    .min(1, "Describe the image for readers who cannot see it.")
    .max(300, "The alt text can have at most 300 characters."),
  caption: z
    .string()
    .trim()
    .max(MEDIA_CAPTION_MAX, `The caption can have at most ${MEDIA_CAPTION_MAX} characters.`)
    .transform((value) => value || null),
  credit: z
    .string()
    .trim()
    .max(200, "The credit can have at most 200 characters.")
    .transform((value) => value || null),
});

export type MediaDetailsInput = z.output<typeof mediaDetailsSchema>;

/** What the media library's search box and paging accept from the address. */
export const mediaSearchSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
