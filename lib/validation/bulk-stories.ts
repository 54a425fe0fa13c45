/** What the story list's bulk form accepts; serves the server and the form's messages. */
import { z } from "zod";

const MAX_STORIES = 100;

export const bulkStoriesSchema = z
  .object({
    storyIds: z
      .array(z.string().min(1))
      .min(1, "Select at least one story.")
      .max(MAX_STORIES, `Select at most ${MAX_STORIES} stories at a time.`),
    operation: z.enum(["archive", "move", "tag"], { error: "Choose what to do with the selected stories." }),
    /** For a move: a section's id, or "" for no section. */
    sectionId: z.string().optional(),
    tag: z.string().trim().max(60, "A tag can have at most 60 characters.").optional(),
  })
  .superRefine((input, context) => {
    if (input.operation === "move" && input.sectionId === undefined) {
      context.addIssue({
        code: "custom",
        path: ["sectionId"],
        message: "Choose the section to move them to.",
      });
    }
    if (input.operation === "tag" && !input.tag) {
      context.addIssue({ code: "custom", path: ["tag"], message: "Type the tag to add." });
    }
  });

/** The form's fields as the schema reads them: every ticked story, and the button pressed. */
export function readBulkStoriesForm(formData: FormData) {
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : undefined;
  };
  return {
    storyIds: formData.getAll("storyId").filter((value): value is string => typeof value === "string"),
    operation: text("operation"),
    sectionId: text("sectionId"),
    tag: text("tag"),
  };
}
