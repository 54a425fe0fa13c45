/** The audit log: who did what, and when. Admins read it at /admin/audit. */
import "server-only";
import { db, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The actions this module's callers record (story.* entries come from the story mutations). */
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
  | "story.preview_link_create"
  | "story.preview_link_revoke"
  | "story.bulk_archive"
  | "story.bulk_move"
  | "story.bulk_tag";

export type AuditRecord = {
  action: AuditAction;
  actorId: string | null;
  storyId?: string;
  /** What else it concerned. Never a password or a token. */
  details?: Prisma.InputJsonObject;
};

/** Writes one entry, inside the caller's transaction when given one. */
export async function recordAudit(
  client: Db | Prisma.TransactionClient,
  { action, actorId, storyId, details }: AuditRecord,
) {
  await client.auditEntry.create({ data: { action, actorId, storyId, details } });
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

/** One page of the log, newest first; `page` counts from 1. */
export async function listAuditEntries(
  page: number,
): Promise<{ entries: AuditEntryRow[]; hasNextPage: boolean }> {
  const rows = await db.auditEntry.findMany({
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
