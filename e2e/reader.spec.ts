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

  // The related headlines are the editors' links, in the seed page's order.
  const related = page.getByRole("navigation", { name: "Related headlines" }).getByRole("link");
  await expect(related).toHaveText(relatedStories.slice(0, 8).map((story) => story.headline));

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
