/** What the workflow's forms and the admin story list accept; serves the server and the forms' messages. */
import { z } from "zod";
import { zonedLocalToDate } from "@/lib/platform/zoned-time";

export const STORY_STATUSES = ["draft", "in_review", "approved", "scheduled", "published", "archived"] as const;

export const storyIdSchema = z.object({ storyId: z.string().min(1) });

const noteText = z
  .string()
  .trim()
  .min(1, "Write the note.")
  .max(4000, "A note can have at most 4,000 characters.");

export const reviewNoteSchema = storyIdSchema.extend({ note: noteText });

export const returnStorySchema = storyIdSchema.extend({
  note: z
    .string()
    .trim()
    .min(1, "Say what the writer should change: a story goes back with a note.")
    .max(4000, "A note can have at most 4,000 characters."),
});

/**
 * A `datetime-local` value read in the newsroom's time zone, which must be
 * later than `now()`.
 */
export const scheduleStorySchema = (timeZone: string, now: () => Date = () => new Date()) =>
  storyIdSchema.extend({
    publishAt: z
      .string()
      .trim()
      .min(1, "Choose when the story goes live.")
      .transform((value, context) => {
        const instant = zonedLocalToDate(value, timeZone);
        if (!instant) {
          context.addIssue({ code: "custom", message: "Give a date and a time." });
          return z.NEVER;
        }
        if (instant.getTime() <= now().getTime()) {
          context.addIssue({ code: "custom", message: "Choose a time in the future, or publish now." });
          return z.NEVER;
        }
        return instant;
      }),
  });

export const deleteStorySchema = storyIdSchema.extend({
  confirmHeadline: z.string().trim().min(1, "Type the headline to confirm."),
});

export const FRONT_PAGE_PLACES = 5;

export const frontPageSchema = z.object({
  storyIds: z
    .array(z.string().min(1))
    .max(FRONT_PAGE_PLACES, `The front page has ${FRONT_PAGE_PLACES} places: the lead and four top stories.`)
    .refine((ids) => new Set(ids).size === ids.length, "A story can have only one place on the front page."),
});

export const STORY_LIST_SORTS = ["updated", "published", "headline"] as const;

const optionalFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);

/** The admin story list's query string. Anything invalid falls back to the default. */
export const storyListParamsSchema = z.object({
  status: optionalFilter(z.enum(STORY_STATUSES)),
  section: optionalFilter(z.string().max(100)),
  author: optionalFilter(z.string().max(100)),
  q: optionalFilter(z.string().trim().max(200)),
  sort: z.enum(STORY_LIST_SORTS).catch("updated"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type StoryListParams = z.output<typeof storyListParamsSchema>;

/** The link picker's search: `q` typed so far, and the story being linked from. */
export const storySearchParamsSchema = z.object({
  q: z.string().trim().min(1).max(200),
  exclude: z.string().max(100).optional(),
});
