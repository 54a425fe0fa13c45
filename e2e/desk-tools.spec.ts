/**
 * The editor's desk tools: shareable preview links (made, opened signed out,
 * revoked), the audit log as sentences with filters, the link picker's
 * results, the story list's times and bulk actions, and a temporary password
 * that must be replaced at first sign-in.
 */
import { expect, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { createStaff, signedOut, test } from "./support/staff";

/** A draft made straight in the database: this file tests the desk's tools, not the story form. */
async function createDraft(headline: string, sectionSlug: string | null = null): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "Story" (id, slug, headline, body, "bodyHtml", "bodyText", status, "sectionId", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, 'draft', (SELECT id FROM "Section" WHERE slug = $7), now(), now())`,
      [
        id,
        `desk-${id.slice(0, 8)}`,
        headline,
        JSON.stringify({
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: "The ferry runs at night." }] }],
        }),
        "<p>The ferry runs at night.</p>",
        "The ferry runs at night.",
        sectionSlug,
      ],
    );
    return id;
  } finally {
    await client.end();
  }
}

/** axe in both themes, on the whole page or on the part `include` names (then scrolled clear of the edit page's sticky bar). */
async function expectNoSeriousViolations(page: Page, include?: string) {
  if (include) await page.locator(include).evaluate((element) => element.scrollIntoView({ block: "start" }));
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoSeriousAxeViolations(page, colorScheme, include);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function signedOutPage(browser: Browser): Promise<Page> {
  return (await browser.newContext(signedOut)).newPage();
}

test("an editor shares a draft by a preview link that works signed out until it is revoked", async ({
  editor: page,
  browser,
}) => {
  const headline = `Harbour Pilots Draft ${Date.now()}`;
  const storyId = await createDraft(headline, "americas");
  await page.goto(`/admin/stories/${storyId}`);
  const panel = page.getByRole("region", { name: "Share a preview" });
  await expect(panel.getByLabel("Link works for")).toHaveValue("7");
  await expect(panel.getByText("None.")).toBeVisible();
  await panel.getByLabel("Link works for").selectOption("3");
  await panel.getByRole("button", { name: "Create preview link" }).click();
  const link = await panel.getByRole("textbox", { name: "Preview link" }).inputValue();
  expect(link).toMatch(/\/preview\/\d+\.[\w-]{24}\.[\w-]{43}$/);
  await expect(
    panel.getByText(/Anyone with this link can read the draft until .* [AP]M [A-Z]{2,5}\./),
  ).toBeVisible();
  const live = panel.getByRole("list", { name: "Live preview links" }).getByRole("listitem");
  await expect(live).toHaveCount(1);
  await expect(live.first()).toContainText("By Test editor");
  await expect(live.first()).toContainText("Expires");
  // The panel this file adds; the rest of the edit page is other specs' business.
  await expectNoSeriousViolations(page, 'section[aria-labelledby="share-preview-heading"]');

  // A signed-out reader, in a browser of their own, reads the draft, told what it is.
  const reader = await signedOutPage(browser);
  const response = await reader.goto(link);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
  expect(headers["cache-control"]).toMatch(/no-store/);
  expect(headers["cache-control"]).toMatch(/private/);
  expect(headers["x-page-cache"] ?? "").not.toMatch(/hit/i);
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(reader.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(reader.getByRole("complementary", { name: "Preview notice" })).toContainText(
    "Preview of an unpublished draft.",
  );
  await expectNoSeriousViolations(reader);

  // A link changed by one character is a clear 404, never a 500.
  const tampered = link.replace(/.$/, (last) => (last === "A" ? "B" : "A"));
  const refused = await reader.goto(tampered);
  expect(refused?.status()).toBe(404);
  await expect(
    reader.getByRole("heading", { level: 1, name: "This preview link does not work" }),
  ).toBeVisible();
  await expectNoSeriousViolations(reader);

  // Revoked: the same address now says the link does not work (nothing kept a copy).
  await live
    .first()
    .getByRole("button", { name: /^Revoke/ })
    .click();
  await expect(panel.getByText("The link no longer works.")).toBeVisible();
  await expect(panel.getByText("None.")).toBeVisible();
  const revoked = await reader.goto(link);
  expect(revoked?.status()).toBe(404);
  await expect(
    reader.getByRole("heading", { level: 1, name: "This preview link does not work" }),
  ).toBeVisible();
  await reader.context().close();
});

test("the audit log reads as sentences, with filters kept in the address", async ({ admin: page }) => {
  const headline = `Audit Trail Draft ${Date.now()}`;
  const storyId = await createDraft(headline);
  await page.goto(`/admin/stories/${storyId}`);
  const panel = page.getByRole("region", { name: "Share a preview" });
  await panel.getByRole("button", { name: "Create preview link" }).click();
  await expect(panel.getByRole("textbox", { name: "Preview link" })).toBeVisible();

  await page.goto("/admin/audit");
  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByLabel("Action").selectOption({ label: "Shared a preview link" });
  await filters.getByRole("button", { name: "Show entries" }).click();
  await expect(page).toHaveURL(/[?&]action=story\.preview_link_create/);
  const entries = page
    .getByRole("list", { name: "Audit entries" })
    .getByRole("listitem")
    .filter({ hasText: headline });
  await expect(entries.first()).toContainText(
    `shared a preview of ‘${headline}’, by a link that works until`,
  );
  await expect(entries.first().getByRole("link", { name: `‘${headline}’` })).toHaveAttribute(
    "href",
    `/admin/stories/${storyId}`,
  );
  await expect(entries.first().locator("time")).toHaveText(/\d{1,2}:\d{2} [AP]M [A-Z]{2,5}$/);
  // No action codes and no JSON anywhere in the log.
  const logText = await page.getByRole("list", { name: "Audit entries" }).innerText();
  expect(logText).not.toMatch(/story\.preview_link_create|[{}]|"\w+":/);

  // By person and a day range too; the address carries every filter.
  const today = new Date().toISOString().slice(0, 10);
  const name = (
    await page
      .getByRole("banner")
      .getByText(/^Test admin/)
      .innerText()
  ).replace(/\s*\(admin\)$/, "");
  await filters.getByLabel("Person").selectOption({ label: name });
  await filters.getByLabel("From").fill(new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10));
  await filters.getByLabel("To").fill(new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10));
  await filters.getByRole("button", { name: "Show entries" }).click();
  await expect(page).toHaveURL(/person=[^&]+.*from=\d{4}-\d{2}-\d{2}.*to=\d{4}-\d{2}-\d{2}/);
  await expect(entries.first()).toBeVisible();
  await page.reload();
  await expect(filters.getByLabel("Action")).toHaveValue("story.preview_link_create");
  await expect(entries).toHaveCount(1);
  await filters.getByLabel("From").fill(`${Number(today.slice(0, 4)) + 1}-01-01`);
  await filters.getByLabel("To").fill("");
  await filters.getByRole("button", { name: "Show entries" }).click();
  await expect(page.getByText("No entry matches these filters.")).toBeVisible();
  await page.goto("/admin/audit");
  await expectNoSeriousViolations(page);
});

test("the link picker's results show section, date and status beside the headline, below its status line", async ({
  editor: page,
}) => {
  const storyId = await createDraft(`Picker Host ${Date.now()}`);
  const unique = `Lighthouse ${Date.now()}`;
  await createDraft(`${unique} keepers draft`, "europe");
  await page.goto(`/admin/stories/${storyId}`);
  const search = page.getByRole("combobox", { name: "Search stories to link" });
  await search.fill(unique);
  const option = page.getByRole("option", { name: new RegExp(`^${unique} keepers draft`) });
  await expect(option).toBeVisible();
  await expect(option).toContainText("Europe · No date yet · draft");
  await search.fill("Venezuela");
  const published = page.getByRole("listbox", { name: "Matching stories" }).getByRole("option").first();
  await expect(published).toContainText(/· \w{3} \d{1,2}, \d{4} · published$/);
  const status = page.getByText(/stories? match/);
  await expect(status).toBeVisible();
  const statusBox = (await status.boundingBox())!;
  const listBox = (await page.getByRole("listbox", { name: "Matching stories" }).boundingBox())!;
  expect(statusBox.y + statusBox.height).toBeLessThanOrEqual(listBox.y);
});

test("the story list shows times with their zone, and editors archive, move and tag several stories at once", async ({
  editor: page,
}) => {
  const prefix = `Bulk Desk ${Date.now()}`;
  await createDraft(`${prefix} one`);
  await createDraft(`${prefix} two`, "americas");
  await page.goto(`/admin/stories?q=${encodeURIComponent(prefix)}`);
  const rows = page.getByRole("row").filter({ hasText: prefix });
  await expect(rows).toHaveCount(2);
  await expect(rows.first().locator("time")).toHaveText(/\d{4}, \d{1,2}:\d{2} [AP]M [A-Z]{2,5}$/);
  const bulk = page.getByRole("form", { name: "Change the selected stories" });
  await expect(bulk.getByRole("button", { name: "Archive" })).toBeDisabled();
  await expectNoSeriousViolations(page);

  await bulk.getByRole("button", { name: "Select all on this page" }).click();
  await expect(bulk.getByText("2 stories selected")).toBeVisible();
  await bulk.getByLabel("Tag").fill("Desk Tools Test");
  await bulk.getByRole("button", { name: "Add tag" }).click();
  await expect(bulk.getByText("Tagged 2 stories.")).toBeVisible();
  await expect(bulk.getByText("No story selected")).toBeVisible();

  await page.getByRole("checkbox", { name: `Select “${prefix} one”` }).check();
  await page.getByRole("checkbox", { name: `Select “${prefix} two”` }).check();
  await bulk.getByLabel("Section").selectOption({ label: "Europe" });
  await bulk.getByRole("button", { name: "Move to section" }).click();
  await expect(bulk.getByText("Moved 2 stories.")).toBeVisible();
  for (const row of await rows.all()) await expect(row.getByRole("cell", { name: "Europe" })).toBeVisible();

  await page.getByRole("checkbox", { name: `Select “${prefix} one”` }).check();
  await bulk.getByRole("button", { name: "Archive" }).click();
  await expect(bulk.getByText("Archived 1 story.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: `${prefix} one` })).toContainText("Archived");
  await expect(page.getByRole("row").filter({ hasText: `${prefix} two` })).toContainText("Draft");
});

test("a writer has no bulk actions on the story list", async ({ browser }) => {
  const writer = await createStaff("writer");
  const page = await signedOutPage(browser);
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(writer.email);
  await page.getByLabel("Password").fill(writer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto("/admin/stories");
  await expect(page.getByRole("heading", { level: 1, name: "Stories" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Change the selected stories" })).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await page.context().close();
});

test("someone given a temporary password must choose their own before anything else works", async ({
  admin,
  browser,
}) => {
  const id = randomUUID().slice(0, 8);
  const person = {
    name: `Temp Person ${id}`,
    email: `temp-${id}@newsroom.test`,
    password: `temporary lantern ${id}`,
  };
  await admin.goto("/admin/users/new");
  await admin.getByLabel("Name").fill(person.name);
  await admin.getByLabel("Email").fill(person.email);
  await admin.getByLabel("Role").selectOption("editor");
  await admin.getByRole("radio", { name: /temporary password/ }).check();
  await admin.getByLabel("Temporary password", { exact: true }).fill(person.password);
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Account created." })).toBeVisible();

  const page = await signedOutPage(browser);
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/choose-password$/);
  await expect(page.getByRole("heading", { level: 1, name: "Choose your password" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
  await expectNoSeriousViolations(page);

  // Every other page sends them back; the story search refuses them.
  for (const address of ["/admin", "/admin/stories", "/admin/account", "/admin/sign-in"]) {
    await page.goto(address);
    await expect(page).toHaveURL(/\/admin\/choose-password$/);
  }
  const search = await page.request.get("/api/admin/stories/search?q=venezuela");
  expect(search.status()).toBe(401);

  // The same password again is refused; their own is taken, and the admin opens up.
  await page.getByLabel("Temporary password").fill(person.password);
  await page.getByLabel("New password", { exact: true }).fill(person.password);
  await page.getByLabel("New password again").fill(person.password);
  await page.getByRole("button", { name: "Choose password" }).click();
  await expect(page.getByText("Choose a password other than the one you have now.").first()).toBeVisible();
  const own = `my own harbour ${id}`;
  await page.getByLabel("Temporary password").fill(person.password);
  await page.getByLabel("New password", { exact: true }).fill(own);
  await page.getByLabel("New password again").fill(own);
  await page.getByRole("button", { name: "Choose password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Admin" })).toBeVisible();
  await page.goto("/admin/stories");
  await expect(page.getByRole("heading", { level: 1, name: "Stories" })).toBeVisible();
  expect((await page.request.get("/api/admin/stories/search?q=venezuela")).status()).toBe(200);
  await page.goto("/admin/choose-password");
  await expect(page).toHaveURL(/\/admin\/account$/);
  await page.context().close();
});
