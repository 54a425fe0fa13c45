/**
 * Staff accounts for end-to-end tests: made straight in the test database, as
 * an admin would make them, and signed in through the sign-in page.
 */
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "../../lib/people/passwords";

export const signedOut = { storageState: { cookies: [], origins: [] } };

export type Role = "admin" | "editor" | "writer";

/** A staff account made straight in the test database, as an admin would make one. */
export async function createStaff(role: Role) {
  const id = randomUUID();
  const account = {
    name: `Test ${role} ${id.slice(0, 6)}`,
    email: `${role}-${id}@newsroom.test`,
    password: randomBytes(12).toString("base64url"),
  };
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, name, email, "emailVerified", role, "createdAt", "updatedAt") VALUES ($1, $2, $3, true, $4, now(), now())`,
      [id, account.name, account.email, role],
    );
    await client.query(
      `INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "createdAt", "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now(), now())`,
      [randomUUID(), id, await hashPassword(account.password)],
    );
  } finally {
    await client.end();
  }
  return account;
}

export async function signIn(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  // A context of its own (not browser.newPage()), which the accessibility checker needs.
  const page = await (await browser.newContext(signedOut)).newPage();
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  return page;
}

/**
 * Each test signs in an account of its own with the role it needs (the demo
 * account's role is not this file's business, and editor.spec.ts signs the
 * shared session out).
 */
export const test = base.extend<{ editor: Page; admin: Page }>({
  editor: async ({ browser }, provide) => {
    const page = await signIn(browser, await createStaff("editor"));
    await provide(page);
    await page.context().close();
  },
  admin: async ({ browser }, provide) => {
    const page = await signIn(browser, await createStaff("admin"));
    await provide(page);
    await page.context().close();
  },
});

