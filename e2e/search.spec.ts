import { expect, test } from "@playwright/test";
import pg from "pg";
import { relatedStories } from "../prisma/demo-content";

const newOrleans = relatedStories.find((story) => story.slug.startsWith("new-orleans-"))!;

test("a reader searches from the header, sees the matches highlighted and opens a result", async ({
  page,
}) => {
  await page.goto("/");
  const headerSearch = page.getByRole("search", { name: "Site search" });
  await headerSearch.getByRole("searchbox", { name: "Search stories" }).fill("hotlines");
  await headerSearch.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/\/search\?q=hotlines$/);
  await expect(page).toHaveTitle(/hotlines/);
  await expect(page.getByRole("heading", { level: 2, name: "1 result for “hotlines”" })).toBeVisible();
  const result = page.getByRole("article");
  await expect(result).toHaveCount(1);
  await expect(result.locator("mark")).toHaveText(["hotlines"]);
  await expect(result.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  // The search form shows the search that was made.
  await expect(
    page.getByRole("search", { name: "Search", exact: true }).getByRole("searchbox", { name: "Search for" }),
  ).toHaveValue("hotlines");

  await result.getByRole("link", { name: newOrleans.headline }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${newOrleans.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: newOrleans.headline })).toBeVisible();
});

test("results come ten to a page, and paging keeps the filters", async ({ page }) => {
  await page.goto("/search");
  const form = page.getByRole("search", { name: "Search", exact: true });
  await form.getByRole("searchbox", { name: "Search for" }).fill("officials");
  await form.getByLabel("From").fill("2000-01-01");
  await form.getByRole("button", { name: "Search" }).click();

  await expect(
    page.getByRole("heading", { level: 2, name: /^\d+ results for “officials” since Jan 1, 2000$/ }),
  ).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(10);
  const firstPage = await page.getByRole("article").getByRole("heading").allTextContents();
  const pages = page.getByRole("navigation", { name: "Search result pages" });
  await expect(pages.getByText("Page 1 of 2")).toBeVisible();
  await expect(pages.getByRole("link", { name: "Previous" })).toHaveCount(0);

  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/search\?q=officials&from=2000-01-01&page=2$/);
  await expect(pages.getByText("Page 2 of 2")).toBeVisible();
  const secondPage = await page.getByRole("article").getByRole("heading").allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((headline) => firstPage.includes(headline))).toEqual([]);
  await expect(form.getByLabel("From")).toHaveValue("2000-01-01");

  await pages.getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(/\/search\?q=officials&from=2000-01-01$/);
  await expect(page.getByRole("article").getByRole("heading")).toHaveText(firstPage);
});

test("without a query the page invites a search; a search without matches gives tips", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByRole("heading", { name: "Search the archive" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(0);

  await page.goto("/search?q=xylophonists&section=europe");
  await expect(
    page.getByRole("heading", { name: "No stories match “xylophonists” in Europe" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Search all sections and dates" }).click();
  await expect(page).toHaveURL(/\/search\?q=xylophonists$/);
  await expect(page.getByRole("heading", { name: "No stories match “xylophonists”" })).toBeVisible();
});

test("an address with values the search cannot read still gives a friendly page", async ({ page }) => {
  const response = await page.goto("/search?q=caribbean&page=abc&from=2025-13-45&section=Not%20A%20Section");
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("complementary", { name: "Part of this search could not be used" });
  await expect(notice.getByRole("listitem")).toHaveText([
    "That is not a section name, so all sections were searched.",
    "The start date is not a day on the calendar, so it was left out.",
    "Page numbers are whole numbers from 1 up, so this is the first page.",
  ]);
  await expect(page.getByRole("heading", { level: 2, name: /^\d+ results? for “caribbean”$/ })).toBeVisible();

  const otherAddresses = [
    ["/search?page=-1", "Page numbers are whole numbers from 1 up, so this is the first page."],
    ["/search?q=officials&page=99", "There are only 2 pages of results."],
    ["/search?q=the", "Nothing to search for in “the”"],
    ["/search?q=-cuba&to=yesterday", "Nothing to search for in “-cuba”"],
    [
      "/search?q=cuba&from=2025-06-30&to=2025-06-01",
      "The end date is before the start date, so both dates were left out.",
    ],
  ] as const;
  for (const [address, explanation] of otherAddresses) {
    const answer = await page.goto(address);
    expect(answer?.status(), address).toBe(200);
    await expect(page.getByText(explanation)).toBeVisible();
  }
});

test.describe("an archive with more than a thousand matches", () => {
  // Written straight to the test database, newest first a minute apart, and
  // removed afterwards; only search pages are visited meanwhile.
  const archiveSize = 1005;

  async function withDatabase(work: (client: pg.Client) => Promise<unknown>) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
    }
  }

  test.beforeAll(() =>
    withDatabase((client) =>
      client.query(
        `INSERT INTO "Story" (id, slug, headline, body, "bodyHtml", "bodyText", status, "publishedAt", "updatedAt", "sectionId")
         SELECT 'zeppelin-' || i, 'zeppelin-story-' || i, 'Lake Shore Notes, Part ' || i, '{"type": "doc", "content": []}'::jsonb, '',
           'A zeppelin was seen over the lake.', 'published',
           (now() AT TIME ZONE 'UTC') - i * interval '1 minute', now() AT TIME ZONE 'UTC',
           (SELECT id FROM "Section" WHERE slug = 'europe')
         FROM generate_series(0, $1::int - 1) AS i`,
        [archiveSize],
      ),
    ),
  );

  test.afterAll(() =>
    withDatabase((client) => client.query(`DELETE FROM "Story" WHERE slug LIKE 'zeppelin-story-%'`)),
  );

  test("the count says there are more than a thousand, and older stories keep the filters", async ({
    page,
  }) => {
    await page.goto("/search?q=zeppelin&section=europe");
    await expect(
      page.getByRole("heading", { level: 2, name: "More than 1,000 results for “zeppelin” in Europe" }),
    ).toBeVisible();
    await expect(
      page.getByText(/^Ranked best match first among the 1,000 newest stories with these words/),
    ).toBeVisible();
    const pages = page.getByRole("navigation", { name: "Search result pages" });
    await expect(pages.getByText("Page 1 of 100")).toBeVisible();
    const firstPage = await page.getByRole("article").getByRole("heading").allTextContents();
    expect(firstPage).toHaveLength(10);

    await pages.getByRole("link", { name: /Older stories/ }).click();
    await expect(page).toHaveURL(/\/search\?q=zeppelin&section=europe&before=[\w-]+$/);
    await expect(
      page.getByRole("heading", { level: 2, name: "Older stories: 5 results for “zeppelin” in Europe" }),
    ).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(archiveSize - 1000);
    await expect(page.getByRole("article").getByRole("heading").last()).toHaveText(
      `Lake Shore Notes, Part ${archiveSize - 1}`,
    );
    await expect(pages.getByRole("link", { name: /Older stories/ })).toHaveCount(0);
    await expect(page.getByRole("search", { name: "Search", exact: true }).getByLabel("Section")).toHaveValue(
      "europe",
    );

    await pages.getByRole("link", { name: /Newer stories/ }).click();
    await expect(page).toHaveURL(/\/search\?q=zeppelin&section=europe&after=[\w-]+$/);
    await expect(page.getByRole("heading", { level: 2, name: /^More than 1,000 results/ })).toBeVisible();
    await expect(page.getByRole("article").getByRole("heading")).toHaveText(firstPage);
  });

  test("a deep page is reachable by its number", async ({ page }) => {
    await page.goto("/search?q=zeppelin&page=50");
    await expect(
      page.getByRole("navigation", { name: "Search result pages" }).getByText("Page 50 of 100"),
    ).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(10);
  });

  test("a damaged link to older results shows the newest, and says why", async ({ page }) => {
    const response = await page.goto("/search?q=zeppelin&before=%3Cscript%3E");
    expect(response?.status()).toBe(200);
    await expect(
      page
        .getByRole("complementary", { name: "Part of this search could not be used" })
        .getByText("That link to older or newer results is damaged, so these are the newest."),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: /^More than 1,000 results for “zeppelin”$/ }),
    ).toBeVisible();
  });
});
