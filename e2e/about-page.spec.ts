/** The About page: editors write it in the newsroom, readers read it at /about at once. */
import { expect } from "@playwright/test";
import { createStaff, signedOut, signIn, test } from "./support/staff";

test("an editor rewrites the About page and readers see the new text at once, as text", async ({ editor: page, browser }) => {
  const reader = await browser.newPage(signedOut);
  // Readers' copy is cached before the change.
  await reader.goto("/about");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(/\S/);

  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "About page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About page" })).toBeVisible();
  await expect(page.getByLabel("Title")).not.toHaveValue("");

  const stamp = Date.now();
  await page.getByLabel("Title").fill(`Who we are ${stamp}`);
  await page
    .getByLabel("Text")
    .fill(`We report from the harbour towns.\n\nWrite to us: <b>letters</b> & <script>alert(${stamp})</script>`);
  await page.getByRole("button", { name: "Save the About page" }).click();
  await expect(page.getByText("About page saved. Readers see the new text now.")).toBeVisible();

  const dialogs: string[] = [];
  reader.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await reader.goto("/about");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`Who we are ${stamp}`);
  await expect(reader).toHaveTitle(new RegExp(`^Who we are ${stamp} \\| `));
  const paragraphs = reader.getByRole("main").locator("p");
  await expect(paragraphs).toHaveText([
    "We report from the harbour towns.",
    `Write to us: <b>letters</b> & <script>alert(${stamp})</script>`,
  ]);
  expect(dialogs).toEqual([]);
  await reader.close();
});

test("an empty About page is refused with a message, and what was typed stays", async ({ editor: page }) => {
  await page.goto("/admin/about");
  await page.getByLabel("Title").fill("Kept title");
  await page.getByLabel("Text").fill("   ");
  // The browser's own check would stop an empty field; this one sends white space.
  await page.getByRole("button", { name: "Save the About page" }).click();
  await expect(page.getByText("Write the page: a paragraph at least.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Kept title");
});

test("a writer cannot open the About page editor, nor see it in the menu", async ({ browser }) => {
  const writer = await signIn(browser, await createStaff("writer"));
  await expect(writer.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "About page" })).toHaveCount(0);
  const response = await writer.goto("/admin/about");
  expect(response?.status()).toBe(404);
  await expect(writer.getByLabel("Text")).toHaveCount(0);
  await writer.context().close();
});
