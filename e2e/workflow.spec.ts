import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { leadStory, relatedStories } from "../prisma/demo-content";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { createStaff, signedOut, signIn, test } from "./support/staff";

/** The edit page of a story, found through the admin story list's headline search. */
async function openInAdmin(page: Page, headline: string) {
  await page.goto("/admin/stories");
  await page.getByRole("searchbox", { name: "Headline" }).fill(headline);
  await page.getByRole("button", { name: "Show stories" }).click();
  await page.getByRole("link", { name: headline, exact: true }).click();
  await expect(page.getByRole("heading", { name: "Edit story", level: 1 })).toBeVisible();
}

test("a writer submits a draft; an editor approves, schedules, then publishes it; a reader sees it", async ({ editor: page, browser }) => {
  const headline = `Council Agrees Harbour Wall Repairs ${Date.now()}`;
  const writer = await signIn(browser, await createStaff("writer"));

  await writer.goto("/admin/stories/new");
  await writer.getByLabel("Headline").fill(headline);
  await writer.getByLabel("Body").fill("Work starts in June.\n\nThe wall was built in 1890.");
  await writer.getByRole("button", { name: "Create story" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // A writer can ask for review but cannot publish.
  await expect(writer.getByRole("button", { name: "Publish now", exact: true })).toHaveCount(0);
  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByText("Submitted for review.")).toBeVisible();
  await writer.goto("/admin");
  await expect(writer.getByRole("region", { name: /Your stories in review/ }).getByRole("link", { name: headline })).toBeVisible();
  await writer.context().close();

  // The editor finds it waiting on the dashboard.
  await page.goto("/admin");
  const waiting = page.getByRole("region", { name: /Waiting for review/ });
  await waiting.getByRole("link", { name: headline }).click();
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("Approved. It can be scheduled or published.")).toBeVisible();

  // A time that has passed is refused.
  await page.getByLabel("Publish at").fill("2020-01-01T09:00");
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByText("Choose a time in the future, or publish now.")).toBeVisible();

  await page.getByLabel("Publish at").fill(`${new Date().getFullYear() + 1}-01-15T09:30`);
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByText("Scheduled. Readers see it from the time you chose.")).toBeVisible();
  await expect(page.getByText(/Scheduled for January 15, \d{4}.* 9:30/)).toBeVisible();
  const storyUrl = page.url();

  await page.goto("/admin");
  await expect(page.getByRole("region", { name: /Scheduled/ }).getByRole("link", { name: headline })).toBeVisible();

  const reader = await browser.newPage(signedOut);
  const slug = headline.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  expect((await reader.goto(`/stories/${slug}`))?.status()).toBe(404);

  await page.goto(storyUrl);
  await page.getByRole("button", { name: "Publish now", exact: true }).click();
  await expect(page.getByText("Published. Readers can see it now.")).toBeVisible();

  await reader.goto(`/stories/${slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await reader.goto("/admin");
  await expect(reader).toHaveURL(/\/admin\/sign-in$/);
  await reader.close();

  await page.goto("/admin");
  await expect(page.getByRole("region", { name: /Recently published/ }).getByRole("link", { name: headline })).toBeVisible();
});

test("a scheduled story goes live at its time on its own: the front page and its section show it, though no one acted", async ({
  editor: page,
  browser,
}) => {
  const headline = `Night Trains Return to the Coast Line ${Date.now()}`;
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Section").selectOption({ label: "Europe" });
  await page.getByLabel("Body").fill("The first train leaves at midnight.");
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.getByLabel("Publish at").fill(`${new Date().getFullYear() + 1}-03-01T06:00`);
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByText("Scheduled. Readers see it from the time you chose.")).toBeVisible();

  // Readers' pages are cached without it...
  const reader = await browser.newPage(signedOut);
  for (const path of ["/", "/sections/europe"]) {
    await reader.goto(path);
    await expect(reader.getByRole("main").getByRole("link", { name: headline })).toHaveCount(0);
  }
  // ...and then its time comes (brought forward to a few seconds from now, as a clock would).
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE "Story" SET "publishedAt" = now() + interval '3 seconds' WHERE headline = $1`, [headline]);
  } finally {
    await client.end();
  }
  // The scheduler (every 2 seconds in the tests) publishes it and refreshes the pages that show it.
  for (const path of ["/", "/sections/europe"]) {
    await expect(async () => {
      await reader.goto(path);
      await expect(reader.getByRole("main").getByRole("link", { name: headline })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  }
  await page.reload();
  await expect(page.getByText("Published", { exact: true }).first()).toBeVisible();
  await reader.close();
});

test("the link picker: search as you type, add with the keyboard, reorder, save; readers see the order", async ({ editor: page, browser }) => {
  const [story, first, second] = [relatedStories[12]!, relatedStories[14]!, relatedStories[15]!];
  await openInAdmin(page, story.headline);

  const search = page.getByRole("combobox", { name: "Search stories to link" });
  for (const target of [first, second]) {
    await search.fill(target.headline.slice(0, 24));
    const option = page.getByRole("option", { name: target.headline });
    await expect(option).toBeVisible();
    // Down to the story, then Enter, without the mouse.
    for (let step = 0; step < 10; step += 1) {
      await search.press("ArrowDown");
      if ((await option.getAttribute("aria-selected")) === "true") break;
    }
    await expect(option).toHaveAttribute("aria-selected", "true");
    await search.press("Enter");
    await expect(search).toHaveValue("");
  }
  const linked = page.getByRole("list", { name: "Linked stories" }).getByRole("listitem");
  await expect(linked.last()).toContainText(second.headline);

  const moveUp = page.getByRole("button", { name: `Move “${second.headline}” up` });
  const count = await linked.count();
  for (let index = 0; index < count - 1; index += 1) {
    await moveUp.focus();
    await page.keyboard.press("Enter");
  }
  await expect(linked.first()).toContainText(second.headline);
  await page.getByRole("button", { name: "Save links" }).click();
  await expect(page.getByText("Links saved.")).toBeVisible();
  await expect(linked.first()).toContainText(second.headline);

  const reader = await browser.newPage(signedOut);
  await reader.goto(`/stories/${story.slug}`);
  const related = reader.getByRole("navigation", { name: "Related headlines" }).getByRole("link");
  await expect(related.nth(0)).toHaveText(second.headline);
  await reader.close();
});

test("a suggested story is one click away, and linking back shows on the other story", async ({ editor: page }) => {
  const [story, other] = [relatedStories[13]!, relatedStories[16]!];
  await openInAdmin(page, story.headline);
  const linked = page.getByRole("list", { name: "Linked stories" }).getByRole("listitem");

  const search = page.getByRole("combobox", { name: "Search stories to link" });
  await search.fill(other.headline.slice(0, 30));
  await page.getByRole("option", { name: other.headline }).click();
  await expect(linked.first()).toContainText(other.headline);
  await page.getByRole("checkbox", { name: `Also link back from “${other.headline}”` }).check();

  // Suggestions are ranked like the reader page's; adding one puts it at the end.
  const suggested = page.getByRole("region", { name: "Suggested" }).getByRole("button", { name: /^Add “/ }).first();
  const suggestion = (await suggested.getAttribute("aria-label"))!.replace(/^Add “(.*)”$/, "$1");
  await suggested.click();
  await expect(linked.last()).toContainText(suggestion);
  await expect(page.getByRole("region", { name: "Suggested" }).getByRole("button", { name: `Add “${suggestion}”` })).toHaveCount(0);

  await page.getByRole("button", { name: "Save links" }).click();
  await expect(page.getByText("Links saved.")).toBeVisible();
  await expect(linked).toHaveCount(2);

  await openInAdmin(page, other.headline);
  await expect(linked.last()).toContainText(story.headline);
  await expect(page.getByRole("list", { name: "Stories linking here" }).getByRole("link", { name: story.headline })).toBeVisible();
});

test("front-page curation changes the lead story readers see", async ({ editor: page, browser }) => {
  const newLead = relatedStories[9]!;
  await page.goto("/admin/front-page");
  const order = page.getByRole("list", { name: "Front page order" }).getByRole("listitem");
  await expect(order.first()).toContainText(leadStory.headline);

  const choice = page.getByLabel("Published story to place");
  const option = choice.getByRole("option", { name: new RegExp(`^${escape(newLead.headline)}`) });
  await choice.selectOption((await option.getAttribute("value")) ?? "");
  await page.getByRole("button", { name: "Add to front page" }).click();
  await page.getByRole("button", { name: `Move “${newLead.headline}” up` }).click();
  await expect(order.first()).toContainText(newLead.headline);
  await expect(order.first()).toContainText("Lead story");
  await saveFrontPage(page);

  const reader = await browser.newPage(signedOut);
  await reader.goto("/");
  await expect(reader.locator("main article").first().getByRole("heading", { name: newLead.headline })).toBeVisible();

  // Put the demo lead back, for the other specs.
  await page.getByRole("button", { name: `Remove “${newLead.headline}” from the front page` }).click();
  await saveFrontPage(page);
  await reader.reload();
  await expect(reader.locator("main article").first().getByRole("heading", { name: leadStory.headline })).toBeVisible();
  await reader.close();
});

test("an archived story leaves the site and comes back as a draft when restored", async ({ editor: page, browser }) => {
  const story = relatedStories[11]!;
  await openInAdmin(page, story.headline);
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await expect(page.getByText("Archived. Readers can no longer see it.")).toBeVisible();
  // Archived stories cannot be published until restored, and only an admin deletes for good.
  await expect(page.getByRole("button", { name: "Publish now", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete for good…" })).toHaveCount(0);

  const reader = await browser.newPage(signedOut);
  expect((await reader.goto(`/stories/${story.slug}`))?.status()).toBe(404);

  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(page.getByText("Restored as a draft.")).toBeVisible();
  await page.getByRole("button", { name: "Publish now", exact: true }).click();
  await expect(page.getByText("Published. Readers can see it now.")).toBeVisible();
  await reader.goto(`/stories/${story.slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: story.headline })).toBeVisible();
  await reader.close();
});

/** Saves the arrangement and waits for the server's answer, not a notice left from an earlier save. */
async function saveFrontPage(page: Page) {
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/admin/front-page")),
    page.getByRole("button", { name: "Save front page" }).click(),
  ]);
  await expect(page.getByText("Front page saved.")).toBeVisible();
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("only an admin deletes a story for good, after typing its headline", async ({ admin: page }) => {
  const headline = `Draft To Delete ${Date.now()}`;
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Body").fill("Nobody will read this.");
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // A story in use is archived first; deleting for good is the second step.
  await expect(page.getByRole("button", { name: "Delete for good…" })).toHaveCount(0);
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await expect(page.getByText("Archived. Readers can no longer see it.")).toBeVisible();

  await page.getByRole("button", { name: "Delete for good…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this story for good?" });
  await expect(dialog).toBeVisible();
  const confirm = dialog.getByRole("button", { name: "Delete for good" });
  await dialog.getByLabel("Type the headline to confirm").fill("Draft To Delete");
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Type the headline to confirm").fill(headline);
  await confirm.click();

  await expect(page).toHaveURL(/\/admin\/stories\?notice=deleted$/);
  await expect(page.getByText("The story was deleted for good.")).toBeVisible();
  await page.getByRole("searchbox", { name: "Headline" }).fill(headline);
  await page.getByRole("button", { name: "Show stories" }).click();
  await expect(page.getByText("No story matches.")).toBeVisible();
});

test("the dashboard, story list, front page and edit page have no serious accessibility violations", async ({ editor: page }) => {
  await openInAdmin(page, relatedStories[10]!.headline);
  const editPage = page.url();
  for (const path of ["/admin", "/admin/stories?status=published&sort=headline", "/admin/front-page", editPage]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expectNoSeriousAxeViolations(page, path);
  }
});
