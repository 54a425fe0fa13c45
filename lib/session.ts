/** Who is signed in, and what their role lets them do. */
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth";
import type { Role } from "@/lib/generated/prisma/enums";
import { ALL_ROLES, ForbiddenError, type StaffUser } from "@/lib/roles";

/** The signed-in staff member for this request, or null. */
export const getCurrentStaff = cache(async (): Promise<StaffUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, name, email, role, deactivatedAt } = session.user;
  if (deactivatedAt || !ALL_ROLES.includes(role as Role)) return null;
  return { id, name, email, role: role as Role };
});

/** For admin pages: the signed-in staff member, or a trip to the sign-in page. */
export async function requireStaffPage(): Promise<StaffUser> {
  const user = await getCurrentStaff();
  if (!user) redirect("/admin/sign-in");
  return user;
}

/** For server actions: the signed-in staff member holding one of `roles`. */
export async function requireRole(roles: readonly Role[] = ALL_ROLES): Promise<StaffUser> {
  const user = await getCurrentStaff();
  if (!user) throw new ForbiddenError("Your session has ended. Sign in again.");
  if (!roles.includes(user.role)) throw new ForbiddenError();
  return user;
}
