/**
 * Who may manage people: every role (and nobody signed in) against every
 * user-management write in lib/. Server actions check the role too, but these
 * functions check it themselves, so a refusal holds whoever calls them.
 */
import { beforeEach, describe, expect, test } from "vitest";
import type { StaffUser } from "@/lib/people/roles";
import { ForbiddenError } from "@/lib/platform/errors";
import { changeUserRole, createUser, deactivateUser, inviteUser, reactivateUser } from "@/lib/people/user-writes";
import { createStaff, emptyDatabase, testDb } from "./database";

type Actor = "admin" | "editor" | "writer" | "signed out";

let actors: Record<Actor, StaffUser | null>;
let target: StaffUser;

beforeEach(async () => {
  await emptyDatabase();
  actors = {
    admin: await createStaff("admin"),
    editor: await createStaff("editor"),
    writer: await createStaff("writer"),
    "signed out": null,
  };
  target = await createStaff("writer", "Target Writer");
});

/** Each write, and how to see from the database whether it happened. */
const mutations = {
  "create a user": {
    run: (actor: StaffUser | null) =>
      createUser(actor, {
        name: "New Person",
        email: "new.person@newsroom.test",
        role: "writer",
        temporaryPassword: "violet kettle drum",
      }),
    happened: async () => (await testDb.user.count({ where: { email: "new.person@newsroom.test" } })) === 1,
  },
  "invite a user": {
    run: (actor: StaffUser | null) =>
      createUser(actor, { name: "Invitee", email: "invitee@newsroom.test", role: "editor" }),
    happened: async () => (await testDb.user.count({ where: { email: "invitee@newsroom.test" } })) === 1,
  },
  "send a new invitation": {
    run: (actor: StaffUser | null) => inviteUser(actor, target.id),
    happened: async () => (await testDb.verification.count({ where: { value: target.id } })) === 1,
  },
  "change a role": {
    run: (actor: StaffUser | null) => changeUserRole(actor, target.id, "editor"),
    happened: async () =>
      (await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).role === "editor",
  },
  "deactivate a user": {
    run: (actor: StaffUser | null) => deactivateUser(actor, target.id),
    happened: async () =>
      (await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).deactivatedAt !== null,
  },
  "reactivate a user": {
    setUp: () => testDb.user.update({ where: { id: target.id }, data: { deactivatedAt: new Date() } }),
    run: (actor: StaffUser | null) => reactivateUser(actor, target.id),
    happened: async () =>
      (await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).deactivatedAt === null,
  },
};

const allowed: Record<Actor, boolean> = { admin: true, editor: false, writer: false, "signed out": false };

describe.each(Object.entries(mutations))("to %s", (_name, mutation) => {
  test.each(Object.entries(allowed))("%s: allowed is %s", async (actor, isAllowed) => {
    if ("setUp" in mutation) await mutation.setUp();
    const attempt = mutation.run(actors[actor as Actor]);
    if (isAllowed) {
      await expect(attempt).resolves.toBeDefined();
      expect(await mutation.happened()).toBe(true);
      expect(await testDb.auditEntry.count({ where: { actorId: actors.admin!.id } })).toBeGreaterThan(0);
    } else {
      await expect(attempt).rejects.toThrow(ForbiddenError);
      expect(await mutation.happened()).toBe(false);
      expect(await testDb.auditEntry.count()).toBe(0);
    }
  });
});
