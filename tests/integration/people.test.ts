import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, test } from "vitest";
import { listAuditEntries } from "@/lib/people/audit";
import { InputError } from "@/lib/platform/errors";
import { verifyPassword } from "@/lib/people/passwords";
import type { StaffUser } from "@/lib/people/roles";
import { claimSignInAttempt, clearSignInFailures, SIGN_IN_WINDOW_MS } from "@/lib/people/sign-in-throttle";
import {
  acceptInvitation,
  changeOwnPassword,
  changeUserRole,
  createUser,
  deactivateUser,
  endAllSessions,
  INVITATION_LIFETIME_MS,
  inviteUser,
} from "@/lib/people/user-writes";
import { findInvitation, getUser } from "@/lib/people/users";
import { acceptInvitationSchema, createUserSchema } from "@/lib/validation/user";
import { createStaff, emptyDatabase, testDb } from "./database";

beforeEach(emptyDatabase);

async function openSession(user: StaffUser) {
  const session = await testDb.session.create({
    data: {
      id: randomUUID(),
      token: randomUUID(),
      userId: user.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return session.id;
}

const sessionCount = (user: StaffUser) => testDb.session.count({ where: { userId: user.id } });

async function storedPassword(userId: string) {
  const account = await testDb.account.findFirst({ where: { userId, providerId: "credential" } });
  return account?.password ?? null;
}

describe("sign-in throttling", () => {
  const t0 = Date.UTC(2026, 0, 15, 9);

  test("five failures for an account, then the sixth attempt is refused, from any address", async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(
        await claimSignInAttempt({ email: "ana@newsroom.test", ip: `198.51.100.${attempt}` }, t0 + attempt),
      ).toBe(true);
    }
    expect(await claimSignInAttempt({ email: "ana@newsroom.test", ip: "203.0.113.50" }, t0 + 10)).toBe(false);
    // The address case does not matter: it is the same account.
    expect(await claimSignInAttempt({ email: "ANA@newsroom.test", ip: "203.0.113.51" }, t0 + 11)).toBe(false);
    expect(await claimSignInAttempt({ email: "ben@newsroom.test", ip: "203.0.113.52" }, t0 + 12)).toBe(true);
  });

  test("five failures from an address, then the sixth attempt is refused, for any account", async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(
        await claimSignInAttempt({ email: `guess${attempt}@newsroom.test`, ip: "192.0.2.7" }, t0 + attempt),
      ).toBe(true);
    }
    expect(await claimSignInAttempt({ email: "someone.else@newsroom.test", ip: "192.0.2.7" }, t0 + 10)).toBe(
      false,
    );
    // A refusal by address is no failure of the account's: its owner can still sign in elsewhere.
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(
        await claimSignInAttempt(
          { email: "someone.else@newsroom.test", ip: `198.51.100.${attempt}` },
          t0 + 20,
        ),
      ).toBe(true);
    }
  });

  test("the limit lifts 15 minutes after the fifth failure", async () => {
    const attempt = { email: "ana@newsroom.test", ip: "198.51.100.1" };
    for (let count = 1; count <= 5; count++) await claimSignInAttempt(attempt, t0 + count);
    expect(await claimSignInAttempt(attempt, t0 + SIGN_IN_WINDOW_MS)).toBe(false);
    // Refused attempts do not push the end of the lock further.
    expect(await claimSignInAttempt(attempt, t0 + 5 + SIGN_IN_WINDOW_MS)).toBe(true);
  });

  test("a success clears the account's failures but not the address's", async () => {
    const ip = "192.0.2.8";
    for (let count = 1; count <= 4; count++)
      await claimSignInAttempt({ email: "ana@newsroom.test", ip }, t0 + count);
    // The fifth attempt succeeds: its place is handed back.
    expect(await claimSignInAttempt({ email: "ana@newsroom.test", ip }, t0 + 5)).toBe(true);
    await clearSignInFailures({ email: "ana@newsroom.test", ip }, t0 + 5);
    // The address still has its four failures: one more is allowed, then it is refused.
    expect(await claimSignInAttempt({ email: "ben@newsroom.test", ip }, t0 + 6)).toBe(true);
    expect(await claimSignInAttempt({ email: "ben@newsroom.test", ip }, t0 + 7)).toBe(false);
    // The account itself starts again from nothing.
    for (let count = 1; count <= 5; count++) {
      expect(
        await claimSignInAttempt({ email: "ana@newsroom.test", ip: `198.51.100.${count}` }, t0 + 10),
      ).toBe(true);
    }
  });

  test("parallel guesses cannot slip past the limit", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        claimSignInAttempt({ email: "ana@newsroom.test", ip: `198.51.100.${index}` }, t0),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(5);
  });
});

describe("the password policy", () => {
  test("a temporary password and an invitation's password both follow it", () => {
    const account = { name: "Ana", email: "ana@newsroom.test", role: "writer", access: "password" };
    expect(createUserSchema.safeParse({ ...account, password: "short" }).success).toBe(false);
    expect(createUserSchema.safeParse({ ...account, password: "qwerty123" }).success).toBe(false);
    expect(createUserSchema.safeParse({ ...account, password: "lantern ".repeat(17) }).success).toBe(false);
    const invitation = (password: string) =>
      acceptInvitationSchema.safeParse({ token: "t", newPassword: password, confirmPassword: password })
        .success;
    expect(invitation("iloveyou1")).toBe(false);
    expect(invitation("paper lantern harbour")).toBe(true);
  });

  test("passwords are stored as argon2id hashes", async () => {
    const admin = await createStaff("admin");
    const { id } = await createUser(admin, {
      name: "Ana",
      email: "ana@newsroom.test",
      role: "writer",
      temporaryPassword: "paper lantern harbour",
    });
    const hash = await storedPassword(id);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=3,p=1\$/);
    expect(await verifyPassword({ hash: hash!, password: "paper lantern harbour" })).toBe(true);
  });
});

describe("invitations", () => {
  test("an invitation link works once", async () => {
    const admin = await createStaff("admin");
    const { id, invitationToken } = await createUser(admin, {
      name: "Ana Reyes",
      email: "Ana@Newsroom.test",
      role: "editor",
    });
    expect(invitationToken).toBeTruthy();
    expect(await findInvitation(invitationToken!)).toEqual({ name: "Ana Reyes", email: "ana@newsroom.test" });
    expect((await getUser(id))?.status).toBe("invited");

    expect(await acceptInvitation(invitationToken!, "paper lantern harbour")).toEqual({
      email: "ana@newsroom.test",
    });
    expect(
      await verifyPassword({ hash: (await storedPassword(id))!, password: "paper lantern harbour" }),
    ).toBe(true);
    expect((await getUser(id))?.status).toBe("active");

    expect(await findInvitation(invitationToken!)).toBeNull();
    await expect(acceptInvitation(invitationToken!, "someone else's password")).rejects.toThrow(InputError);
    expect(
      await verifyPassword({ hash: (await storedPassword(id))!, password: "paper lantern harbour" }),
    ).toBe(true);
  });

  test("two tabs accepting the same link at once: one wins", async () => {
    const admin = await createStaff("admin");
    const { invitationToken } = await createUser(admin, {
      name: "Ana",
      email: "ana@newsroom.test",
      role: "writer",
    });
    const results = await Promise.allSettled([
      acceptInvitation(invitationToken!, "paper lantern harbour"),
      acceptInvitation(invitationToken!, "copper kettle morning"),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  test("an invitation expires after 7 days", async () => {
    const admin = await createStaff("admin");
    const issued = new Date(Date.now() - INVITATION_LIFETIME_MS - 1000);
    const { invitationToken } = await createUser(
      admin,
      { name: "Ana", email: "ana@newsroom.test", role: "writer" },
      issued,
    );
    expect(await findInvitation(invitationToken!)).toBeNull();
    await expect(acceptInvitation(invitationToken!, "paper lantern harbour")).rejects.toThrow(
      /expired or has already been used/,
    );
  });

  test("only a digest of the token is stored, and a new link replaces the old one", async () => {
    const admin = await createStaff("admin");
    const { id, invitationToken } = await createUser(admin, {
      name: "Ana",
      email: "ana@newsroom.test",
      role: "writer",
    });
    const stored = await testDb.verification.findMany();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(invitationToken);

    const newToken = await inviteUser(admin, id);
    expect(await findInvitation(invitationToken!)).toBeNull();
    expect(await findInvitation(newToken)).not.toBeNull();
    expect(await testDb.verification.count()).toBe(1);
  });

  test("a deactivated person's invitation stops working", async () => {
    const admin = await createStaff("admin");
    const { id, invitationToken } = await createUser(admin, {
      name: "Ana",
      email: "ana@newsroom.test",
      role: "writer",
    });
    await deactivateUser(admin, id);
    await expect(acceptInvitation(invitationToken!, "paper lantern harbour")).rejects.toThrow(InputError);
    await expect(inviteUser(admin, id)).rejects.toThrow(/Reactivate/);
  });

  test("an email address has one account", async () => {
    const admin = await createStaff("admin");
    await createUser(admin, { name: "Ana", email: "ana@newsroom.test", role: "writer" });
    await expect(
      createUser(admin, { name: "Ana again", email: "ANA@newsroom.test", role: "writer" }),
    ).rejects.toThrow("Someone already has an account with this email address.");
  });
});

describe("taking access away ends sessions", () => {
  test("deactivating someone signs them out everywhere", async () => {
    const admin = await createStaff("admin");
    const writer = await createStaff("writer");
    await openSession(writer);
    await openSession(writer);
    const adminSession = await openSession(admin);
    await deactivateUser(admin, writer.id);
    expect(await sessionCount(writer)).toBe(0);
    expect(await testDb.session.findUnique({ where: { id: adminSession } })).not.toBeNull();
    expect((await getUser(writer.id))?.status).toBe("deactivated");
  });

  test("a new role signs them out everywhere; the same role changes nothing", async () => {
    const admin = await createStaff("admin");
    const writer = await createStaff("writer");
    await openSession(writer);
    expect(await changeUserRole(admin, writer.id, "writer")).toEqual({ changed: false });
    expect(await sessionCount(writer)).toBe(1);
    expect(await changeUserRole(admin, writer.id, "editor")).toEqual({ changed: true });
    expect(await sessionCount(writer)).toBe(0);
  });

  test("changing your password signs out your other sessions, not this one", async () => {
    const admin = await createStaff("admin");
    const { id } = await createUser(admin, {
      name: "Ana",
      email: "ana@newsroom.test",
      role: "writer",
      temporaryPassword: "paper lantern harbour",
    });
    const ana: StaffUser = { id, name: "Ana", email: "ana@newsroom.test", role: "writer" };
    const current = await openSession(ana);
    await openSession(ana);

    await expect(
      changeOwnPassword(ana, {
        currentPassword: "wrong guess",
        newPassword: "copper kettle morning",
        keepSessionId: current,
      }),
    ).rejects.toThrow("That is not your current password.");
    expect(await sessionCount(ana)).toBe(2);

    await changeOwnPassword(ana, {
      currentPassword: "paper lantern harbour",
      newPassword: "copper kettle morning",
      keepSessionId: current,
    });
    expect(
      await verifyPassword({ hash: (await storedPassword(id))!, password: "copper kettle morning" }),
    ).toBe(true);
    expect(await testDb.session.findMany({ where: { userId: id }, select: { id: true } })).toEqual([
      { id: current },
    ]);
  });

  test("signing out everywhere ends every session", async () => {
    const writer = await createStaff("writer");
    await openSession(writer);
    await openSession(writer);
    await endAllSessions(writer);
    expect(await sessionCount(writer)).toBe(0);
  });
});

describe("the last active admin", () => {
  test("cannot demote or deactivate themselves", async () => {
    const admin = await createStaff("admin");
    await expect(changeUserRole(admin, admin.id, "editor")).rejects.toThrow("You are the last active admin.");
    await expect(deactivateUser(admin, admin.id)).rejects.toThrow("You are the last active admin.");
    expect(await testDb.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: "admin",
      deactivatedAt: null,
    });
  });

  test("a deactivated admin does not count", async () => {
    const admin = await createStaff("admin");
    const other = await createStaff("admin");
    await deactivateUser(admin, other.id);
    await expect(changeUserRole(admin, admin.id, "writer")).rejects.toThrow(InputError);
  });

  test("with another active admin, an admin may step down", async () => {
    const admin = await createStaff("admin");
    const other = await createStaff("admin");
    await changeUserRole(admin, admin.id, "editor");
    await expect(deactivateUser(other, other.id)).rejects.toThrow("You are the last active admin.");
  });

  test("two admins demoting each other at once leave one admin", async () => {
    const first = await createStaff("admin");
    const second = await createStaff("admin");
    const results = await Promise.allSettled([
      changeUserRole(first, second.id, "editor"),
      changeUserRole(second, first.id, "editor"),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await testDb.user.count({ where: { role: "admin" } })).toBe(1);
  });
});

describe("the audit log", () => {
  test("records who changed what, without passwords or tokens", async () => {
    const admin = await createStaff("admin", "Head Admin");
    const { id, invitationToken } = await createUser(admin, {
      name: "Ana",
      email: "ana@newsroom.test",
      role: "writer",
    });
    await changeUserRole(admin, id, "editor");
    await deactivateUser(admin, id);
    const { entries } = await listAuditEntries(1);
    const actions = entries.map((entry) => entry.action);
    expect(actions.slice(0, 2)).toEqual(["user.deactivate", "user.role_change"]);
    // Written in one transaction, these two share a time.
    expect(actions.slice(2).sort()).toEqual(["user.create", "user.invite"]);
    expect(entries[1]).toMatchObject({
      actor: { name: "Head Admin" },
      details: { userId: id, from: "writer", to: "editor" },
    });
    expect(JSON.stringify(entries)).not.toContain(invitationToken);
  });

  test("pages run newest first, 50 to a page", async () => {
    const start = Date.UTC(2026, 0, 1);
    await testDb.auditEntry.createMany({
      data: Array.from({ length: 51 }, (_, index) => ({
        action: `test.${index}`,
        createdAt: new Date(start + index * 1000),
      })),
    });
    const first = await listAuditEntries(1);
    expect(first.entries).toHaveLength(50);
    expect(first.entries[0]?.action).toBe("test.50");
    expect(first.hasNextPage).toBe(true);
    const second = await listAuditEntries(2);
    expect(second.entries.map((entry) => entry.action)).toEqual(["test.0"]);
    expect(second.hasNextPage).toBe(false);
  });
});
