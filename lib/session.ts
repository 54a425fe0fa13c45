/** Who is signed in, and what their role lets them do. */
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { ALL_ROLES, assertRole, type StaffUser } from "@/lib/roles";
import { SESSION_ACTIVITY_RESOLUTION_MS, sessionEndReason } from "@/lib/session-policy";

export type StaffSession = { user: StaffUser; sessionId: string };

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
  const { id, name, email, role, deactivatedAt } = found.user;
  if (deactivatedAt || !ALL_ROLES.includes(role as Role)) return null;
  return { user: { id, name, email, role: role as Role }, sessionId: session.id };
});

/** The signed-in staff member for this request, or null. */
export const getCurrentStaff = cache(
  async (): Promise<StaffUser | null> => (await getCurrentStaffSession())?.user ?? null,
);

/** For admin pages: the signed-in staff member, or a trip to the sign-in page. */
export async function requireStaffPage(): Promise<StaffUser> {
  const user = await getCurrentStaff();
  if (!user) redirect("/admin/sign-in");
  return user;
}

/** For server actions: the signed-in staff member holding one of `roles`. */
export async function requireRole(roles: readonly Role[] = ALL_ROLES): Promise<StaffUser> {
  const user = await getCurrentStaff();
  assertRole(user, roles);
  return user;
}
