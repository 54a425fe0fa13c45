/**
 * The newsroom dashboard: what waits for whom. Editors see the whole desk;
 * writers see their own stories, the ones sent back to them first.
 */
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canEditAnyStory, type StaffUser } from "@/lib/people/roles";

const LIST_LENGTH = 25;
const RECENT_LENGTH = 10;

const dashboardSelect = {
  id: true,
  headline: true,
  status: true,
  updatedAt: true,
  publishedAt: true,
  createdBy: { select: { name: true } },
  reviewNotes: {
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { body: true, createdAt: true, author: { select: { name: true } } },
  },
  // The latest hand-over decides whether a draft came back from review.
  auditEntries: {
    where: { action: { in: ["story.submit", "story.return"] } },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { action: true },
  },
} satisfies Prisma.StorySelect;

type Row = Prisma.StoryGetPayload<{ select: typeof dashboardSelect }>;

export type DashboardStory = {
  id: string;
  headline: string;
  status: string;
  updatedAt: Date;
  publishedAt: Date | null;
  writer: string | null;
  /** Sent back from review and not resubmitted since. */
  returned: boolean;
  latestNote: { body: string; author: string | null; createdAt: Date } | null;
  /** Scheduled, its time passed, still not marked published. */
  missed: boolean;
};

function toDashboardStory(row: Row, now: Date): DashboardStory {
  const note = row.reviewNotes[0];
  return {
    id: row.id,
    headline: row.headline,
    status: row.status,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    writer: row.createdBy?.name ?? null,
    returned: row.status === "draft" && row.auditEntries[0]?.action === "story.return",
    latestNote: note ? { body: note.body, author: note.author?.name ?? null, createdAt: note.createdAt } : null,
    missed: row.status === "scheduled" && row.publishedAt !== null && row.publishedAt < now,
  };
}

export async function loadDashboard(user: StaffUser, now = new Date()) {
  const editorial = canEditAnyStory(user);
  // Writers see only their own stories.
  const scope: Prisma.StoryWhereInput = editorial ? {} : { createdById: user.id };
  const list = (where: Prisma.StoryWhereInput, orderBy: Prisma.StoryOrderByWithRelationInput[], take = LIST_LENGTH) =>
    db.story
      .findMany({ where: { ...scope, ...where }, orderBy, take, select: dashboardSelect })
      .then((rows) => rows.map((row) => toDashboardStory(row, now)));

  const [drafts, inReview, approved, scheduled, recent] = await Promise.all([
    editorial ? Promise.resolve([]) : list({ status: "draft" }, [{ updatedAt: "desc" }]),
    // Oldest first: whatever has waited longest is reviewed first.
    list({ status: "in_review" }, [{ updatedAt: "asc" }]),
    list({ status: "approved" }, [{ updatedAt: "asc" }]),
    list({ status: "scheduled" }, [{ publishedAt: "asc" }]),
    list({ status: "published" }, [{ publishedAt: "desc" }], RECENT_LENGTH),
  ]);
  return {
    editorial,
    // Stories sent back come first: the writer has work to do on them.
    drafts: [...drafts.filter((story) => story.returned), ...drafts.filter((story) => !story.returned)],
    inReview,
    approved,
    scheduled,
    missedCount: scheduled.filter((story) => story.missed).length,
    recent,
  };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
