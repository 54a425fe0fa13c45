/** What each staff role may do; checked on the server by every write. */
import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError } from "@/lib/platform/errors";

export type StaffUser = { id: string; name: string; email: string; role: Role };

export const ALL_ROLES: readonly Role[] = ["admin", "editor", "writer"];

/** Roles that may edit, publish, unpublish and link any story. */
export const EDITORIAL_ROLES: readonly Role[] = ["admin", "editor"];

/** Roles that may create staff accounts, change roles, deactivate people and read the audit log. */
export const ADMIN_ROLES: readonly Role[] = ["admin"];

export const ROLE_LABELS: Record<Role, string> = { admin: "Admin", editor: "Editor", writer: "Writer" };

export const canEditAnyStory = (user: StaffUser) => EDITORIAL_ROLES.includes(user.role);

export const canManageUsers = (user: StaffUser) => ADMIN_ROLES.includes(user.role);

/**
 * Throws unless `user` is signed in and holds one of `roles`. The lib/ layer
 * calls it too, so a write is refused even when reached without a server action.
 */
export function assertRole(
  user: StaffUser | null | undefined,
  roles: readonly Role[],
): asserts user is StaffUser {
  if (!user) throw new ForbiddenError("Your session has ended. Sign in again.");
  if (!roles.includes(user.role)) throw new ForbiddenError();
}
