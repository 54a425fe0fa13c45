/** What the preview-link forms accept; serves the server and the forms' messages. */
import { z } from "zod";

export const createPreviewLinkSchema = z.object({
  storyId: z.string().min(1),
  days: z.coerce.number({ error: "Choose how long the link works." }).int().min(1).max(30),
});

export const revokePreviewLinkSchema = z.object({ linkId: z.string().min(1) });
