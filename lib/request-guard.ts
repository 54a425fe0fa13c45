/**
 * Checks made on every state-changing request before it reaches a route:
 * it must come from one of our own pages, and its body must fit the limit.
 * Used by proxy.ts and, again, by the server action wrapper. Also where a
 * request comes from, for the sign-in throttle. No server-only
 * import: proxy.ts is compiled outside the React server environment.
 */

export const STATE_CHANGING_METHODS: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * serverActions.bodySizeLimit in next.config.mjs ("12mb"); a unit test keeps the two equal.
 * Large enough for an image upload (10 MB at most, lib/media.ts) and its form.
 */
export const REQUEST_BODY_LIMIT_BYTES = 12 * 1024 * 1024;

export const FOREIGN_ORIGIN_MESSAGE =
  "This request was refused because it did not come from a page of this site. Reload the page and try again.";

export const BODY_TOO_LARGE_MESSAGE = `What you sent is larger than the ${REQUEST_BODY_LIMIT_BYTES / 1024 / 1024} MB the server accepts. Make the text or files smaller and try again.`;

type RequestOrigin = {
  /** The Origin header. Browsers send it with every POST; a missing or "null" one is refused. */
  origin: string | null;
  host: string | null;
  forwardedHost: string | null;
  /** The public address (SITE_URL). */
  siteUrl: string | undefined;
};

/**
 * Stricter than Next's own check, which lets a request without an Origin
 * through: the origin must be the site's public address or the host the
 * request was sent to.
 */
export function isSameOriginRequest({ origin, host, forwardedHost, siteUrl }: RequestOrigin): boolean {
  if (!origin || origin === "null") return false;
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return false;
  }
  if (siteUrl && URL.canParse(siteUrl) && new URL(siteUrl).origin === from.origin) return true;
  const requestHost = forwardedHost?.split(",")[0]?.trim() || host;
  return !!requestHost && from.host === requestHost;
}

/** True when the declared body size is over the limit (a body without a declared size is left to Next's own limit). */
export function isBodyTooLarge(contentLength: string | null): boolean {
  const bytes = Number(contentLength);
  return Number.isFinite(bytes) && bytes > REQUEST_BODY_LIMIT_BYTES;
}

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For
 * entry. A load balancer appends the address it received the request from;
 * without one, Next sets the header from the socket. (A client talking to
 * Next directly can send its own header, which is why the per-account count
 * matters more.)
 */
export function clientIp(headers: Headers): string | null {
  const forwarded =
    headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || headers.get("x-real-ip")?.trim();
  if (!forwarded) return null;
  return forwarded.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").slice(0, 64);
}
