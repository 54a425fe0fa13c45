import { describe, expect, test } from "vitest";
import { dateToZonedLocal, formatClockTime, zonedLocalToDate } from "./zoned-time";

describe("wall-clock times in the newsroom's time zone", () => {
  test("a winter and a summer time in New York", () => {
    expect(zonedLocalToDate("2025-01-15T09:30", "America/New_York")?.toISOString()).toBe("2025-01-15T14:30:00.000Z");
    expect(zonedLocalToDate("2025-07-15T09:30", "America/New_York")?.toISOString()).toBe("2025-07-15T13:30:00.000Z");
  });

  test("zones ahead of UTC, and UTC itself", () => {
    expect(zonedLocalToDate("2025-07-01T00:15", "Asia/Tokyo")?.toISOString()).toBe("2025-06-30T15:15:00.000Z");
    expect(zonedLocalToDate("2025-03-01T12:00", "UTC")?.toISOString()).toBe("2025-03-01T12:00:00.000Z");
  });

  test("the hours around daylight-saving changes", () => {
    // Clocks go from 01:59 EST to 03:00 EDT on 9 March 2025.
    expect(zonedLocalToDate("2025-03-09T01:30", "America/New_York")?.toISOString()).toBe("2025-03-09T06:30:00.000Z");
    expect(zonedLocalToDate("2025-03-09T03:30", "America/New_York")?.toISOString()).toBe("2025-03-09T07:30:00.000Z");
    // 02:30 does not exist that night; it is read as 03:30 EDT.
    expect(zonedLocalToDate("2025-03-09T02:30", "America/New_York")?.toISOString()).toBe("2025-03-09T07:30:00.000Z");
  });

  test("an hour that happens twice is its first occurrence", () => {
    // Clocks go back from 02:00 BST to 01:00 GMT on 26 October 2025.
    expect(zonedLocalToDate("2025-10-26T01:45", "Europe/London")?.toISOString()).toBe("2025-10-26T00:45:00.000Z");
  });

  test("invalid input is null", () => {
    expect(zonedLocalToDate("", "Europe/London")).toBeNull();
    expect(zonedLocalToDate("2025-02-30T10:00", "Europe/London")).toBeNull();
    expect(zonedLocalToDate("2025-02-10 10:00", "Europe/London")).toBeNull();
    expect(zonedLocalToDate("2025-02-10T25:00", "Europe/London")).toBeNull();
  });

  test("round trip through a datetime-local value", () => {
    const instant = new Date("2025-06-26T16:45:00.000Z");
    const local = dateToZonedLocal(instant, "Europe/London");
    expect(local).toBe("2025-06-26T17:45");
    expect(zonedLocalToDate(local, "Europe/London")?.toISOString()).toBe(instant.toISOString());
  });
});

test("a save's time is shown on a 24-hour clock with the newsroom's zone", () => {
  expect(formatClockTime(new Date("2025-01-15T19:02:30Z"), "America/New_York")).toBe("14:02 EST");
  expect(formatClockTime(new Date("2025-07-15T18:02:30Z"), "America/New_York")).toBe("14:02 EDT");
  expect(formatClockTime(new Date("2025-07-15T08:05:00Z"), "UTC")).toBe("08:05 UTC");
});
