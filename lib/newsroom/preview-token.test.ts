import { describe, expect, test } from "vitest";
import { previewTokenHash, signPreviewToken, verifyPreviewToken } from "@/lib/newsroom/preview-token";

const secret = "a-test-secret-of-at-least-thirty-two-characters";
const now = new Date("2026-12-07T12:00:00Z");
const inAWeek = new Date("2026-12-14T12:00:00Z");

describe("preview tokens", () => {
  test("a token it signed passes until its time, with the digest the database keeps", () => {
    const token = signPreviewToken(secret, inAWeek);
    const check = verifyPreviewToken(secret, token, now);
    expect(check).toEqual({ ok: true, expiresAt: inAWeek, tokenHash: previewTokenHash(token) });
    expect(previewTokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(previewTokenHash(token)).not.toContain(token);
  });

  test("two tokens for the same time differ", () => {
    expect(signPreviewToken(secret, inAWeek)).not.toBe(signPreviewToken(secret, inAWeek));
  });

  test("expired at its time, not a second later", () => {
    const token = signPreviewToken(secret, inAWeek);
    expect(verifyPreviewToken(secret, token, inAWeek)).toEqual({ ok: false, reason: "expired" });
    expect(verifyPreviewToken(secret, token, new Date(inAWeek.getTime() - 1000)).ok).toBe(true);
  });

  test("a changed expiry, nonce or signature, or another secret, is tampering", () => {
    const token = signPreviewToken(secret, inAWeek);
    const [expires, nonce, signature] = token.split(".") as [string, string, string];
    const later = `${Number(expires) + 86_400}.${nonce}.${signature}`;
    const otherNonce = `${expires}.${nonce.slice(0, -1)}${nonce.endsWith("A") ? "B" : "A"}.${signature}`;
    const otherSignature = `${expires}.${nonce}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    for (const tampered of [later, otherNonce, otherSignature]) {
      expect(verifyPreviewToken(secret, tampered, now)).toEqual({ ok: false, reason: "tampered" });
    }
    expect(verifyPreviewToken(`${secret}!`, token, now)).toEqual({ ok: false, reason: "tampered" });
  });

  test("anything else is malformed, never an exception", () => {
    for (const junk of ["", "abc", "1.2.3", `${signPreviewToken(secret, inAWeek)}x`, "../../etc/passwd", "%00"]) {
      expect(verifyPreviewToken(secret, junk, now)).toEqual({ ok: false, reason: "malformed" });
    }
  });
});
