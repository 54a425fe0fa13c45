/**
 * Changes to staff accounts. Each checks the actor's role itself (so no
 * caller can skip it), runs in one transaction with its audit entry, and
 * ends every session of a person whose access it reduced.
 */
import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/people/audit";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { InputError } from "@/lib/platform/errors";
import { hashPassword, verifyPassword } from "@/lib/people/passwords";
import { ADMIN_ROLES, assertRole, type StaffUser } from "@/lib/people/roles";
import { invitationIdentifier } from "@/lib/people/users";

type Tx = Prisma.TransactionClient;

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const CREDENTIAL_PROVIDER = "credential";

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Locks the active admins' rows for the rest of the transaction, so two
 * admins demoting each other at the same moment cannot leave none.
 */
async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'admin' AND "deactivatedAt" IS NULL ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

async function lockedTarget(tx: Tx, userId: string) {
  const activeAdmins = await lockActiveAdmins(tx);
  const target = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true },
  });
  if (!target) throw new InputError("This account no longer exists.");
  const isLastActiveAdmin = activeAdmins.length === 1 && activeAdmins[0] === target.id;
  return { target, isLastActiveAdmin };
}

function lastAdminError(actor: StaffUser, target: { id: string; name: string }) {
  return new InputError(
    actor.id === target.id
      ? "You are the last active admin. Make someone else an admin first."
      : `${target.name} is the last active admin. Make someone else an admin first.`,
  );
}

async function endSessions(tx: Tx, userId: string) {
  await tx.session.deleteMany({ where: { userId } });
}

/** A new single-use invitation for `user`, replacing any earlier one; returns the token for the link. */
async function issueInvitation(tx: Tx, actor: StaffUser, user: { id: string; email: string }, now: Date) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  await tx.verification.deleteMany({
    where: {
      identifier: { startsWith: "invitation:" },
      OR: [{ value: user.id }, { expiresAt: { lte: now } }],
    },
  });
  await tx.verification.create({
    data: { id: randomUUID(), identifier: invitationIdentifier(token), value: user.id, expiresAt },
  });
  await recordAudit(tx, {
    action: "user.invite",
    actorId: actor.id,
    details: { userId: user.id, email: user.email, expiresAt: expiresAt.toISOString() },
  });
  return token;
}

export type CreatedUser = { id: string; invitationToken?: string };

/**
 * Creates a staff account. With a temporary password they can sign in at
 * once; without one, the result carries an invitation token for the link.
 */
export async function createUser(
  actor: StaffUser | null,
  input: { name: string; email: string; role: Role; temporaryPassword?: string },
  now = new Date(),
): Promise<CreatedUser> {
  assertRole(actor, ADMIN_ROLES);
  const email = input.email.trim().toLowerCase();
  const passwordHash = input.temporaryPassword ? await hashPassword(input.temporaryPassword) : null;
  const id = randomUUID();
  try {
    return await db.$transaction(async (tx) => {
      await tx.user.create({
        data: {
          id,
          name: input.name,
          email,
          role: input.role,
          // A password someone else chose: its owner must replace it at first sign-in.
          mustChangePassword: passwordHash !== null,
          accounts: passwordHash
            ? {
                create: {
                  id: randomUUID(),
                  accountId: id,
                  providerId: CREDENTIAL_PROVIDER,
                  password: passwordHash,
                },
              }
            : undefined,
        },
      });
      await recordAudit(tx, {
        action: "user.create",
        actorId: actor.id,
        details: {
          userId: id,
          name: input.name,
          email,
          role: input.role,
          access: passwordHash ? "temporary password" : "invitation",
        },
      });
      if (passwordHash) return { id };
      return { id, invitationToken: await issueInvitation(tx, actor, { id, email }, now) };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new InputError("Someone already has an account with this email address.", "email");
    throw error;
  }
}

/** A new invitation link for an existing person (who never set a password, or lost it). */
export async function inviteUser(actor: StaffUser | null, userId: string, now = new Date()): Promise<string> {
  assertRole(actor, ADMIN_ROLES);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, deactivatedAt: true },
    });
    if (!user) throw new InputError("This account no longer exists.");
    if (user.deactivatedAt) throw new InputError("Reactivate this account before inviting them again.");
    return issueInvitation(tx, actor, user, now);
  });
}

/** Changes someone's role and ends their sessions, so the new role applies from their next sign-in. */
export async function changeUserRole(
  actor: StaffUser | null,
  userId: string,
  role: Role,
): Promise<{ changed: boolean }> {
  assertRole(actor, ADMIN_ROLES);
  return db.$transaction(async (tx) => {
    const { target, isLastActiveAdmin } = await lockedTarget(tx, userId);
    if (target.role === role) return { changed: false };
    if (isLastActiveAdmin) throw lastAdminError(actor, target);
    await tx.user.update({ where: { id: userId }, data: { role } });
    await endSessions(tx, userId);
    await recordAudit(tx, {
      action: "user.role_change",
      actorId: actor.id,
      details: { userId, email: target.email, from: target.role, to: role },
    });
    return { changed: true };
  });
}

/** Stops someone signing in: ends their sessions and voids their invitation. Their stories and bylines stay. */
export async function deactivateUser(
  actor: StaffUser | null,
  userId: string,
  now = new Date(),
): Promise<{ changed: boolean }> {
  assertRole(actor, ADMIN_ROLES);
  return db.$transaction(async (tx) => {
    const { target, isLastActiveAdmin } = await lockedTarget(tx, userId);
    if (target.deactivatedAt) return { changed: false };
    if (isLastActiveAdmin) throw lastAdminError(actor, target);
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: now } });
    await endSessions(tx, userId);
    await tx.verification.deleteMany({ where: { identifier: { startsWith: "invitation:" }, value: userId } });
    await recordAudit(tx, {
      action: "user.deactivate",
      actorId: actor.id,
      details: { userId, email: target.email },
    });
    return { changed: true };
  });
}

export async function reactivateUser(actor: StaffUser | null, userId: string): Promise<{ changed: boolean }> {
  assertRole(actor, ADMIN_ROLES);
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, deactivatedAt: true },
    });
    if (!target) throw new InputError("This account no longer exists.");
    if (!target.deactivatedAt) return { changed: false };
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: null } });
    await recordAudit(tx, {
      action: "user.reactivate",
      actorId: actor.id,
      details: { userId, email: target.email },
    });
    return { changed: true };
  });
}

async function setPassword(tx: Tx, userId: string, passwordHash: string) {
  const account = await tx.account.findFirst({
    where: { userId, providerId: CREDENTIAL_PROVIDER },
    select: { id: true },
  });
  if (account) {
    await tx.account.update({ where: { id: account.id }, data: { password: passwordHash } });
  } else {
    await tx.account.create({
      data: {
        id: randomUUID(),
        accountId: userId,
        providerId: CREDENTIAL_PROVIDER,
        userId,
        password: passwordHash,
      },
    });
  }
}

/**
 * Uses up an invitation: sets the person's password and ends any session
 * they had. Returns their email so the caller can sign them in.
 */
export async function acceptInvitation(
  token: string,
  newPassword: string,
  now = new Date(),
): Promise<{ email: string }> {
  const invalid = new InputError(
    "This invitation link has expired or has already been used. Ask an admin for a new one.",
  );
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const invitation = await tx.verification.findFirst({
      where: { identifier: invitationIdentifier(token) },
      select: { id: true, value: true, expiresAt: true },
    });
    if (!invitation || invitation.expiresAt <= now) throw invalid;
    // Of two tabs accepting at once, only the one whose delete finds the row goes on.
    const { count } = await tx.verification.deleteMany({ where: { id: invitation.id } });
    if (count === 0) throw invalid;
    const user = await tx.user.findUnique({
      where: { id: invitation.value },
      select: { id: true, email: true, deactivatedAt: true },
    });
    if (!user || user.deactivatedAt) throw invalid;
    await setPassword(tx, user.id, passwordHash);
    await tx.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
    await endSessions(tx, user.id);
    await recordAudit(tx, {
      action: "user.invitation_accepted",
      actorId: user.id,
      details: { userId: user.id, email: user.email },
    });
    return { email: user.email };
  });
}

/**
 * Changes the signed-in person's own password after checking the current
 * one, and ends their other sessions (the one they are using stays).
 */
export async function changeOwnPassword(
  user: StaffUser | null,
  {
    currentPassword,
    newPassword,
    keepSessionId,
  }: { currentPassword: string; newPassword: string; keepSessionId?: string },
): Promise<void> {
  if (!user) throw new InputError("Your session has ended. Sign in again.");
  const account = await db.account.findFirst({
    where: { userId: user.id, providerId: CREDENTIAL_PROVIDER },
    // `db` leaves hashes out of every result unless asked; this is the one read that needs it.
    select: { id: true, password: true },
  });
  const matches = account?.password
    ? await verifyPassword({ hash: account.password, password: currentPassword })
    : false;
  if (!account || !matches) throw new InputError("That is not your current password.", "currentPassword");
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.account.update({ where: { id: account.id }, data: { password: passwordHash } });
    await tx.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
    await tx.session.deleteMany({
      where: { userId: user.id, id: keepSessionId ? { not: keepSessionId } : undefined },
    });
    await recordAudit(tx, { action: "auth.password_change", actorId: user.id });
  });
}

/** "Sign out everywhere": ends every session of the signed-in person, this one included. */
export async function endAllSessions(user: StaffUser | null): Promise<void> {
  if (!user) throw new InputError("Your session has ended. Sign in again.");
  await db.$transaction(async (tx) => {
    await endSessions(tx, user.id);
    await recordAudit(tx, { action: "auth.sign_out_everywhere", actorId: user.id });
  });
}
