/**
 * Sections and tags in the newsroom: an editor creates, describes, renames,
 * reorders and archives a section, and readers see each change at once (the
 * old address redirecting to the new); an editor merges tags and cannot
 * delete one in use. The pages are usable by keyboard, pass axe, and fit
 * 360 px, light and dark.
 */
import { expect, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { createStaff, signedOut, signIn, test } from "./support/staff";

const sectionsNav = (page: Page) => page.getByRole("navigation", { name: "Sections" });

test("an editor creates and renames a section; readers see the new name and the old address redirects", async ({
  editor: page,
  browser,
}) => {
  const stamp = Date.now().toString(36);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Sections" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sections" })).toBeVisible();

  await page.getByLabel("Name").fill(`Harbours ${stamp}`);
  await page.getByRole("button", { name: "Create the section" }).click();
  await expect(page.getByText("Section created. It is last in the navigation.")).toBeVisible();
  await expect(page.getByRole("link", { name: `Harbours ${stamp}` })).toBeVisible();

  const reader = await browser.newPage(signedOut);
  // Readers' copies of the front page and of the section page are cached before the rename.
  await reader.goto("/");
  await expect(sectionsNav(reader).getByRole("link", { name: `Harbours ${stamp}` })).toBeVisible();
  await reader.goto(`/sections/harbours-${stamp}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`Harbours ${stamp}`);

  await page.getByRole("link", { name: `Harbours ${stamp}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Harbours ${stamp}` })).toBeVisible();
  await page.getByLabel("Name").fill(`Ports ${stamp}`);
  await page.getByLabel("Address").fill(`ports-${stamp}`);
  await page.getByLabel("Description").fill("Ships, cargo and the towns that live from them.");
  await page.getByRole("button", { name: "Save the section" }).click();
  await expect(page.getByText("Saved. Readers see the change now.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Ports ${stamp}` })).toBeVisible();

  await reader.goto("/");
  await expect(sectionsNav(reader).getByRole("link", { name: `Ports ${stamp}` })).toBeVisible();
  await expect(sectionsNav(reader).getByRole("link", { name: `Harbours ${stamp}` })).toHaveCount(0);
  const response = await reader.goto(`/sections/harbours-${stamp}`);
  expect(reader.url()).toMatch(new RegExp(`/sections/ports-${stamp}$`));
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`Ports ${stamp}`);
  await expect(reader.getByText("Ships, cargo and the towns that live from them.")).toBeVisible();

  const moved = await reader.request.get(`/sections/harbours-${stamp}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toMatch(new RegExp(`/sections/ports-${stamp}$`));
  const feed = await reader.request.get(`/sections/harbours-${stamp}/feed.xml`, { maxRedirects: 0 });
  expect(feed.status()).toBe(308);
  expect(feed.headers().location).toBe(`/sections/ports-${stamp}/feed.xml`);
  await reader.close();
});

test("a refused section keeps what was typed and says why", async ({ editor: page }) => {
  await page.goto("/admin/sections");
  await page.getByLabel("Name").fill("A second Americas");
  await page.getByLabel("Address").fill("americas");
  await page.getByLabel("Description").fill("Kept text.");
  await page.getByRole("button", { name: "Create the section" }).click();
  await expect(page.getByText("already has the address /sections/americas").first()).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("A second Americas");
  await expect(page.getByLabel("Description")).toHaveValue("Kept text.");
});

test("sections move with the keyboard, and an archived one leaves the navigation but stays readable", async ({
  editor: page,
  browser,
}) => {
  const stamp = Date.now().toString(36);
  await page.goto("/admin/sections");
  await page.getByLabel("Name").fill(`Lighthouses ${stamp}`);
  await page.getByRole("button", { name: "Create the section" }).click();
  await expect(page.getByText("Section created.")).toBeVisible();

  const names = () =>
    page.getByRole("list").first().getByRole("listitem").getByRole("link").allTextContents();
  const before = await names();
  expect(before.at(-1)).toBe(`Lighthouses ${stamp}`);
  const up = page.getByRole("button", { name: `Move Lighthouses ${stamp} up` });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect.poll(names).toEqual([...before.slice(0, -2), `Lighthouses ${stamp}`, before.at(-2)]);
  await expect(page.getByRole("button", { name: `Move Lighthouses ${stamp} up` })).toBeFocused();

  await page.getByRole("link", { name: `Lighthouses ${stamp}` }).click();
  await page.getByRole("button", { name: "Archive the section" }).click();
  await expect(page.getByText("Archived. The section has left the navigation")).toBeVisible();

  const reader = await browser.newPage(signedOut);
  await reader.goto("/");
  await expect(sectionsNav(reader).getByRole("link", { name: "Americas" })).toBeVisible();
  await expect(sectionsNav(reader).getByRole("link", { name: `Lighthouses ${stamp}` })).toHaveCount(0);
  const response = await reader.goto(`/sections/lighthouses-${stamp}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`Lighthouses ${stamp}`);
  await reader.close();

  await page.goto("/admin/stories/new");
  await expect(page.getByRole("option", { name: `Lighthouses ${stamp}` })).toHaveCount(0);

  await page.goto("/admin/sections");
  await page.getByRole("link", { name: `Lighthouses ${stamp}` }).click();
  await page.getByRole("button", { name: "Unarchive: back in the navigation" }).click();
  await expect(page.getByText("Back in the navigation, last in the order.")).toBeVisible();
});

test("an editor merges one tag into another, the old address redirects, and a tag in use cannot be deleted", async ({
  editor: page,
  browser,
}) => {
  const stamp = Date.now().toString(36);
  // A story has the tag that goes.
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(`High Water at the Quay ${stamp}`);
  await page.getByLabel("Body").fill("The tide peaked at noon.");
  await page.getByLabel("Tags").fill(`Tide ${stamp}`);
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Tags" }).click();
  await page.getByLabel("Name").fill(`Tides ${stamp}`);
  await page.getByRole("button", { name: "Create the tag" }).click();
  await expect(page.getByText("Tag created.")).toBeVisible();
  await page.goto(`/admin/tags?q=${encodeURIComponent(`tide ${stamp}`)}`);
  await page.getByRole("link", { name: `Tide ${stamp}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tide ${stamp}` })).toBeVisible();

  // Merging cannot be undone: it asks first, saying how many stories move, and Cancel changes nothing.
  await page.getByLabel("Tag to keep").selectOption({ label: `Tides ${stamp} (0 stories)` });
  const merge = page.getByRole("button", { name: `Merge “Tide ${stamp}” into it` });
  await merge.click();
  const confirmation = page.getByRole("group", { name: `Merge “Tide ${stamp}” into “Tides ${stamp}”?` });
  await expect(confirmation).toBeFocused();
  await expect(confirmation).toContainText(`1 story tagged “Tide ${stamp}” moves to “Tides ${stamp}”`);
  await expect(confirmation).toContainText("This cannot be undone.");
  await expectNoSeriousAxeViolations(page);
  await confirmation.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmation).toHaveCount(0);
  await expect(merge).toBeFocused();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: `Tide ${stamp}` })).toBeVisible();

  await page.getByLabel("Tag to keep").selectOption({ label: `Tides ${stamp} (0 stories)` });
  await merge.click();
  await confirmation.getByRole("button", { name: "Merge for good" }).click();
  await expect(page.getByText("Merged.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Tides ${stamp}` })).toBeVisible();
  await expect(page.getByText(/^1 story ·/)).toBeVisible();

  const reader = await browser.newPage(signedOut);
  await reader.goto(`/tags/tide-${stamp}`);
  expect(reader.url()).toMatch(new RegExp(`/tags/tides-${stamp}$`));
  await reader.close();

  await page.goto("/admin/tags");
  await page.getByRole("searchbox", { name: "Find a tag" }).fill("caribbean");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "Tags matching “caribbean”" })).toBeVisible();
  await page.getByRole("link", { name: "Caribbean" }).click();
  await page.getByRole("button", { name: "Delete “Caribbean”" }).click();
  await expect(
    page.getByText(/“Caribbean” is on \d+ stor(y|ies), so it cannot be deleted/).first(),
  ).toBeVisible();
  await page.goto("/admin/tags?q=caribbean");
  await expect(page.getByRole("link", { name: "Caribbean" })).toBeVisible();
});

test("a writer cannot open the sections or tags pages, nor see them in the menu", async ({ browser }) => {
  const writer = await signIn(browser, await createStaff("writer"));
  const menu = writer.getByRole("navigation", { name: "Admin" });
  await expect(menu.getByRole("link", { name: "Stories" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Sections" })).toHaveCount(0);
  await expect(menu.getByRole("link", { name: "Tags" })).toHaveCount(0);
  for (const path of ["/admin/sections", "/admin/tags"]) {
    expect((await writer.goto(path))?.status()).toBe(404);
  }
  await writer.context().close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the sections and tags pages pass axe and fit 1366 and 360 px (${colorScheme})`, async ({
    editor: page,
  }, testInfo) => {
    test.setTimeout(90_000);
    await page.goto("/admin/sections");
    const sectionPath = await page.getByRole("link", { name: "Americas", exact: true }).getAttribute("href");
    await page.goto("/admin/tags?q=cuba");
    const tagPath = await page.getByRole("link", { name: "Cuba", exact: true }).getAttribute("href");
    const pages = { sections: "/admin/sections", section: sectionPath!, tags: "/admin/tags", tag: tagPath! };
    await page.emulateMedia({ colorScheme });
    for (const width of [1366, 360]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(0);
        if (width === 1366) await expectNoSeriousAxeViolations(page, `${name} ${colorScheme}`);
        await page.screenshot({
          path: testInfo.outputPath(`${name}-${width}-${colorScheme}.png`),
          fullPage: true,
        });
      }
    }
  });
}
