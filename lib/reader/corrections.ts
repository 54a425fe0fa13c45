/**
 * The public record of corrections and clarifications to published stories,
 * newest first. Updates are news, not errors, so they stay on their stories.
 */
import "server-only";
import { unstable_cache } from "next/cache";
import { CORRECTIONS_TAG } from "@/lib/delivery/cache-tags";
import { db } from "@/lib/platform/db";
import { renderRssFeed } from "@/lib/reader/feed-documents";
import { absoluteUrl, latest } from "@/lib/reader/feeds";
import type { AmendmentKind } from "@/lib/generated/prisma/enums";
import { site } from "@/lib/platform/site";
import { REVALIDATE_SECONDS } from "@/lib/reader/stories";
import { visibleToReadersWhere } from "@/lib/content/visibility";

export const CORRECTIONS_PAGE_SIZE = 20;
export const CORRECTIONS_FEED_LENGTH = 50;

const PUBLIC_KINDS = ["correction", "clarification"] as const satisfies readonly AmendmentKind[];
export type PublicAmendmentKind = (typeof PUBLIC_KINDS)[number];

export type PublicCorrection = {
  id: string;
  kind: PublicAmendmentKind;
  text: string;
  createdAt: string;
  story: { slug: string; headline: string };
};

export type PagedCorrections = {
  corrections: PublicCorrection[];
  /** Where the next, older page starts; null on the last page. */
  olderCursor: string | null;
};

type CorrectionsCursor = { createdAt: Date; id: string };

// A cursor names the last correction shown: "<milliseconds since 1970>.<id>".
// Timestamps are stored to the millisecond, so the cursor is exact.
export function encodeCorrectionsCursor(correction: { createdAt: string; id: string }): string {
  return `${Date.parse(correction.createdAt)}.${correction.id}`;
}

export function decodeCorrectionsCursor(cursor: string): CorrectionsCursor | null {
  const separator = cursor.indexOf(".");
  const milliseconds = Number(cursor.slice(0, separator));
  const id = cursor.slice(separator + 1);
  if (separator <= 0 || !Number.isSafeInteger(milliseconds) || !/^[0-9a-f-]{1,64}$/i.test(id)) return null;
  return { createdAt: new Date(milliseconds), id };
}

const isPublicKind = (kind: AmendmentKind): kind is PublicAmendmentKind =>
  (PUBLIC_KINDS as readonly AmendmentKind[]).includes(kind);

/** Corrections and clarifications on published stories, newest first, older than `before` when given. */
export async function loadCorrections(
  options: { before?: CorrectionsCursor | null; limit?: number } = {},
): Promise<PagedCorrections> {
  const limit = options.limit ?? CORRECTIONS_PAGE_SIZE;
  const before = options.before;
  const rows = await db.storyAmendment.findMany({
    where: {
      kind: { in: [...PUBLIC_KINDS] },
      story: visibleToReadersWhere(),
      ...(before && {
        OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    // One more than the page shows, to learn whether there is an older page.
    take: limit + 1,
    select: {
      id: true,
      kind: true,
      text: true,
      createdAt: true,
      story: { select: { slug: true, headline: true } },
    },
  });
  const corrections = rows
    .slice(0, limit)
    .flatMap((row) =>
      isPublicKind(row.kind) ? [{ ...row, kind: row.kind, createdAt: row.createdAt.toISOString() }] : [],
    );
  const last = corrections[corrections.length - 1];
  return { corrections, olderCursor: rows.length > limit && last ? encodeCorrectionsCursor(last) : null };
}

// A correction, or a story with corrections changing, invalidates this tag (lib/delivery/cache-tags.ts).
const cacheOptions = { revalidate: REVALIDATE_SECONDS, tags: [CORRECTIONS_TAG] };

/** A page of corrections starting after the cursor `before`, or null when the cursor is not one. */
export async function getCorrections(before: string | null): Promise<PagedCorrections | null> {
  const cursor = before === null ? null : decodeCorrectionsCursor(before);
  if (before !== null && !cursor) return null;
  return unstable_cache(
    () => loadCorrections({ before: cursor }),
    ["corrections", before ?? ""],
    cacheOptions,
  )();
}

const listFeedCorrections = unstable_cache(
  () => loadCorrections({ limit: CORRECTIONS_FEED_LENGTH }),
  ["corrections", "feed"],
  cacheOptions,
);

export const amendmentKindLabels: Record<PublicAmendmentKind, string> = {
  correction: "Correction",
  clarification: "Clarification",
};

/** The RSS feed of the corrections page. */
export async function correctionsFeedDocument(): Promise<string> {
  const { corrections } = await listFeedCorrections();
  return renderRssFeed(
    {
      title: `${site.name}: Corrections and clarifications`,
      link: absoluteUrl("/corrections"),
      description: `Corrections and clarifications to stories published by ${site.name}.`,
      feedUrl: absoluteUrl("/corrections/feed.xml"),
      updated: latest(corrections.map((correction) => correction.createdAt)),
    },
    corrections.map((correction) => ({
      guid: `urn:uuid:${correction.id}`,
      title: `${amendmentKindLabels[correction.kind]}: ${correction.story.headline}`,
      link: absoluteUrl(`/stories/${correction.story.slug}`),
      published: new Date(correction.createdAt),
      description: correction.text,
      creators: [],
    })),
  );
}
