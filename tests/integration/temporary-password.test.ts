/**
 * A temporary password: the account an admin makes with one must choose its
 * own before anything else works. The session layer (lib/people/session.ts) refuses
 * every action but the password change, whatever page or form it came from.
 */
import { beforeEach, describe, expect, test, vi } from "vitest";
import type { StaffUser } from "@/lib/people/roles";
import { ForbiddenError } from "@/lib/platform/errors";
import { changeOwnPassword, createUser } from "@/lib/people/user-writes";
import { createStaff, emptyDatabase, testDb } from "./database";

// The session lookup reads the request's cookie through better-auth: here it returns whoever `signedIn` names.
let signedIn: { id: string } | null = null;
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/people/auth", () => ({
  auth: {
    api: {
      getSession: async () => {
        if (!signedIn) return null;
        const user = await testDb.user.findUniqueOrThrow({ where: { id: signedIn.id } });
        const now = new Date();
        return {
          user,
          session: {
            id: "session-1",
            userId: user.id,
            createdAt: now,
            updatedAt: now,
            expiresAt: new Date(now.getTime() + 86_400_000),
          },
        };
      },
    },
  },
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
}));

const { getCurrentStaff, requireRole, requireStaffPage } = await import("@/lib/people/session");

let admin: StaffUser;

beforeEach(async () => {
  await emptyDatabase();
  admin = await createStaff("admin");
  signedIn = null;
});

describe("a temporary password", () => {
  test("must be replaced before any page, route or action but the password change works", async () => {
    const { id } = await createUser(admin, {
      name: "Tia Temp",
      email: "tia@newsroom.test",
      role: "editor",
      temporaryPassword: "violet kettle drum",
    });
    expect((await testDb.user.findUniqueOrThrow({ where: { id } })).mustChangePassword).toBe(true);

    signedIn = { id };
    expect(await getCurrentStaff()).toBeNull();
    await expect(requireStaffPage()).rejects.toThrow("redirect:/admin/choose-password");
    await expect(requireRole()).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requireRole(["admin", "editor"])).rejects.toThrow(/Choose your own password first/);
    const user = await requireRole(undefined, { beforePasswordChange: true });
    expect(user).toMatchObject({ id, role: "editor" });

    await changeOwnPassword(user, {
      currentPassword: "violet kettle drum",
      newPassword: "amber lantern field",
    });
    expect((await testDb.user.findUniqueOrThrow({ where: { id } })).mustChangePassword).toBe(false);
  });

  test("an invited person, or one who chose their own, is not asked again", async () => {
    const { id } = await createUser(admin, {
      name: "Ivy Invited",
      email: "ivy@newsroom.test",
      role: "writer",
    });
    expect((await testDb.user.findUniqueOrThrow({ where: { id } })).mustChangePassword).toBe(false);
  });
});
