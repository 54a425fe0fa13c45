import { describe, expect, it } from "vitest";
import { formatShortTime } from "@/components/site/story-time";

const zone = "America/New_York";
// 3:00 PM in New York on December 1, 2026.
const now = new Date("2026-12-01T20:00:00Z");

describe("formatShortTime", () => {
  it("prints the clock for a story of the newsroom's today", () => {
    expect(formatShortTime("2026-12-01T15:42:00Z", zone, now)).toBe("10:42 AM");
    // Just after midnight in New York.
    expect(formatShortTime("2026-12-01T05:30:00Z", zone, now)).toBe("12:30 AM");
  });

  it("prints the day for an earlier story, by the newsroom's calendar, not UTC's", () => {
    // December 1 in UTC, November 30 in New York.
    expect(formatShortTime("2026-12-01T03:00:00Z", zone, now)).toBe("Nov 30");
    expect(formatShortTime("2026-01-05T12:00:00Z", zone, now)).toBe("Jan 5");
  });

  it("adds the year when it is not this year", () => {
    expect(formatShortTime("2025-12-30T12:00:00Z", zone, now)).toBe("Dec 30, 2025");
  });
});
