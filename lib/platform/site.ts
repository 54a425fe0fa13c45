/** What reader pages need to know about the publication. */
import "server-only";
import { env } from "@/lib/platform/env";

export const site = {
  name: env.SITE_NAME,
  url: env.SITE_URL,
  timeZone: env.NEWSROOM_TIME_ZONE,
} as const;
