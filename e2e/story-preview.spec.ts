/**
 * The staff preview says whether readers can see the story yet: never
 * "Published" before it is. Its byline, like the reader's, names each
 * author's role title.
 */
import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { query } from "./support/db";
import { signedOut, test } from "./support/staff";

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

/** A published story by a correspondent with a title and a contributor without one. */
async function storyByTwo() {
  const suffix = randomUUID().slice(0, 8);
  const authors = await query<{ id: string; slug: string }>(
    `INSERT INTO "Author" (id, slug, name, "roleTitle", "createdAt")
     VALUES ($1, $2, 'Ana Ruiz', 'Havana correspondent', now()), ($3, $4, 'Ben Ode', NULL, now())
     RETURNING id, slug`,
    [randomUUID(), `ana-ruiz-${suffix}`, randomUUID(), `ben-ode-${suffix}`],
  );
  const [story] = await query<{ id: string; slug: string }>(
    `INSERT INTO "Story" (id, slug, headline, body, "bodyHtml", "bodyText", status, "publishedAt", "updatedAt")
     VALUES ($1, $2, $3, '{"type":"doc","content":[]}', '<p>The talks went on past midnight.</p>', 'The talks went on past midnight.',
             'published', now() - interval '1 minute', now())
     RETURNING id, slug`,
    [randomUUID(), `talks-in-havana-${suffix}`, `Talks in Havana ${suffix}`],
  );
  await query(
    `INSERT INTO "StoryAuthor" ("storyId", "authorId", position) VALUES ($1, $2, 0), ($1, $3, 1)`,
    [story!.id, authors[0]!.id, authors[1]!.id],
  );
  return { ...story!, anaSlug: authors[0]!.slug };
}

test("a reader sees each author's title beside their name under the headline", async ({ browser }) => {
  const story = await storyByTwo();
  const page = await browser.newPage(signedOut);
  await page.goto(`/stories/${story.slug}`);
  const byline = page.getByRole("article").getByText(/^By /);
  await expect(byline).toHaveText("By Ana Ruiz, Havana correspondent, and Ben Ode");
  await byline.getByRole("link", { name: "Ana Ruiz" }).click();
  await expect(page).toHaveURL(new RegExp(`/authors/${story.anaSlug}$`));
  await page.close();
});

test("the staff preview shows the same byline as readers get", async ({ editor: page }) => {
  const story = await storyByTwo();
  await page.goto(`/admin/stories/${story.id}/preview`);
  await expect(page.getByRole("article").getByText(/^By /)).toHaveText("By Ana Ruiz, Havana correspondent, and Ben Ode");
});
