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
 * Large enough for an image upload (10 MB at most, lib/newsroom/media-uploads.ts) and its form.
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
 * The client's address: the last X-Forwarded-For entry, which the production
 * server (scripts/server.ts) has set from the socket's peer, or from what the
 * proxies it trusts say (TRUST_PROXY, see forwardedFrom below), whatever the
 * client sent.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded =
    headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || headers.get("x-real-ip")?.trim();
  if (!forwarded) return null;
  return forwarded.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").slice(0, 64);
}

/**
 * True when an address cannot be read: a `%` not followed by two hex digits,
 * escapes that do not spell UTF-8, or a NUL byte (which PostgreSQL refuses in
 * text), in the path or the query. `target` is the request line's address as
 * sent ("/stories/%zz?q=a"), before anything decodes it. Such a request is
 * answered 400 before it reaches a route, so no handler can trip on it.
 */
export function isUnreadableAddress(target: string): boolean {
  const hashAt = target.indexOf("#");
  const address = hashAt === -1 ? target : target.slice(0, hashAt);
  if (address.includes("\0")) return true;
  const queryAt = address.indexOf("?");
  const path = queryAt === -1 ? address : address.slice(0, queryAt);
  const query = queryAt === -1 ? "" : address.slice(queryAt + 1);
  // A form's query writes spaces as "+"; "+" is no escape, so it decodes as itself here.
  return [path, ...query.split(/[&=]/)].some((part) => {
    if (!part.includes("%")) return false;
    try {
      return decodeURIComponent(part).includes("\0");
    } catch {
      return true;
    }
  });
}

/**
 * Where an unreadable address is sent instead (proxy.ts, scripts/server.ts):
 * no route has it, so a reader gets the site's 404 page (app/not-found.tsx),
 * header and footer and all, and no route ever sees the address.
 */
export const UNREADABLE_ADDRESS_PAGE = "/_unreadable-address";

export const UNREADABLE_ADDRESS_MESSAGE =
  "This address could not be read: it has a % that is not followed by two hexadecimal digits, characters that are not UTF-8, or a NUL byte. Check the link and try again.";

/**
 * What the server tells the app about where a request came from, given how
 * many proxies in front of it are trusted (TRUST_PROXY). The chain is every
 * X-Forwarded-For entry, then the socket's own peer; each trusted proxy
 * appended the address it received the request from, so the client is the
 * entry `trustedHops` places from the end. With no proxy trusted, the header
 * is the client's own word and counts for nothing: the socket's peer is the
 * client, and the Host header names the site (X-Forwarded-Host is dropped).
 */
export function forwardedFrom(
  headers: { forwardedFor?: string; forwardedHost?: string },
  socketAddress: string | undefined,
  trustedHops: number,
): { forwardedFor: string | undefined; forwardedHost: string | undefined } {
  const chain = [
    ...(headers.forwardedFor ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    ...(socketAddress ? [socketAddress] : []),
  ];
  const client = chain.at(Math.max(0, chain.length - 1 - trustedHops)) ?? chain[0];
  return {
    forwardedFor: client,
    forwardedHost: trustedHops > 0 ? headers.forwardedHost?.split(",")[0]?.trim() || undefined : undefined,
  };
}
