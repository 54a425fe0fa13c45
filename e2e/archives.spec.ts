import { expect, test, type Page } from "@playwright/test";
import { demoAuthors, demoSections, leadStory, relatedStories } from "../prisma/demo-content";

const americas = demoSections.find((section) => section.slug === "americas")!;
const elena = demoAuthors.find((author) => author.slug === "elena-marquez-ruiz")!;

/** An archive page: one h1 with its name, its description, and the story among its headlines. */
async function expectArchive(page: Page, { name, description, headline }: { name: string; description: string; headline: string }) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(description)).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: headline })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.goto(`/stories/${leadStory.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: leadStory.headline })).toBeVisible();
});

test("a reader follows a story's section label to the section page", async ({ page }) => {
  await page.getByRole("main").getByRole("link", { name: americas.name, exact: true }).click();
  await expect(page).toHaveURL(/\/sections\/americas$/);
  await expectArchive(page, { name: americas.name, description: americas.description, headline: leadStory.headline });
  await expect(page).toHaveTitle(new RegExp(`^${americas.name} \\|`));
});

test("a reader follows a byline to the author's page", async ({ page }) => {
  await page.getByRole("main").getByRole("link", { name: elena.name }).click();
  await expect(page).toHaveURL(/\/authors\/elena-marquez-ruiz$/);
  await expectArchive(page, { name: elena.name, description: elena.bio, headline: leadStory.headline });
});

test("a reader follows a tag to the tag's page", async ({ page }) => {
  await page.getByRole("list", { name: "Tags" }).getByRole("link", { name: "Cuba", exact: true }).click();
  await expect(page).toHaveURL(/\/tags\/cuba$/);
  const cubaStory = relatedStories.find((story) => story.tags.includes("Cuba"))!;
  await expectArchive(page, { name: "Cuba", description: "Stories about Cuba", headline: leadStory.headline });
  await expect(page.getByRole("main").getByRole("link", { name: cubaStory.headline })).toBeVisible();
});

test("the header lists the sections in order and leads to each", async ({ page }) => {
  const sectionNav = page.getByRole("navigation", { name: "Sections" });
  await expect(sectionNav.getByRole("link")).toHaveText(demoSections.map((section) => section.name));

  const europe = demoSections.find((section) => section.slug === "europe")!;
  await sectionNav.getByRole("link", { name: europe.name }).click();
  await expect(page).toHaveURL(/\/sections\/europe$/);
  const europeStory = relatedStories.find((story) => story.section === "europe")!;
  await expectArchive(page, { name: europe.name, description: europe.description, headline: europeStory.headline });
  await expect(sectionNav.getByRole("link", { name: europe.name })).toHaveAttribute("aria-current", "page");
});

test("unknown sections, tags and authors are real 404 pages", async ({ page }) => {
  for (const path of ["/sections/atlantis", "/tags/no-such-tag", "/authors/nobody-at-all"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("a page link someone mangled still shows the section; an address that is no page is a 404", async ({ page }) => {
  const response = await page.goto("/sections/americas/before/not-a-real-cursor");
  expect(response?.status()).toBe(200);
  await expectArchive(page, { name: americas.name, description: americas.description, headline: leadStory.headline });
  expect((await page.goto("/sections/americas/sideways/abc"))?.status()).toBe(404);
  expect((await page.goto("/sections/americas/before/abc/more"))?.status()).toBe(404);
});
