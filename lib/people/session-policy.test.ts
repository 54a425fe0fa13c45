import { expect, test } from "vitest";
import { sessionEndReason } from "./session-policy";

const hours = (count: number) => count * 60 * 60 * 1000;
const now = Date.UTC(2026, 0, 31, 12);
const at = (hoursAgo: number) => new Date(now - hours(hoursAgo));

test("a session in use lasts", () => {
  expect(sessionEndReason({ createdAt: at(24 * 29), updatedAt: at(1) }, now)).toBeNull();
});

test("a session unused for a day has ended", () => {
  expect(sessionEndReason({ createdAt: at(30), updatedAt: at(24) }, now)).toBe("idle");
  expect(sessionEndReason({ createdAt: at(30), updatedAt: at(23) }, now)).toBeNull();
});

test("no session lasts 30 days, however busy", () => {
  expect(sessionEndReason({ createdAt: at(24 * 30), updatedAt: at(0) }, now)).toBe("too-old");
});
