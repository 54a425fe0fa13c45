import { expect, test } from "vitest";
import { isVisibleToReaders, liveOrScheduledSql, visibleToReadersSql, visibleToReadersWhere } from "@/lib/content/visibility";

const now = new Date("2026-12-07T12:00:00Z");
const past = new Date("2026-12-07T11:59:59Z");
const future = new Date("2026-12-07T12:00:01Z");

test("readers see published stories, and scheduled ones from their time on", () => {
  expect(isVisibleToReaders({ status: "published", publishedAt: past }, now)).toBe(true);
  expect(isVisibleToReaders({ status: "published", publishedAt: now }, now)).toBe(true);
  expect(isVisibleToReaders({ status: "scheduled", publishedAt: past }, now)).toBe(true);
  expect(isVisibleToReaders({ status: "scheduled", publishedAt: future }, now)).toBe(false);
  expect(isVisibleToReaders({ status: "published", publishedAt: null }, now)).toBe(false);
  for (const status of ["draft", "in_review", "approved", "archived"]) {
    expect(isVisibleToReaders({ status, publishedAt: past }, now)).toBe(false);
  }
});

test("the Prisma where states the same rule as of the moment given", () => {
  expect(visibleToReadersWhere(now)).toEqual({ status: { in: ["published", "scheduled"] }, publishedAt: { lte: now } });
});

test("the SQL condition compares the zoneless UTC column with the time now in UTC", () => {
  expect(visibleToReadersSql("other")).toBe(
    `other.status IN ('published', 'scheduled') AND other."publishedAt" <= (now() AT TIME ZONE 'UTC')`,
  );
  expect(visibleToReadersSql()).toContain(`s."publishedAt"`);
  expect(() => visibleToReadersSql("s; DROP TABLE x")).toThrow();
});

test("the status half alone, for stories that will be visible once due", () => {
  expect(liveOrScheduledSql("s")).toBe(`s.status IN ('published', 'scheduled')`);
});
