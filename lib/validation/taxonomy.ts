/** What the section and tag forms accept; serves the server and the forms' messages. */
import { z } from "zod";
import { slugify } from "@/lib/validation/story";

export const TAXONOMY_NAME_MAX = 60;
export const SECTION_DESCRIPTION_MAX = 300;
const SLUG_MAX = 80;

const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Give the ${what} a name.`)
    .max(TAXONOMY_NAME_MAX, `A ${what} name can have at most ${TAXONOMY_NAME_MAX} characters.`)
    .refine((value) => slugify(value) !== "", `Give the ${what} a name with letters or digits.`);

/** Empty means "made from the name". */
const optionalSlug = z
  .string()
  .trim()
  .max(SLUG_MAX, `An address can have at most ${SLUG_MAX} characters.`)
  .regex(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens in the address.");

/** The slug given, or one made from the name. */
const withSlug = <T extends { name: string; slug: string }>(input: T) => ({
  ...input,
  slug: input.slug || slugify(input.name),
});

export const sectionSchema = z
  .object({
    name: name("section"),
    slug: optionalSlug,
    description: z
      .string()
      .trim()
      .max(SECTION_DESCRIPTION_MAX, `A description can have at most ${SECTION_DESCRIPTION_MAX} characters.`)
      .transform((value) => value || null),
  })
  .transform(withSlug);

export type SectionInput = z.output<typeof sectionSchema>;

export const tagSchema = z.object({ name: name("tag"), slug: optionalSlug }).transform(withSlug);

export type TagInput = z.output<typeof tagSchema>;

const id = (message: string) => z.string().trim().min(1, message).max(64, message);

export const sectionIdSchema = z.object({ id: id("Choose a section.") });

export const moveSectionSchema = z.object({
  id: id("Choose a section."),
  direction: z.enum(["up", "down"], { error: "Move the section up or down." }),
});

export const archiveSectionSchema = z.object({
  id: id("Choose a section."),
  archived: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const tagIdSchema = z.object({ id: id("Choose a tag.") });

export const mergeTagsSchema = z
  .object({ id: id("Choose the tag to merge."), intoId: id("Choose the tag to keep.") })
  .refine((input) => input.id !== input.intoId, {
    path: ["intoId"],
    message: "Choose another tag: a tag cannot be merged into itself.",
  });
