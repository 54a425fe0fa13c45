import { expect, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { createStaff, signIn, test } from "./support/staff";

// The desk: nothing typed is lost, and a layout for long work.

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e4)}`;
const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const saveState = (page: Page) => page.getByRole("region", { name: "Story status" }).getByRole("status");
const editAddress = /\/admin\/stories\/[0-9a-f-]{36}$/;

/** Leaving a page with unsaved text asks first; these tests say yes. */
const acceptLeaving = (page: Page) => page.on("dialog", (dialog) => void dialog.accept());

async function typeAtEnd(page: Page, text: string) {
  await body(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(text);
}

/** A draft made through the new-story page; returns its edit address. */
async function createDraft(page: Page, headline: string, text: string) {
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(headline);
  await body(page).fill(text);
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/stories\/[0-9a-f-]{36}\?notice=saved$/);
  return new URL(page.url()).pathname;
}

async function createPublished(page: Page, headline: string, text: string) {
  const path = await createDraft(page, headline, text);
  await page.getByRole("button", { name: "Publish now", exact: true }).click();
  await expect(page.getByText("Published. Readers can see it now.")).toBeVisible();
  return path;
}

test("a new story becomes a draft at the first pause, and a reload at once loses nothing", async ({
  editor: page,
}) => {
  acceptLeaving(page);
  const headline = `Pier Lights Restored ${unique()}`;
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(headline);
  await body(page).click();
  await page.keyboard.type("The lights came on at dusk.");
  // Reloaded before any save: the browser kept it, and offers it back.
  await page.reload();
  await expect(
    page.getByRole("heading", { name: /^Restore the unsaved text from \d\d:\d\d [A-Z]/ }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(page.getByLabel("Headline")).toHaveValue(headline);
  await expect(body(page)).toHaveText("The lights came on at dusk.");

  // The first pause saves it as a draft and moves to its edit address, without a reload.
  await expect(saveState(page)).toHaveText(/^Saved \d\d:\d\d [A-Z]{2,5}$/, { timeout: 10_000 });
  await expect(page).toHaveURL(editAddress);
  await expect(page.getByLabel("Headline")).toHaveValue(headline);

  // Typing on, and reloading at once: the saved draft plus the kept text.
  await typeAtEnd(page, " Crowds cheered.");
  await page.reload();
  await expect(page).toHaveURL(editAddress);
  await expect(body(page)).toHaveText("The lights came on at dusk.");
  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(body(page)).toHaveText("The lights came on at dusk. Crowds cheered.");
  await expect(saveState(page)).toHaveText(/^Saved /, { timeout: 10_000 });
  await page.reload();
  await expect(body(page)).toHaveText("The lights came on at dusk. Crowds cheered.");
  await expect(page.getByRole("heading", { name: /^Restore the unsaved text/ })).toHaveCount(0);
});

test("a published story's unsaved text survives a reload, and leaving asks first", async ({
  editor: page,
}) => {
  const path = await createPublished(page, `Ferry Timetable Changes ${unique()}`, "Boats leave hourly.");
  await typeAtEnd(page, " From May, every half hour.");
  await expect(saveState(page)).toHaveText("Unsaved changes");

  const warned = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await warned;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.dismiss();
  // Staying: the text is still there.
  await expect(body(page)).toHaveText("Boats leave hourly. From May, every half hour.");

  acceptLeaving(page);
  await page.reload();
  expect(new URL(page.url()).pathname).toBe(path);
  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(body(page)).toHaveText("Boats leave hourly. From May, every half hour.");
});

test("offline, the text is kept on this device and survives the page being closed", async ({
  editor: page,
}) => {
  const path = await createDraft(page, `Market Square Repaved ${unique()}`, "Work ends Friday.");
  const context = page.context();
  await context.setOffline(true);
  await typeAtEnd(page, " Stalls return Saturday.");
  await expect(saveState(page)).toHaveText("Offline – kept on this device");
  await page.waitForTimeout(3_000);
  await expect(saveState(page)).toHaveText("Offline – kept on this device");
  await page.close();

  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(path);
  await expect(body(again)).toHaveText("Work ends Friday.");
  await again.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(body(again)).toHaveText("Work ends Friday. Stalls return Saturday.");
  await expect(saveState(again)).toHaveText(/^Saved /, { timeout: 10_000 });
  await again.reload();
  await expect(body(again)).toHaveText("Work ends Friday. Stalls return Saturday.");
});

test("Ctrl+S saves, and a publishing step keeps the typing", async ({ editor: page }) => {
  const headline = `Harbour Crane Sold ${unique()}`;
  const path = await createPublished(page, headline, "The crane fetched a record price.");

  await page.getByLabel("Headline").fill(`${headline}, at Last`);
  await expect(saveState(page)).toHaveText("Unsaved changes");
  await page.keyboard.press("ControlOrMeta+s");
  await expect(saveState(page)).toHaveText(/^Saved /);
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // Typing, then unpublishing before saving: the form stays as it was.
  await typeAtEnd(page, " The buyer is a museum.");
  await page.getByRole("button", { name: "Unpublish", exact: true }).click();
  await expect(page.getByText("Unpublished. Readers can no longer see it.")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Story status" }).getByText("Draft", { exact: true }),
  ).toBeVisible();
  await expect(body(page)).toHaveText("The crane fetched a record price. The buyer is a museum.");
  await expect(page.getByLabel("Headline")).toHaveValue(`${headline}, at Last`);
  // Now a draft, it saves itself, on the version the step made (no conflict with itself).
  await expect(saveState(page)).toHaveText(/^Saved /, { timeout: 10_000 });
  await expect(page.getByText("Someone else saved this story")).toHaveCount(0);

  // Publishing while typing saves the typing first, and publishes it.
  await typeAtEnd(page, " It opens in June.");
  await page.getByRole("button", { name: "Publish now", exact: true }).click();
  await expect(page.getByText("Published. Readers can see it now.")).toBeVisible();
  await expect(body(page)).toHaveText(
    "The crane fetched a record price. The buyer is a museum. It opens in June.",
  );
  await expect(saveState(page)).toHaveText(/^Saved /);
  await page.getByRole("link", { name: "View on site" }).click();
  await expect(page.getByText("It opens in June.")).toBeVisible();
  await page.goto(path);
  await expect(body(page)).toHaveText(
    "The crane fetched a record price. The buyer is a museum. It opens in June.",
  );
});

test("scheduling from the settings panel saves the typed text first", async ({ editor: page }) => {
  acceptLeaving(page);
  const path = await createDraft(page, `Lifeboat Station Opens ${unique()}`, "The crew trained all winter.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Submitted for review.")).toBeVisible();
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("Approved. It can be scheduled or published.")).toBeVisible();

  // Approved, it no longer saves itself: the text typed now is saved by the step.
  await typeAtEnd(page, " Doors open at ten.");
  await expect(saveState(page)).toHaveText("Unsaved changes");
  await page.getByLabel("Publish at").fill(`${new Date().getFullYear() + 1}-03-01T10:00`);
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByText("Scheduled. Readers see it from the time you chose.")).toBeVisible();
  await expect(saveState(page)).toHaveText(/^Saved /);

  await page.goto(path);
  await expect(body(page)).toHaveText("The crew trained all winter. Doors open at ten.");
  await expect(page.getByRole("heading", { name: /^Restore the unsaved text/ })).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: "Story status" }).getByText("Scheduled", { exact: true }),
  ).toBeVisible();
});

test("a writer sees their story in review as read-only, and can withdraw it", async ({
  browser,
}, testInfo) => {
  const writer = await signIn(browser, await createStaff("writer"));
  const headline = `School Roof Mended ${unique()}`;
  await createDraft(writer, headline, "Builders finished early.");
  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByText("Submitted for review.")).toBeVisible();

  await expect(writer.getByText(/In review: an editor is reading this version/)).toBeVisible();
  await expect(writer.getByRole("heading", { level: 1, name: "Story in review" })).toBeVisible();
  await expect(writer.getByRole("heading", { name: headline })).toBeVisible();
  await expect(writer.getByText("Builders finished early.")).toBeVisible();
  await expect(writer.getByLabel("Headline")).toHaveCount(0);
  await expect(writer.getByRole("button", { name: "Save story" })).toHaveCount(0);
  await writer.screenshot({ path: testInfo.outputPath("desk-in-review-read-only.png") });

  await writer.getByRole("button", { name: "Withdraw from review" }).click();
  await expect(writer.getByText("Withdrawn from review.")).toBeVisible();
  await expect(writer.getByLabel("Headline")).toHaveValue(headline);
  await typeAtEnd(writer, " The gym reopens Monday.");
  await expect(saveState(writer)).toHaveText(/^Saved /, { timeout: 10_000 });
  await writer.context().close();
});

test("restoring a revision asks first, says what changes, and makes a new revision", async ({
  editor: page,
}) => {
  const path = await createDraft(page, `Tram Fares Rise ${unique()}`, "Fares rise by ten cents.");
  const newHeadline = `Tram Fares Frozen ${unique()}`;
  await page.getByLabel("Headline").fill(newHeadline);
  await page.getByLabel("Slug").fill("");
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(saveState(page)).toHaveText(/^Saved /);

  await page.goto(`${path}/revisions`);
  await page.getByRole("button", { name: "Restore version 1…" }).click();
  const dialog = page.getByRole("dialog", { name: "Restore version 1?" });
  await expect(dialog).toContainText(`replaces “${newHeadline}”`);
  await expect(dialog).toContainText("Becomes /stories/tram-fares-rise-");
  await expect(dialog).toContainText("5 words, instead of 5 words now.");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row", { name: /Restored from version/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Restore version 1…" }).click();
  await dialog.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByText("Version 1 restored as version 3.")).toBeVisible();
  await expect(page.getByRole("row", { name: /^3 .*Restored from version 1/ })).toBeVisible();
  await page.goto(path);
  await expect(page.getByLabel("Headline")).toHaveValue(/^Tram Fares Rise /);
  await expect(page.getByLabel("Slug")).toHaveValue(/^tram-fares-rise-/);
});

test("the desk at 360 px: no sideways scrolling, the settings open as a panel, every admin link reachable", async ({
  admin: page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const path = await createDraft(page, `Clock Tower Chimes Again ${unique()}`, "The bells rang at noon.");
  const nav = page.getByRole("navigation", { name: "Admin" });
  for (const name of ["Audit log", "View site"]) {
    await expect(nav.getByRole("link", { name })).toBeInViewport();
  }
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  await expect(page.getByLabel("Tags")).toBeHidden();
  await page.getByRole("button", { name: "Settings" }).click();
  await expect(page.getByLabel("Tags")).toBeVisible();
  await page.getByLabel("Tags").fill("Bells");
  await page.getByRole("button", { name: "Close settings" }).click();
  await expect(page.getByLabel("Tags")).toBeHidden();
  await expect(saveState(page)).toHaveText(/^Saved /, { timeout: 10_000 });
  await page.goto(path);
  await expect(page.getByLabel("Tags")).toHaveValue("Bells");
  // The chrome and the desk do not scroll sideways (the story list has a test of its own).
  for (const route of ["/admin", "/admin/account", path]) {
    await page.goto(route);
    expect(await overflow(), route).toBe(0);
  }
});

test("the story list at 360 px reads without sideways scrolling, and its rows can still be selected", async ({
  admin: page,
}, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/admin/stories");
    const table = page.getByRole("table");
    await expect(table).toBeVisible();
    // Neither the page nor the list's own box scrolls sideways.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    expect(
      await table.evaluate(
        (element) => element.parentElement!.scrollWidth - element.parentElement!.clientWidth,
      ),
    ).toBe(0);
    const box = await table.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    // Still a table to assistive technology, each story a row.
    expect(await page.getByRole("row").count()).toBeGreaterThan(2);
    await expect(page.getByRole("columnheader", { name: "Headline" })).toHaveCount(1);

    const boxes = page.getByRole("checkbox", { name: /^Select “/ });
    for (const index of [0, 1]) {
      const checkbox = boxes.nth(index);
      const size = await checkbox.boundingBox();
      expect(size!.width).toBeGreaterThanOrEqual(20);
      await checkbox.check();
    }
    await expect(page.getByText("2 stories selected")).toBeVisible();
    await page.screenshot({
      path: testInfo.outputPath(`story-list-360-${colorScheme}.png`),
      fullPage: false,
    });
    await expectNoSeriousAxeViolations(page, colorScheme);
  }
});

test("the edit page has no serious accessibility violations, wide or narrow, light or dark", async ({
  editor: page,
}, testInfo) => {
  // Four pages checked by axe, each a few seconds on a busy machine.
  test.setTimeout(90_000);
  const path = await createDraft(
    page,
    `Museum Roof Opens ${unique()}`,
    "Visitors can climb to the roof terrace.",
  );
  for (const [width, height] of [
    [1366, 900],
    [360, 740],
  ] as const) {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(body(page)).toBeVisible();
      await page.screenshot({
        path: testInfo.outputPath(`desk-${width}-${colorScheme}.png`),
        fullPage: false,
      });
      await expectNoSeriousAxeViolations(page, `${width} ${colorScheme}`);
    }
  }
  await page.getByRole("button", { name: "Settings" }).click();
  await page.screenshot({ path: testInfo.outputPath("desk-360-dark-settings.png") });
});
