/** What an editor may save as a story; serves the server and the form's messages. */
import { z } from "zod";
import {
  bodyDocumentSchema,
  describeBodyProblem,
  hasBodyContent,
  textToBody,
  type BodyDocument,
} from "@/lib/content/story-body";

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

/**
 * The body: the editor sends its document as JSON. Plain text (from scripts
 * and tests) is accepted too and becomes paragraphs; see textToBody.
 */
export const storyBodySchema = z
  .string()
  .max(1_000_000, "The body is too long.")
  .transform((raw, ctx): BodyDocument => {
    const trimmed = raw.trim();
    let candidate: unknown;
    if (trimmed.startsWith("{")) {
      try {
        candidate = JSON.parse(trimmed);
      } catch {
        ctx.addIssue({
          code: "custom",
          message: "The body could not be read. Reload the page and try again.",
        });
        return z.NEVER;
      }
    } else {
      candidate = textToBody(trimmed);
    }
    const parsed = bodyDocumentSchema.safeParse(candidate);
    if (!parsed.success) {
      ctx.addIssue({
        code: "custom",
        message: `The body cannot be saved. ${describeBodyProblem(parsed.error)}`,
      });
      return z.NEVER;
    }
    if (!hasBodyContent(parsed.data)) {
      ctx.addIssue({ code: "custom", message: "Write the story's body." });
      return z.NEVER;
    }
    return parsed.data;
  });

// Fields the older forms and scripts do not send are optional: left out, the
// stored value stays as it is.
const keptUnlessSent = <T extends z.ZodType>(schema: T) => schema.optional();

export const storyFormSchema = z
  .object({
    headline: z
      .string()
      .trim()
      .min(1, "Write a headline.")
      .max(200, "The headline can have at most 200 characters."),
    slug: z.union([z.literal(""), slugSchema]).transform((value) => value || null),
    dek: optionalText(400, "The dek"),
    body: storyBodySchema,
    sectionId: z
      .string()
      .trim()
      .transform((value) => value || null),
    tags: z
      .string()
      .trim()
      .transform((value) =>
        [
          ...new Set(
            value
              .split(",")
              .map((tag) => tag.trim())
              .filter(Boolean),
          ),
        ].slice(0, 20),
      )
      .pipe(z.array(z.string().max(60, "A tag can have at most 60 characters."))),
    version: z.coerce.number().int().min(0),
    /** Byline author ids in order, separated by commas. */
    /** Byline author ids in order, separated by commas; none on a new story means the writer's own. */
    authorIds: keptUnlessSent(
      z
        .string()
        .transform((value) =>
          value
            .split(",")
            .map((id) => id.trim())
            .filter(Boolean),
        )
        .pipe(
          z
            .array(z.string().max(64))
            .max(12, "A story can have at most 12 bylines.")
            .refine((ids) => new Set(ids).size === ids.length, "Each byline can appear once."),
        ),
    ),
    seoTitle: keptUnlessSent(optionalText(200, "The SEO title")),
    seoDescription: keptUnlessSent(optionalText(400, "The SEO description")),
    heroImageId: keptUnlessSent(
      z
        .string()
        .trim()
        .max(64)
        .transform((value) => value || null),
    ),
    heroImageAlt: keptUnlessSent(optionalText(300, "The alt text")),
    heroImageCaption: keptUnlessSent(optionalText(600, "The caption")),
    heroImageCredit: keptUnlessSent(optionalText(200, "The credit")),
    /** A checkbox: readers are told the story was updated. */
    majorUpdate: z
      .string()
      .optional()
      .transform((value) => value === "on" || value === "true"),
  })
  .superRefine((values, ctx) => {
    if (values.heroImageId && !values.heroImageAlt) {
      ctx.addIssue({
        code: "custom",
        path: ["heroImageAlt"],
        message: "Describe the image for readers who cannot see it.",
      });
    }
  });

export type StoryFormInput = z.input<typeof storyFormSchema>;
export type StoryFormValues = z.output<typeof storyFormSchema>;

/**
 * How many stories one story may link to. Readers see every one of them, in
 * the editors' order (the reference page links seventeen); the bound only
 * keeps a page sane, and the link editor shows it where editors add links.
 */
export const MAX_STORY_LINKS = 40;

export const tooManyLinksMessage = `A story can link to at most ${MAX_STORY_LINKS} others: remove one before adding another.`;

export const storyLinksSchema = z.object({
  storyId: z.string().min(1),
  linkedSlugs: z
    .array(slugSchema)
    .max(MAX_STORY_LINKS, tooManyLinksMessage)
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

export const AMENDMENT_KINDS = ["correction", "clarification", "update"] as const;

/** A correction, clarification or update appended to a story. */
export const amendmentFormSchema = z.object({
  storyId: z.string().min(1),
  kind: z.enum(AMENDMENT_KINDS, { message: "Choose correction, clarification or update." }),
  text: z
    .string()
    .trim()
    .min(1, "Write what changed and why.")
    .max(2000, "An amendment can have at most 2000 characters."),
});

/** Bringing back the text of an earlier version, as seen at `expectedVersion`. */
export const restoreRevisionSchema = z.object({
  storyId: z.string().min(1),
  version: z.coerce.number().int().min(1),
  expectedVersion: z.coerce.number().int().min(1),
});
