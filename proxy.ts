/**
 * Runs before every route. Refuses a state-changing request (POST, PUT,
 * PATCH, DELETE) that did not come from one of our pages, or whose body is
 * over the limit, before any of it is read. The refusals are plain text:
 * Next's client shows a text/plain error body as the error's message.
 */
import { NextResponse, type NextRequest } from "next/server";
import {
  BODY_TOO_LARGE_MESSAGE,
  FOREIGN_ORIGIN_MESSAGE,
  isBodyTooLarge,
  isSameOriginRequest,
  STATE_CHANGING_METHODS,
} from "@/lib/request-guard";

const refuse = (status: number, message: string) =>
  // Exactly "text/plain": with a charset, Next's client would show a generic message instead.
  new NextResponse(message, {
    status,
    headers: { "content-type": "text/plain", "cache-control": "no-store" },
  });

export function proxy(request: NextRequest) {
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

export const config = {
  // Everything but the build's static files, which are only ever read.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
