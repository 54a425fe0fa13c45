/** Who is signed in, and what their role lets them do. */
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/people/auth";
import { db } from "@/lib/platform/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { ALL_ROLES, assertRole, type StaffUser } from "@/lib/people/roles";
import { ForbiddenError } from "@/lib/platform/errors";
import { SESSION_ACTIVITY_RESOLUTION_MS, sessionEndReason } from "@/lib/people/session-policy";

export type StaffSession = {
  user: StaffUser;
  sessionId: string;
  /** Signed in with a temporary password an admin gave: nothing works until they choose their own. */
  mustChangePassword: boolean;
};

/** Where someone signed in with a temporary password is sent, whatever they asked for. */
export const CHOOSE_PASSWORD_PATH = "/admin/choose-password";

/**
 * The signed-in staff member and their session for this request, or null.
 *
 * better-auth keeps each session for 30 days from sign-in (expiresAt) and
 * does not slide it. The idle limit is kept here: a session unused for a day
 * is deleted. Using it moves its `updatedAt` forward, at most once an hour.
 * better-auth's own sliding refresh cannot do this job: during a server
 * component render it may write the database but cannot reset the cookie,
 * and it skips client-side navigations altogether.
 */
export const getCurrentStaffSession = cache(async (): Promise<StaffSession | null> => {
  const found = await auth.api.getSession({ headers: await headers() });
  if (!found) return null;
  const { session } = found;
  const now = Date.now();
  if (sessionEndReason(session, now)) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now - session.updatedAt.getTime() >= SESSION_ACTIVITY_RESOLUTION_MS) {
    await db.session.updateMany({ where: { id: session.id }, data: { updatedAt: new Date(now) } });
  }
  const { id, name, email, role, deactivatedAt, mustChangePassword } = found.user;
  if (deactivatedAt || !ALL_ROLES.includes(role as Role)) return null;
  return {
    user: { id, name, email, role: role as Role },
    sessionId: session.id,
    mustChangePassword: mustChangePassword === true,
  };
});

/**
 * The signed-in staff member for this request, or null. Null too for someone
 * who must first replace a temporary password: every page, route and action
 * that asks here treats them as having no access yet.
 */
export const getCurrentStaff = cache(async (): Promise<StaffUser | null> => {
  const session = await getCurrentStaffSession();
  return session && !session.mustChangePassword ? session.user : null;
});

/**
 * For admin pages: the signed-in staff member, or a trip to the sign-in page
 * (or, with a temporary password, to the page where they choose their own).
 */
export async function requireStaffPage(): Promise<StaffUser> {
  const session = await getCurrentStaffSession();
  if (!session) redirect("/admin/sign-in");
  if (session.mustChangePassword) redirect(CHOOSE_PASSWORD_PATH);
  return session.user;
}

/**
 * For server actions: the signed-in staff member holding one of `roles`.
 * Someone with a temporary password is refused, except by the one action
 * that replaces it (`beforePasswordChange`).
 */
export async function requireRole(
  roles: readonly Role[] = ALL_ROLES,
  { beforePasswordChange = false }: { beforePasswordChange?: boolean } = {},
): Promise<StaffUser> {
  const session = await getCurrentStaffSession();
  if (session?.mustChangePassword && !beforePasswordChange) {
    throw new ForbiddenError("Choose your own password first: the one you were given was temporary.");
  }
  const user = session?.user;
  assertRole(user, roles);
  return user;
}
