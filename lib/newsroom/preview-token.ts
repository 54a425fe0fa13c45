/**
 * The tokens of shareable preview links: `<expires>.<nonce>.<signature>`,
 * where `expires` is the link's end in Unix seconds, `nonce` 18 random bytes
 * and `signature` an HMAC-SHA256 of both under a key derived from the site's
 * secret. A tampered or expired token is turned away here, before the
 * database is asked; the database keeps only each token's SHA-256 digest
 * (previewTokenHash), so a copy of it opens no preview.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export type PreviewTokenCheck =
  | { ok: true; expiresAt: Date; tokenHash: string }
  | { ok: false; reason: "malformed" | "tampered" | "expired" };

const TOKEN_PATTERN = /^(\d{1,12})\.([A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{43})$/;

// A key of its own, so a signature made here can never pass for anything the secret signs elsewhere (sessions).
const signingKey = (secret: string) => createHmac("sha256", secret).update("newsroom preview links v1").digest();

const sign = (secret: string, payload: string) =>
  createHmac("sha256", signingKey(secret)).update(payload).digest("base64url");

export const previewTokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new token that stops working at `expiresAt` (to the second). */
export function signPreviewToken(secret: string, expiresAt: Date, nonce: Buffer = randomBytes(18)): string {
  const payload = `${Math.floor(expiresAt.getTime() / 1000)}.${nonce.toString("base64url")}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** Whether `token` was signed with `secret` and has not expired at `now`. */
export function verifyPreviewToken(secret: string, token: string, now = new Date()): PreviewTokenCheck {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return { ok: false, reason: "malformed" };
  const [, expires, nonce, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(sign(secret, `${expires}.${nonce}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "tampered" };
  const expiresAt = new Date(Number(expires) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, expiresAt, tokenHash: previewTokenHash(token) };
}
