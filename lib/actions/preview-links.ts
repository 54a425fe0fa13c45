"use server";
/** Server actions of the edit page's "Share a preview" panel. Every one goes through runFormAction. */
import { refresh } from "next/cache";
import { env } from "@/lib/platform/env";
import { formatDateTime } from "@/lib/platform/format";
import { createPreviewLink, previewPath, revokePreviewLink } from "@/lib/newsroom/preview-links";
import { ALL_ROLES } from "@/lib/people/roles";
import { site } from "@/lib/platform/site";
import { createPreviewLinkSchema, revokePreviewLinkSchema } from "@/lib/validation/preview-link";
import { runFormAction, type FormState } from "./form-action";

// Writers may share their own drafts; lib/newsroom/preview-links.ts checks who may edit the story.
export async function createPreviewLinkAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: ALL_ROLES, schema: createPreviewLinkSchema },
    async ({ storyId, days }, user) => {
      const link = await createPreviewLink(user, storyId, days);
      // The list of live links on the page shows the new one.
      refresh();
      return {
        cacheTags: [],
        message: `Anyone with this link can read the draft until ${formatDateTime(link.expiresAt.toISOString(), site.timeZone)}.`,
        result: { previewUrl: new URL(previewPath(link.token), env.SITE_URL).toString() },
      };
    },
  );
}

export async function revokePreviewLinkAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: ALL_ROLES, schema: revokePreviewLinkSchema },
    async ({ linkId }, user) => {
      const { revoked } = await revokePreviewLink(user, linkId);
      refresh();
      return {
        cacheTags: [],
        message: revoked ? "The link no longer works." : "That link had already stopped working.",
      };
    },
  );
}
