/** What an editor may save as a story; serves the server and the form's messages. */
import { z } from "zod";

export const slugSchema = z
  .string()
  .trim()
  .min(3, "The slug needs at least 3 characters.")
  .max(120, "The slug can have at most 120 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens in the slug.");

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can have at most ${max} characters.`)
    .transform((value) => value || null);

export const storyFormSchema = z.object({
  headline: z.string().trim().min(1, "Write a headline.").max(200, "The headline can have at most 200 characters."),
  slug: z.union([z.literal(""), slugSchema]).transform((value) => value || null),
  dek: optionalText(400, "The dek"),
  body: z.string().trim().min(1, "Write the story's body.").max(200_000, "The body is too long."),
  sectionId: z.string().trim().transform((value) => value || null),
  tags: z
    .string()
    .trim()
    .transform((value) =>
      [...new Set(value.split(",").map((tag) => tag.trim()).filter(Boolean))].slice(0, 20),
    )
    .pipe(z.array(z.string().max(60, "A tag can have at most 60 characters."))),
  version: z.coerce.number().int().min(0),
});

export type StoryFormInput = z.input<typeof storyFormSchema>;
export type StoryFormValues = z.output<typeof storyFormSchema>;

export const storyLinksSchema = z.object({
  storyId: z.string().min(1),
  linkedSlugs: z
    .array(slugSchema)
    .max(30, "A story can link to at most 30 others.")
    .refine((slugs) => new Set(slugs).size === slugs.length, "A story can be linked only once."),
});

/** A URL-safe slug made from a headline. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘"“”]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}
