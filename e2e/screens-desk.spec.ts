/**
 * The newsroom pages the desk's parts appear on, each at 1366 and 360 px,
 * light and dark: a writer's story in review, the story list, a tag's merge
 * confirmation and a new story with its hero image chosen. Each passes axe,
 * none scrolls sideways, and a screenshot of each is kept with the results.
 */
import { expect, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { createStaff, signIn, test } from "./support/staff";

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e4)}`;

/** Each width and colour scheme in turn: `show` brings the page to the state to look at. */
async function everyWay(
  page: Page,
  name: string,
  show: () => Promise<void>,
  outputPath: (file: string) => string,
) {
  for (const width of [1366, 360]) {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      await page.emulateMedia({ colorScheme });
      await show();
      const where = `${name} ${width} ${colorScheme}`;
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
        where,
      ).toBe(0);
      await page.screenshot({ path: outputPath(`${name}-${width}-${colorScheme}.png`), fullPage: true });
      await expectNoSeriousAxeViolations(page, where);
    }
  }
}

test("a writer's story in review, headed as such", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const writer = await signIn(browser, await createStaff("writer"));
  await writer.goto("/admin/stories/new");
  await writer.getByLabel("Headline").fill(`Ferry Pier Reopens ${unique()}`);
  await writer.getByLabel("Body").fill("The pier was closed for a month.");
  await writer.getByRole("button", { name: "Create story" }).click();
  await expect(writer.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByText("Submitted for review.")).toBeVisible();
  const path = new URL(writer.url()).pathname;
  await everyWay(
    writer,
    "in-review",
    async () => {
      await writer.goto(path);
      await expect(writer.getByRole("heading", { level: 1, name: "Story in review" })).toBeVisible();
    },
    (file) => testInfo.outputPath(file),
  );
  await writer.context().close();
});

test("the story list", async ({ admin: page }, testInfo) => {
  test.setTimeout(90_000);
  await everyWay(
    page,
    "story-list",
    async () => {
      await page.goto("/admin/stories");
      await page
        .getByRole("checkbox", { name: /^Select “/ })
        .first()
        .check();
      await expect(page.getByText("1 story selected")).toBeVisible();
    },
    (file) => testInfo.outputPath(file),
  );
});

test("a tag's merge confirmation", async ({ editor: page }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto("/admin/tags?q=cuba");
  const tagPath = await page.getByRole("link", { name: "Cuba", exact: true }).getAttribute("href");
  await everyWay(
    page,
    "tag-merge",
    async () => {
      await page.goto(tagPath!);
      await page.getByLabel("Tag to keep").selectOption({ index: 1 });
      await page.getByRole("button", { name: "Merge “Cuba” into it" }).click();
      await expect(page.getByRole("group", { name: /^Merge “Cuba” into/ })).toBeFocused();
    },
    (file) => testInfo.outputPath(file),
  );
});

test("a new story with its hero image chosen from the library", async ({ editor: page }, testInfo) => {
  test.setTimeout(90_000);
  // The chosen image is an unsaved change: leaving asks first, and the test says yes.
  page.on("dialog", (dialog) => void dialog.accept());
  await everyWay(
    page,
    "hero-chosen",
    async () => {
      await page.goto("/admin/stories/new");
      const settings = page.getByRole("button", { name: "Settings" });
      if (await settings.isVisible()) await settings.click();
      const hero = page.getByRole("group", { name: "Hero image" });
      await hero.getByRole("button", { name: "Choose hero image" }).click();
      await hero
        .getByRole("button", { name: /^Use as hero image: / })
        .first()
        .click();
      await expect(hero.getByRole("button", { name: "Change hero image" })).toBeVisible();
      await page.getByLabel("Hero caption").scrollIntoViewIfNeeded();
    },
    (file) => testInfo.outputPath(file),
  );
});
