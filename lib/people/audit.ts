/** The audit log: who did what, and when. Admins read it at /admin/audit. */
import "server-only";
import { db, type Db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Every action the audit log records, as stored. The log's page, its filter
 * (lib/validation/audit.ts) and its sentences (lib/people/audit-sentences.ts)
 * read these strings, so an entry is written only through recordAudit below.
 */
export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_out_everywhere"
  | "auth.password_change"
  | "user.create"
  | "user.invite"
  | "user.invitation_accepted"
  | "user.role_change"
  | "user.deactivate"
  | "user.reactivate"
  | "story.create"
  | "story.update"
  | "story.autosave"
  // Both bringing an archived story back and restoring an older version; the details tell which.
  | "story.restore"
  | "story.submit"
  | "story.withdraw"
  | "story.approve"
  | "story.return"
  | "story.schedule"
  | "story.publish"
  | "story.unpublish"
  | "story.archive"
  | "story.delete"
  | "story.amend"
  | "story.link"
  | "story.section_change"
  | "story.tag_add"
  | "story.preview_link_create"
  | "story.preview_link_revoke"
  | "front_page.arrange"
  | "site_page.update"
  | "section.create"
  | "section.update"
  | "section.move"
  | "section.archive"
  | "section.unarchive"
  | "tag.create"
  | "tag.update"
  | "tag.merge"
  | "tag.delete"
  | "media.update"
  | "media.delete"
  | "author.profile_update";

export type AuditRecord = {
  action: AuditAction;
  /** Null when nobody signed in did it: a failed sign-in, the scheduler. */
  actorId: string | null;
  storyId?: string;
  /** What else it concerned. Never a password or a token. */
  details?: Prisma.InputJsonObject;
};

type AuditClient = Db | Prisma.TransactionClient;

/** Writes one entry, inside the caller's transaction when given one. */
export async function recordAudit(client: AuditClient, record: AuditRecord) {
  await recordAudits(client, [record]);
}

/** Writes several entries at once (the scheduler publishing every story due). */
export async function recordAudits(client: AuditClient, records: AuditRecord[]) {
  if (records.length === 0) return;
  if (records.length === 1) {
    const [{ action, actorId, storyId, details }] = records as [AuditRecord];
    await client.auditEntry.create({ data: { action, actorId, storyId, details } });
    return;
  }
  await client.auditEntry.createMany({
    data: records.map(({ action, actorId, storyId, details }) => ({ action, actorId, storyId, details })),
  });
}

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntryRow = {
  id: string;
  action: string;
  createdAt: Date;
  actor: { name: string; email: string } | null;
  story: { id: string; headline: string } | null;
  details: Prisma.JsonValue;
};

/** Which entries the log shows: by whom ("none": nobody signed in), which action, from and before when. */
export type AuditFilters = { person?: string; action?: string; from?: Date; before?: Date };

/** One page of the log, newest first; `page` counts from 1. */
export async function listAuditEntries(
  page: number,
  filters: AuditFilters = {},
): Promise<{ entries: AuditEntryRow[]; hasNextPage: boolean }> {
  const where: Prisma.AuditEntryWhereInput = {
    ...(filters.person ? { actorId: filters.person === "none" ? null : filters.person } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from || filters.before ? { createdAt: { gte: filters.from, lt: filters.before } } : {}),
  };
  const rows = await db.auditEntry.findMany({
    where,
    // The id breaks ties between entries written in the same millisecond (it is a UUIDv7, so time-ordered).
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      action: true,
      createdAt: true,
      details: true,
      actor: { select: { name: true, email: true } },
      story: { select: { id: true, headline: true } },
    },
  });
  return { entries: rows.slice(0, AUDIT_PAGE_SIZE), hasNextPage: rows.length > AUDIT_PAGE_SIZE };
}

/** The people the log's filter offers: everyone with an account, by name. */
export async function listAuditPeople(): Promise<{ id: string; name: string }[]> {
  return db.user.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}
