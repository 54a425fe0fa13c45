/**
 * The list under a story, from the link editor to the reader: every linked
 * story in the editors' order, suggestions (with their reasons) only to fill
 * a short list, and the limit on links said where editors add them.
 */
import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createStaff, signedOut, signIn, test as staffTest } from "./support/staff";

type Made = { id: string; slug: string; headline: string };

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

type StorySpec = { headline: string; tags?: string[]; text?: string };

/**
 * Published stories made straight in the database, an hour apart, in one
 * transaction: the scheduler, which works out the suggestions of stories made
 * this way, sees them all at once.
 */
async function makeStories(specs: StorySpec[]): Promise<Made[]> {
  return withDatabase(async (client) => {
    const made: Made[] = [];
    await client.query("BEGIN");
    for (const [index, { headline, tags = [], text = "" }] of specs.entries()) {
      const id = randomUUID();
      const slug = `${headline.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${id.slice(0, 8)}`;
      const body = text || headline;
      await client.query(
        `INSERT INTO "Story" (id, slug, headline, body, "bodyHtml", "bodyText", status, "publishedAt", "updatedAt")
         VALUES ($1, $2, $3, '{"type":"doc","content":[]}', $4, $5, 'published', now() - make_interval(hours => $6), now())`,
        [id, slug, headline, `<p>${body}</p>`, body, index + 1],
      );
      for (const name of tags) {
        const tagSlug = name.toLowerCase();
        await client.query(`INSERT INTO "Tag" (id, slug, name) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING`, [randomUUID(), tagSlug, name]);
        await client.query(`INSERT INTO "StoryTag" ("storyId", "tagId") SELECT $1, id FROM "Tag" WHERE slug = $2`, [id, tagSlug]);
      }
      made.push({ id, slug, headline });
    }
    await client.query("COMMIT");
    return made;
  });
}

/** Adds a story through the link editor's search, by a part of its headline only it has. */
async function linkBySearch(page: Page, story: Made, typed: string) {
  const search = page.getByRole("combobox", { name: "Search stories to link" });
  await search.fill(typed);
  const option = page.getByRole("option", { name: new RegExp(`^${story.headline}`) });
  await expect(option).toBeVisible();
  await option.click();
  await expect(search).toHaveValue("");
}

const test = staffTest;
const linkedList = (page: Page) => page.getByRole("list", { name: "Linked stories" }).getByRole("listitem");
const readerList = (page: Page) => page.getByRole("list", { name: "Related headlines readers will see" }).getByRole("listitem");

test("twenty links: the editor adds them one by one, and readers see all twenty in that order", async ({ editor: page, browser }) => {
  const run = randomUUID().slice(0, 6);
  const [story, ...targets] = await makeStories(
    Array.from({ length: 21 }, (_, index) => ({ headline: `Link test ${run} story ${String(index).padStart(2, "0")}` })),
  );
  await page.goto(`/admin/stories/${story!.id}`);
  const order = [...targets].reverse();
  for (const target of order) await linkBySearch(page, target, target.headline);
  await expect(page.getByText(/^20 of 40$/)).toBeVisible();
  await expect(readerList(page)).toHaveCount(20);
  await page.getByRole("button", { name: "Save links" }).click();
  await expect(page.getByText("Links saved.")).toBeVisible();
  await expect(linkedList(page)).toHaveCount(20);

  const reader = await browser.newPage(signedOut);
  await reader.goto(`/stories/${story!.slug}`);
  const related = reader.getByRole("navigation", { name: "Related headlines" }).getByRole("link");
  await expect(related).toHaveText(order.map((target) => target.headline));
  await reader.close();
});

test("three links and suggestions: the editor sees why each is suggested, readers get the links first, then five suggestions", async ({
  editor: page,
  browser,
}) => {
  const run = randomUUID().slice(0, 6);
  const tags = [`Veracruz${run}`, "Dockworkers"];
  const text = "Dockworkers at the port of Veracruz stopped work over pay and container traffic backed up along the coast.";
  const made = await makeStories([
    { headline: `Veracruz ${run} dockworkers walk out over pay`, tags, text },
    ...Array.from({ length: 6 }, (_, index) => ({ headline: `Veracruz ${run} port strike update ${index + 1}`, tags, text })),
    ...[1, 2, 3].map((index) => ({ headline: `Unrelated pick ${run} number ${index}` })),
  ]);
  const [story, cluster, picks] = [made[0], made.slice(1, 7), made.slice(7)];

  await page.goto(`/admin/stories/${story!.id}`);
  const suggested = page.getByRole("list", { name: "Suggested stories" }).getByRole("listitem");
  await expect(suggested.first()).toContainText(`Shares the tags`);
  await expect(suggested.first()).toContainText(tags[0]!);
  for (const pick of picks) await linkBySearch(page, pick, pick.headline);
  await expect(page.getByText(/^3 of 40$/)).toBeVisible();
  const preview = readerList(page);
  await expect(preview).toHaveCount(8);
  for (const [index, pick] of picks.entries()) await expect(preview.nth(index)).toHaveText(`${pick.headline} (linked)`);
  for (let index = 3; index < 8; index += 1) await expect(preview.nth(index)).toContainText("(suggested)");
  await page.getByRole("button", { name: "Save links" }).click();
  await expect(page.getByText("Links saved.")).toBeVisible();

  // The stored suggestions are worked out when a story is published, or by the scheduler for stories made otherwise.
  await expect
    .poll(() => withDatabase(async (client) => (await client.query(`SELECT count(*)::int AS n FROM "StorySuggestion" WHERE "storyId" = $1`, [story!.id])).rows[0].n as number), { timeout: 15_000 })
    .toBeGreaterThan(0);
  const reader = await browser.newPage(signedOut);
  await reader.goto(`/stories/${story!.slug}`);
  const related = reader.getByRole("navigation", { name: "Related headlines" }).getByRole("link");
  await expect(related).toHaveCount(8);
  await expect(related.first()).toHaveText(picks[0]!.headline);
  const headlines = await related.allTextContents();
  expect(headlines.slice(0, 3)).toEqual(picks.map((pick) => pick.headline));
  const clusterHeadlines = cluster.map((item) => item.headline);
  expect(headlines.slice(3).every((headline) => clusterHeadlines.includes(headline))).toBe(true);
  await reader.close();
});

test("at the limit the editor is told, adding is turned off, and removing one turns it back on", async ({ browser }) => {
  const page = await signIn(browser, await createStaff("editor"));
  const run = randomUUID().slice(0, 6);
  const [story, ...targets] = await makeStories(
    Array.from({ length: 42 }, (_, index) => ({ headline: `Limit test ${run} story ${String(index).padStart(2, "0")}` })),
  );
  await withDatabase(async (client) => {
    for (const [position, target] of targets.slice(0, 40).entries()) {
      await client.query(`INSERT INTO "StoryLink" ("fromStoryId", "toStoryId", position) VALUES ($1, $2, $3)`, [story!.id, target.id, position]);
    }
  });
  await page.goto(`/admin/stories/${story!.id}`);
  await expect(page.getByText(/^40 of 40$/)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "the most it can (40): remove one to add another" })).toBeVisible();
  const search = page.getByRole("combobox", { name: "Search stories to link" });
  await expect(search).toBeDisabled();

  await page.getByRole("button", { name: `Remove “${targets[0]!.headline}”` }).click();
  await expect(page.getByText(/^39 of 40$/)).toBeVisible();
  await expect(search).toBeEnabled();
  await linkBySearch(page, targets[40]!, targets[40]!.headline);
  await expect(search).toBeDisabled();
  await page.getByRole("button", { name: "Save links" }).click();
  await expect(page.getByText("Links saved.")).toBeVisible();
  await expect(linkedList(page).last()).toContainText(targets[40]!.headline);
  await page.context().close();
});
