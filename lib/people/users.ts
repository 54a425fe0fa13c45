/** Reads about staff accounts for the admin pages. Uncached: admins must see changes at once. */
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/platform/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { SESSION_IDLE_MS, SESSION_MAX_AGE_MS } from "@/lib/people/session-policy";

export type UserStatus = "active" | "invited" | "deactivated";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: UserStatus;
  createdAt: Date;
};

/** Invitation tokens are stored only as this digest, so a copy of the database cannot sign anyone in. */
export const invitationIdentifier = (token: string) =>
  `invitation:${createHash("sha256").update(token).digest("hex")}`;

const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  deactivatedAt: true,
  createdAt: true,
  // Only whether a password exists; the hash itself never leaves through `db`.
  accounts: { where: { providerId: "credential", password: { not: null } }, select: { id: true } },
} as const;

function toRow({
  accounts,
  deactivatedAt,
  ...user
}: { accounts: { id: string }[]; deactivatedAt: Date | null } & Omit<UserRow, "status">): UserRow {
  const status: UserStatus = deactivatedAt ? "deactivated" : accounts.length ? "active" : "invited";
  return { ...user, status };
}

/** Every staff account: active ones first, then by name. */
export async function listUsers(): Promise<UserRow[]> {
  const users = await db.user.findMany({
    orderBy: [{ deactivatedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
    select: userSelect,
  });
  return users.map(toRow);
}

export type UserDetail = UserRow & { invitationExpiresAt: Date | null; activeSessions: number };

export async function getUser(id: string): Promise<UserDetail | null> {
  const user = await db.user.findUnique({ where: { id }, select: userSelect });
  if (!user) return null;
  const now = new Date();
  const [invitation, activeSessions] = await Promise.all([
    db.verification.findFirst({
      where: { identifier: { startsWith: "invitation:" }, value: id, expiresAt: { gt: now } },
      orderBy: { expiresAt: "desc" },
      select: { expiresAt: true },
    }),
    countActiveSessions(id, now),
  ]);
  return { ...toRow(user), invitationExpiresAt: invitation?.expiresAt ?? null, activeSessions };
}

/** Who an unexpired invitation is for, or null. Reading it does not use it up. */
export async function findInvitation(token: string): Promise<{ name: string; email: string } | null> {
  const invitation = await db.verification.findFirst({
    where: { identifier: invitationIdentifier(token), expiresAt: { gt: new Date() } },
    select: { value: true },
  });
  if (!invitation) return null;
  return db.user.findFirst({
    where: { id: invitation.value, deactivatedAt: null },
    select: { name: true, email: true },
  });
}

/** Sessions that would still let their holder in (see lib/people/session-policy.ts). */
export async function countActiveSessions(userId: string, now = new Date()): Promise<number> {
  return db.session.count({
    where: {
      userId,
      expiresAt: { gt: now },
      updatedAt: { gt: new Date(now.getTime() - SESSION_IDLE_MS) },
      createdAt: { gt: new Date(now.getTime() - SESSION_MAX_AGE_MS) },
    },
  });
}
