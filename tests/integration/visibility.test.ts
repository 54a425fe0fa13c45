/**
 * The SQL form of what readers see (lib/content/visibility.ts) holds whatever
 * the session's time zone: "publishedAt" holds UTC without a zone, and a bare
 * now() would read it in the session's zone.
 */
import { beforeEach, expect, test } from "vitest";
import { visibleToReadersSql } from "@/lib/content/visibility";
import { emptyDatabase, testDb } from "./database";

beforeEach(emptyDatabase);

const story = (slug: string, status: "published" | "scheduled", minutesFromNow: number) =>
  testDb.story.create({
    data: {
      slug,
      headline: slug,
      body: { type: "doc", content: [] },
      bodyHtml: "<p>Text.</p>",
      bodyText: "Text.",
      status,
      publishedAt: new Date(Date.now() + minutesFromNow * 60_000),
    },
  });

test.each(["UTC", "Pacific/Kiritimati", "Pacific/Honolulu", "America/Havana"])(
  "in a session in %s, readers see the story of an hour ago and not the one due in an hour",
  async (timeZone) => {
    await story("an-hour-ago", "published", -60);
    await story("in-an-hour", "scheduled", 60);
    const visible = await testDb.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL TimeZone = '${timeZone}'`);
      return tx.$queryRawUnsafe<{ slug: string }[]>(`SELECT s.slug FROM "Story" s WHERE ${visibleToReadersSql("s")}`);
    });
    expect(visible.map((row) => row.slug)).toEqual(["an-hour-ago"]);
  },
);
