import { expect, test } from "@playwright/test";
import { leadStory } from "../prisma/demo-content";
import { expectNoSeriousAxeViolations } from "./support/axe";

const pages = [
  { name: "front page", path: "/" },
  { name: "story", path: `/stories/${leadStory.slug}` },
  { name: "section", path: "/sections/americas" },
  { name: "search", path: "/search?q=venezuela" },
];

for (const { name, path } of pages) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`the ${name} has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expectNoSeriousAxeViolations(page, `${path} ${colorScheme}`);
    });
  }
}

test("a keyboard user can skip to the content", async ({ page }) => {
  await page.goto(`/stories/${leadStory.slug}`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the story page fits a 360 px wide screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/stories/${leadStory.slug}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
