/**
 * Runs before every route. Turns away an address that cannot be read (a
 * broken % escape, a NUL byte) before any route decodes it or hands it to
 * PostgreSQL: a reader gets the site's 404 page. (Next.js has already
 * re-encoded a broken escape in the query by then: scripts/server.ts, which
 * sees the address as sent, catches those.) Refuses a
 * state-changing request (POST, PUT, PATCH, DELETE) that did not come from
 * one of our pages, or whose body is over the limit, before any of it is
 * read. Those refusals are plain text: Next's client shows a text/plain
 * error body as the error's message. While the database does not answer
 * (lib/platform/database-status.ts), a page gets the designed 503 page, with
 * Retry-After, rather than a render that would fail; pages in the page cache
 * never reach this far (scripts/server.ts answers them first).
 */
import { NextResponse, type NextRequest } from "next/server";
import { databaseIsDown } from "@/lib/platform/database-status";
import {
  BODY_TOO_LARGE_MESSAGE,
  FOREIGN_ORIGIN_MESSAGE,
  isBodyTooLarge,
  isSameOriginRequest,
  isUnreadableAddress,
  STATE_CHANGING_METHODS,
  UNREADABLE_ADDRESS_MESSAGE,
  UNREADABLE_ADDRESS_PAGE,
} from "@/lib/platform/request-guard";
import { RETRY_AFTER_SECONDS, unavailablePage } from "@/lib/platform/unavailable-page";

const refuse = (status: number, message: string) =>
  // Exactly "text/plain": with a charset, Next's client would show a generic message instead.
  new NextResponse(message, {
    status,
    headers: { "content-type": "text/plain", "cache-control": "no-store" },
  });

/**
 * Pages, not what answers without the database (uploaded images, /healthz) or
 * speaks for itself when it fails (/readyz, the API). A form post goes on:
 * the form says what happened and keeps the editor's text (lib/actions/form-action.ts).
 */
const needsTheDatabase = (request: NextRequest) =>
  (request.method === "GET" || request.method === "HEAD") &&
  !/^\/(?:media|api|healthz|readyz)(?:\/|$)/.test(request.nextUrl.pathname);

const unavailable = () =>
  new NextResponse(unavailablePage(process.env.SITE_NAME || "Newsroom"), {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": String(RETRY_AFTER_SECONDS),
    },
  });

export async function proxy(request: NextRequest) {
  if (isUnreadableAddress(requestTarget(request))) {
    if (request.method !== "GET" && request.method !== "HEAD") return refuse(400, UNREADABLE_ADDRESS_MESSAGE);
    return NextResponse.rewrite(new URL(UNREADABLE_ADDRESS_PAGE, request.nextUrl.origin));
  }
  if (needsTheDatabase(request) && (await databaseIsDown())) return unavailable();
  if (!STATE_CHANGING_METHODS.has(request.method)) return NextResponse.next();
  const sameOrigin = isSameOriginRequest({
    origin: request.headers.get("origin"),
    host: request.headers.get("host"),
    forwardedHost: request.headers.get("x-forwarded-host"),
    siteUrl: process.env.SITE_URL,
  });
  if (!sameOrigin) return refuse(403, FOREIGN_ORIGIN_MESSAGE);
  if (isBodyTooLarge(request.headers.get("content-length"))) return refuse(413, BODY_TOO_LARGE_MESSAGE);
  return NextResponse.next();
}

/** The path and query (the URL parser keeps the path's escapes as they were sent). */
function requestTarget(request: NextRequest): string {
  const url = new URL(request.url);
  return url.pathname + url.search;
}

export const config = {
  // Everything but the build's static files, which are only ever read.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
