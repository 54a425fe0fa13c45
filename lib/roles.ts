/** What each staff role may do; checked on the server by every write. */
import type { Role } from "@/lib/generated/prisma/enums";

export type StaffUser = { id: string; name: string; email: string; role: Role };

export const ALL_ROLES: readonly Role[] = ["admin", "editor", "writer"];

/** Roles that may edit, publish, unpublish and link any story. */
export const EDITORIAL_ROLES: readonly Role[] = ["admin", "editor"];

export const canEditAnyStory = (user: StaffUser) => EDITORIAL_ROLES.includes(user.role);

export class ForbiddenError extends Error {
  constructor(message = "Your role does not allow this.") {
    super(message);
  }
}
