import { describe, expect, test } from "vitest";
import { acceptInvitationSchema, changePasswordSchema, createUserSchema, newPasswordSchema } from "./user";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("the password policy", () => {
  test("needs 8 characters at least", () => {
    expect(messages(newPasswordSchema.safeParse("kx7#qpz"))).toEqual(["Use at least 8 characters."]);
    expect(newPasswordSchema.safeParse("kx7#qpzw").success).toBe(true);
  });

  test("takes up to 128 characters, and no more", () => {
    expect(newPasswordSchema.safeParse("lantern ".repeat(16)).success).toBe(true);
    expect(messages(newPasswordSchema.safeParse("lantern ".repeat(16) + "x"))).toEqual([
      "Use at most 128 characters.",
    ]);
  });

  test("refuses common passwords", () => {
    expect(messages(newPasswordSchema.safeParse("password123"))).toEqual([
      "This password is too common or too easy to guess. Choose another.",
    ]);
  });

  test("keeps spaces at either end: they are part of the password", () => {
    expect(newPasswordSchema.parse("  river otter lamp  ")).toBe("  river otter lamp  ");
  });
});

describe("the new-account form", () => {
  const base = { name: " Ana Reyes ", email: " Ana.Reyes@Example.COM ", role: "writer" };

  test("with a temporary password, checks it against the policy", () => {
    const refused = createUserSchema.safeParse({ ...base, access: "password", password: "12345678" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(["password"]);
    expect(createUserSchema.parse({ ...base, access: "password", password: "violet kettle drum" })).toEqual({
      name: "Ana Reyes",
      email: "ana.reyes@example.com",
      role: "writer",
      temporaryPassword: "violet kettle drum",
    });
  });

  test("with an invitation, ignores any password field", () => {
    expect(createUserSchema.parse({ ...base, access: "invitation", password: "x" })).toMatchObject({
      temporaryPassword: undefined,
    });
  });

  test("refuses an unknown role", () => {
    expect(createUserSchema.safeParse({ ...base, role: "owner", access: "invitation" }).success).toBe(false);
  });
});

test("a new password must be typed the same twice", () => {
  const changed = changePasswordSchema.safeParse({
    currentPassword: "old",
    newPassword: "violet kettle drum",
    confirmPassword: "violet kettle drums",
  });
  expect(changed.error?.issues[0]?.path).toEqual(["confirmPassword"]);
  const accepted = acceptInvitationSchema.safeParse({
    token: "t",
    newPassword: "violet kettle drum",
    confirmPassword: "violet kettle drum",
  });
  expect(accepted.success).toBe(true);
});
