/** The origin check of lib/platform/request-guard.ts, for server actions (which proxy.ts has already checked once). */
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/platform/env";
import { FOREIGN_ORIGIN_MESSAGE, isSameOriginRequest } from "@/lib/platform/request-guard";
import { ForbiddenError } from "@/lib/platform/errors";

/** Throws ForbiddenError unless the current request came from one of our pages. */
export async function assertSameOriginRequest(): Promise<void> {
  const requestHeaders = await headers();
  const sameOrigin = isSameOriginRequest({
    origin: requestHeaders.get("origin"),
    host: requestHeaders.get("host"),
    forwardedHost: requestHeaders.get("x-forwarded-host"),
    siteUrl: env.SITE_URL,
  });
  if (!sameOrigin) throw new ForbiddenError(FOREIGN_ORIGIN_MESSAGE);
}
