import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { randomInt, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { BODY_TOO_LARGE_MESSAGE, REQUEST_BODY_LIMIT_BYTES } from "../lib/platform/request-guard";
import { leadStory } from "../prisma/demo-content";

type Account = { name: string; email: string; password: string };

const newAccount = (role: string): Account => {
  const id = randomUUID().slice(0, 8);
  return {
    name: `Test ${role} ${id}`,
    email: `${role}-${id}@newsroom.test`,
    password: `quiet harbour ${id}`,
  };
};

/**
 * A signed-out browser with an address of its own: the sign-in throttle
 * counts failures per address, and every test would otherwise share one. The
 * test server trusts one proxy, so the last X-Forwarded-For entry is it.
 */
async function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: {
      "x-forwarded-for": `198.51.100.${randomInt(1, 255)}, 10.${randomInt(255)}.${randomInt(255)}.${randomInt(1, 255)}`,
    },
  });
}

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Someone signed in with the temporary password an admin gave them is sent to
 * choose their own before anything else; afterwards `account` holds the new one.
 */
async function chooseOwnPassword(page: Page, account: Account) {
  await expect(page).toHaveURL(/\/admin\/choose-password$/);
  const chosen = `own ${account.password}`;
  await page.getByLabel("Temporary password").fill(account.password);
  await page.getByLabel("New password", { exact: true }).fill(chosen);
  await page.getByLabel("New password again").fill(chosen);
  await page.getByRole("button", { name: "Choose password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();
  account.password = chosen;
}

/** The admin makes an account through the Users pages; returns the account page's URL. */
async function createWithPassword(admin: Page, account: Account, role: "writer" | "editor" | "admin") {
  await admin.goto("/admin/users");
  await admin.getByRole("link", { name: "New account" }).click();
  await admin.getByLabel("Name").fill(account.name);
  await admin.getByLabel("Email").fill(account.email);
  await admin.getByLabel("Role").selectOption(role);
  await admin.getByRole("radio", { name: /temporary password/ }).check();
  await admin.getByLabel("Temporary password", { exact: true }).fill(account.password);
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: account.name })).toBeVisible();
  await expect(admin.getByRole("status").filter({ hasText: "Account created." })).toBeVisible();
  return admin.url();
}

test("an admin creates a writer, who signs in and cannot manage users", async ({ page, browser }) => {
  const writer = newAccount("writer");
  await createWithPassword(page, writer, "writer");
  await page.goto("/admin/users");
  const row = page.getByRole("row").filter({ hasText: writer.email });
  await expect(row.getByRole("cell", { name: "Writer", exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Active" })).toBeVisible();

  const context = await freshContext(browser);
  const writerPage = await context.newPage();
  await signIn(writerPage, writer);
  await chooseOwnPassword(writerPage, writer);
  const nav = writerPage.getByRole("navigation", { name: "Admin" });
  await expect(nav.getByRole("link", { name: "Stories" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);

  for (const address of ["/admin/users", "/admin/users/new", "/admin/audit"]) {
    await writerPage.goto(address);
    await expect(
      writerPage.getByRole("heading", { level: 1, name: "You do not have access to this page" }),
    ).toBeVisible();
  }
  await expect(writerPage.getByRole("table")).toHaveCount(0);
  await context.close();
});

test("an invitation link sets the invitee's password and signs them in, once", async ({ page, browser }) => {
  const invitee = newAccount("editor");
  await page.goto("/admin/users/new");
  await page.getByLabel("Name").fill(invitee.name);
  await page.getByLabel("Email").fill(invitee.email);
  await page.getByLabel("Role").selectOption("editor");
  await page.getByRole("radio", { name: /invitation link/ }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  const link = await page.getByRole("textbox", { name: "Invitation link" }).inputValue();
  expect(link).toMatch(/\/admin\/invite\/[\w-]{40,}$/);

  const context = await freshContext(browser);
  const inviteePage = await context.newPage();
  await inviteePage.goto(link);
  await expect(
    inviteePage.getByRole("heading", { level: 1, name: `Welcome, ${invitee.name}` }),
  ).toBeVisible();
  // The policy applies: a common password is refused.
  await inviteePage.getByLabel("Choose a password").fill("password123");
  await inviteePage.getByLabel("The same password again").fill("password123");
  await inviteePage.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(inviteePage.getByText("This password is too common or too easy to guess.")).toBeVisible();

  await inviteePage.getByLabel("Choose a password").fill(invitee.password);
  await inviteePage.getByLabel("The same password again").fill(invitee.password);
  await inviteePage.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(inviteePage.getByRole("banner").getByText(invitee.name)).toBeVisible();
  await expect(inviteePage.getByRole("banner").getByText("(editor)")).toBeVisible();

  await inviteePage.goto(link);
  await expect(
    inviteePage.getByRole("heading", { level: 1, name: "This invitation link does not work" }),
  ).toBeVisible();
  await context.close();
});

test("deactivating someone ends the session they already have", async ({ page, browser }) => {
  const writer = newAccount("writer");
  const accountPage = await createWithPassword(page, writer, "writer");

  const context = await freshContext(browser);
  const writerPage = await context.newPage();
  await signIn(writerPage, writer);
  await chooseOwnPassword(writerPage, writer);
  await expect(writerPage.getByRole("banner").getByText(writer.name)).toBeVisible();

  await page.goto(accountPage);
  await expect(page.getByText("Signed in on")).toBeVisible();
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Account deactivated." })).toBeVisible();

  await writerPage.goto("/admin/stories");
  await expect(writerPage).toHaveURL(/\/admin\/sign-in$/);
  await signIn(writerPage, writer);
  await expect(writerPage.getByText("Wrong email or password.")).toBeVisible();
  await context.close();

  // And the audit log says who did it.
  await page.goto("/admin/audit");
  const entry = page.getByRole("listitem").filter({ hasText: `deactivated the account of ${writer.email}` }).first();
  await expect(entry).toBeVisible();
});

test("sign-in is refused after five failures, and says so", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const stranger = {
    email: `nobody-${randomUUID().slice(0, 8)}@newsroom.test`,
    password: "not the password",
  };
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, stranger);
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
  }
  await signIn(page, stranger);
  await expect(page.getByText("Too many attempts.")).toBeVisible();
  await context.close();
});

test("addresses a client writes into X-Forwarded-For do not escape the throttle: only the trusted proxy's entry counts", async ({
  browser,
}) => {
  // The test server trusts one proxy (TRUST_PROXY=1): the last entry is the proxy's word, the ones before it the client's.
  const proxyEntry = `10.${randomInt(255)}.${randomInt(255)}.${randomInt(1, 255)}`;
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${attempt}, ${proxyEntry}` });
    // A different account each time, so that only the per-address count can stop it.
    await signIn(page, { email: `nobody-${randomUUID().slice(0, 8)}@newsroom.test`, password: "not the password" });
    await expect(page.getByText(attempt <= 5 ? "Wrong email or password." : "Too many attempts.")).toBeVisible();
  }
  await context.close();
});

test("everyone can change their password and sign out everywhere", async ({ page, browser }) => {
  const writer = newAccount("writer");
  await createWithPassword(page, writer, "writer");
  const [first, second] = [await freshContext(browser), await freshContext(browser)];
  const [firstPage, secondPage] = [await first.newPage(), await second.newPage()];
  await signIn(firstPage, writer);
  await chooseOwnPassword(firstPage, writer);
  // Away from the page that says "Password changed.", so the change below has to say it again.
  await firstPage.goto("/admin");
  await signIn(secondPage, writer);
  await expect(secondPage.getByRole("banner").getByText(writer.name)).toBeVisible();

  await firstPage.getByRole("link", { name: "Account" }).click();
  await firstPage.getByLabel("Current password").fill(writer.password);
  await firstPage.getByLabel("New password", { exact: true }).fill("copper kettle morning");
  await firstPage.getByLabel("New password again").fill("copper kettle morning");
  await firstPage.getByRole("button", { name: "Change password" }).click();
  await expect(firstPage.getByText("Password changed.")).toBeVisible();
  // The other browser was signed out; this one was not.
  await secondPage.goto("/admin/stories");
  await expect(secondPage).toHaveURL(/\/admin\/sign-in$/);

  await signIn(secondPage, { email: writer.email, password: "copper kettle morning" });
  await expect(secondPage.getByRole("banner").getByText(writer.name)).toBeVisible();
  await firstPage.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(firstPage).toHaveURL(/\/admin\/sign-in$/);
  await secondPage.goto("/admin/stories");
  await expect(secondPage).toHaveURL(/\/admin\/sign-in$/);
  await Promise.all([first.close(), second.close()]);
});

test.describe("requests made by hand", () => {
  test("a state-changing request from another site, or without an origin, is refused", async ({
    request,
    baseURL,
  }) => {
    const origins: Record<string, string>[] = [
      { Origin: "https://attacker.example" },
      { Origin: "null" },
      {},
    ];
    for (const headers of origins) {
      const response = await request.post("/admin/users/new", {
        headers: { ...headers, "Next-Action": "0".repeat(42) },
        multipart: { "0": "[]" },
      });
      expect(response.status()).toBe(403);
      expect(await response.text()).toContain("did not come from a page of this site");
    }
    // The same request from our own pages gets through to Next (which finds no such action).
    const own = await request.post("/admin/users/new", {
      headers: { Origin: baseURL!, "Next-Action": "0".repeat(42) },
      multipart: { "0": "[]" },
    });
    expect(own.status()).not.toBe(403);
  });

  test("a body over the limit gets a clear message", async ({ page }) => {
    await page.goto("/admin/users/new");
    await page.getByLabel("Name").fill("Too Much");
    await page.getByLabel("Email").fill("too.much@newsroom.test");
    // Nothing in this form is that large; a field added by hand stands in for a huge story or image.
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Create account" }) });
    await form.evaluate((form, bytes) => {
      const padding = document.createElement("input");
      padding.type = "hidden";
      padding.name = "padding";
      padding.value = "x".repeat(bytes);
      form.append(padding);
    }, REQUEST_BODY_LIMIT_BYTES + 1024);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(BODY_TOO_LARGE_MESSAGE)).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "That could not be sent" })).toBeVisible();
  });

  test("a writer calling an editor's action directly is refused", async ({ page, browser, baseURL }) => {
    // The id Next gave the action, from the build's manifest (a client only ever sees it in a page that renders it).
    const manifest = JSON.parse(
      readFileSync(
        path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json"),
        "utf8",
      ),
    ) as { node: Record<string, { exportedName?: string }> };
    const actionId = Object.entries(manifest.node).find(
      ([, action]) => action.exportedName === "unpublishStoryAction",
    )?.[0];
    expect(actionId).toBeTruthy();

    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Story" WHERE slug = $1`, [
      leadStory.slug,
    ]);
    await client.end();
    const storyId = rows[0]!.id;

    const writer = newAccount("writer");
    await createWithPassword(page, writer, "writer");
    const context = await freshContext(browser);
    const writerPage = await context.newPage();
    await signIn(writerPage, writer);
    await chooseOwnPassword(writerPage, writer);
    await expect(writerPage.getByRole("banner").getByText(writer.name)).toBeVisible();

    // What React sends for `unpublishStoryAction(previousState, formData)`.
    const response = await context.request.post(`/admin/stories/${storyId}`, {
      headers: { Origin: baseURL!, "Next-Action": actionId!, Accept: "text/x-component" },
      multipart: { "0": '[{},"$K1"]', "1_storyId": storyId },
    });
    expect(await response.text()).toContain("Your role does not allow this.");

    const reader = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    const story = await reader.goto(`/stories/${leadStory.slug}`);
    expect(story?.status()).toBe(200);
    await expect(reader.getByRole("heading", { level: 1, name: leadStory.headline })).toBeVisible();
    await Promise.all([reader.close(), context.close()]);
  });
});
