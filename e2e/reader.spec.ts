import { expect, test } from "@playwright/test";
import { leadStory, relatedStories } from "../prisma/demo-content";

test("a reader goes from the front page to the lead story and on to a related headline", async ({ page }) => {
  await page.goto("/");
  const lead = page.getByRole("link", { name: leadStory.headline });
  await expect(lead).toBeVisible();
  await lead.click();

  await expect(page.getByRole("heading", { level: 1, name: leadStory.headline })).toBeVisible();
  await expect(page.getByText(leadStory.dek)).toBeVisible();
  await expect(page.locator("article time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);

  // The related headlines are the editors' links, all seventeen, in the seed page's order.
  const related = page.getByRole("navigation", { name: "Related headlines" }).getByRole("link");
  await expect(related).toHaveText(relatedStories.map((story) => story.headline));

  const third = relatedStories[2]!;
  await related.nth(2).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${third.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: third.headline })).toBeVisible();
});

test("an unknown story is a real 404 page", async ({ page }) => {
  const response = await page.goto("/stories/no-such-story-anywhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a signed-out visitor is sent from the admin to the sign-in page", async ({ page }) => {
  await page.goto("/admin/stories/new");
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
});

test("a wrong password is refused with a message and keeps the email", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill("editor@newsroom.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("editor@newsroom.test");
});

test("a story describes itself to search engines and social networks", async ({ page }) => {
  await page.goto(`/stories/${leadStory.slug}`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(new RegExp(`^https?://[^/]+/stories/${leadStory.slug}$`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", leadStory.headline);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.flatMap((block) => JSON.parse(block) as Record<string, unknown>[]);
  const article = data.find((item) => item["@type"] === "NewsArticle");
  expect(article).toMatchObject({
    headline: leadStory.headline,
    publisher: { "@type": "NewsMediaOrganization", name: "Newsroom" },
  });
  expect(Date.parse(String(article?.datePublished))).not.toBeNaN();
  expect((article?.author as { name: string }[]).length).toBe(leadStory.authors.length);
  const breadcrumb = data.find((item) => item["@type"] === "BreadcrumbList");
  const trail = breadcrumb?.itemListElement as { name: string; position: number }[];
  expect(trail.map((item) => item.name)).toEqual(["Newsroom", "Americas", leadStory.headline]);
});
