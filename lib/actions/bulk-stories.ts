"use server";
/** The story list's bulk action (editors and admins). It goes through runFormAction; lib/newsroom/bulk-stories.ts checks the role again. */
import { refresh } from "next/cache";
import { applyBulkStoryAction, type BulkOperation } from "@/lib/newsroom/bulk-stories";
import { EDITORIAL_ROLES } from "@/lib/people/roles";
import { bulkStoriesSchema, readBulkStoriesForm } from "@/lib/validation/bulk-stories";
import { runFormAction, type FormState } from "./form-action";

const count = (n: number) => `${n} ${n === 1 ? "story" : "stories"}`;

export async function bulkStoriesAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: EDITORIAL_ROLES, schema: bulkStoriesSchema, read: readBulkStoriesForm },
    async ({ storyIds, operation, sectionId, tag }, user) => {
      const request: BulkOperation =
        operation === "archive"
          ? { kind: "archive" }
          : operation === "move"
            ? { kind: "move", sectionId: sectionId || null }
            : { kind: "tag", tagName: tag ?? "" };
      const result = await applyBulkStoryAction(user, storyIds, request);
      const done = { archive: "Archived", move: "Moved", tag: "Tagged" }[operation];
      const already = { archive: "already archived", move: "already there", tag: "already tagged" }[
        operation
      ];
      refresh();
      return {
        cacheTags: result.cacheTags,
        message:
          `${done} ${count(result.changed)}.` +
          (result.unchanged
            ? ` ${count(result.unchanged)} ${result.unchanged === 1 ? "was" : "were"} ${already}.`
            : ""),
      };
    },
  );
}
