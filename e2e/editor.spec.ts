import { expect, test } from "@playwright/test";
import { relatedStories } from "../prisma/demo-content";
import { test as staffTest } from "./support/staff";

test("an editor writes, links and publishes a story, and a reader sees it at once", async ({ page, browser }) => {
  const stamp = Date.now();
  const headline = `Harbour Authority Approves Night Ferry Trial ${stamp}`;
  const [first, second] = [relatedStories[5]!, relatedStories[1]!];

  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Dek").fill("A six-month trial starts in spring.");
  await page.getByLabel("Section").selectOption({ label: "Americas" });
  await page.getByLabel("Tags").fill("Transport, Ferries");
  await page.getByLabel("Body").fill("The harbour authority voted on Tuesday.\n\nService begins in April.");
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // Link two stories, then put the second one first.
  for (const story of [first, second]) {
    await page.getByRole("combobox", { name: "Search stories to link" }).fill(story.headline);
    await page.getByRole("option", { name: story.headline }).click();
  }
  await page.getByRole("button", { name: `Move “${second.headline}” up` }).click();
  await page.getByRole("button", { name: "Save links" }).click();
  await expect(page.getByText("Links saved.")).toBeVisible();

  // A draft is invisible to readers (and these pages are now cached).
  const reader = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  for (const path of ["/", "/sections/americas", "/tags/ferries", `/search?q=${stamp}`]) {
    await reader.goto(path);
    await expect(reader.getByRole("link", { name: headline })).toHaveCount(0);
  }

  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. Readers can see it now.")).toBeVisible();

  // The lists it is on show it at once, and search finds it: the cached pages were refreshed.
  for (const path of ["/sections/americas", "/tags/ferries", `/search?q=${stamp}`]) {
    await reader.goto(path);
    await expect(reader.getByRole("main").getByRole("link", { name: headline })).toBeVisible();
  }
  await reader.goto("/");
  await reader.getByRole("link", { name: headline }).click();
  await expect(reader.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(reader.getByText("Service begins in April.")).toBeVisible();
  const related = reader.getByRole("navigation", { name: "Related headlines" }).getByRole("link");
  await expect(related.nth(0)).toHaveText(second.headline);
  await expect(related.nth(1)).toHaveText(first.headline);
  await reader.close();
});

test("a story that fails validation keeps what the editor typed", async ({ page }) => {
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill("A headline with a bad slug");
  await page.getByLabel("Slug").fill("Not A Slug!");
  await page.getByLabel("Body").fill("Some words the editor would hate to lose.");
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByText("Use lowercase letters, digits and single hyphens in the slug.")).toBeVisible();
  await expect(page.getByLabel("Headline")).toHaveValue("A headline with a bad slug");
  await expect(page.getByLabel("Body")).toHaveText("Some words the editor would hate to lose.");
});

test("a duplicate slug is a clear message, not a crash", async ({ page }) => {
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill("Another story");
  await page.getByLabel("Slug").fill(relatedStories[0]!.slug);
  await page.getByLabel("Body").fill("Text.");
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByText(`Another story already uses the slug “${relatedStories[0]!.slug}”`).first()).toBeVisible();
  await expect(page.getByLabel("Headline")).toHaveValue("Another story");
});

// An editor of its own: signing the shared stored session out would sign out every spec after this one.
staffTest("signing out ends the session", async ({ editor: page }) => {
  await page.goto("/admin");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});
