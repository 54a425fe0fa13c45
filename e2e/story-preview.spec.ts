/** The staff preview says whether readers can see the story yet: never "Published" before it is. */
import { expect, type Page } from "@playwright/test";
import { test } from "./support/staff";

async function createDraft(page: Page, headline: string) {
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Body").fill("The ferry runs at night from spring.");
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  return page.url().replace(/\/?(\?.*)?$/, "");
}

test("a draft's preview says it is not published", async ({ editor: page }) => {
  const editUrl = await createDraft(page, `Ferry Trial Preview ${Date.now()}`);
  await page.goto(`${editUrl}/preview`);
  const article = page.getByRole("article");
  await expect(article.getByText("Not published", { exact: true })).toBeVisible();
  await expect(article.getByText(/^Published /)).toHaveCount(0);
  await expect(article.getByText(/^Updated /)).toHaveCount(0);
});

test("a scheduled story's preview says when it will be published", async ({ editor: page }) => {
  const editUrl = await createDraft(page, `Ferry Trial Scheduled ${Date.now()}`);
  const year = new Date().getFullYear() + 1;
  await page.getByLabel("Publish at").fill(`${year}-03-01T06:00`);
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByText("Scheduled. Readers see it from the time you chose.")).toBeVisible();
  await page.goto(`${editUrl}/preview`);
  const article = page.getByRole("article");
  await expect(article.locator("time").filter({ hasText: /^Scheduled for / })).toContainText(String(year));
  await expect(article.getByText(/^Published /)).toHaveCount(0);
});
