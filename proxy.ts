/**
 * Runs before every route. Turns away an address that cannot be read (a
 * broken % escape, a NUL byte) before any route decodes it or hands it to
 * PostgreSQL: a reader gets the site's 404 page. (Next.js has already
 * re-encoded a broken escape in the query by then: scripts/server.ts, which
 * sees the address as sent, catches those.) Refuses a
 * state-changing request (POST, PUT, PATCH, DELETE) that did not come from
 * one of our pages, or whose body is over the limit, before any of it is
 * read. Those refusals are plain text: Next's client shows a text/plain
 * error body as the error's message.
 */
import { NextResponse, type NextRequest } from "next/server";
import {
  BODY_TOO_LARGE_MESSAGE,
  FOREIGN_ORIGIN_MESSAGE,
  isBodyTooLarge,
  isSameOriginRequest,
  isUnreadableAddress,
  STATE_CHANGING_METHODS,
  UNREADABLE_ADDRESS_MESSAGE,
  UNREADABLE_ADDRESS_PAGE,
} from "@/lib/request-guard";

const refuse = (status: number, message: string) =>
  // Exactly "text/plain": with a charset, Next's client would show a generic message instead.
  new NextResponse(message, {
    status,
    headers: { "content-type": "text/plain", "cache-control": "no-store" },
  });

export function proxy(request: NextRequest) {
  if (isUnreadableAddress(requestTarget(request))) {
    if (request.method !== "GET" && request.method !== "HEAD") return refuse(400, UNREADABLE_ADDRESS_MESSAGE);
    return NextResponse.rewrite(new URL(UNREADABLE_ADDRESS_PAGE, request.nextUrl.origin));
  }
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
