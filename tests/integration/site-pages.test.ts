import { beforeEach, describe, expect, test } from "vitest";
import { ForbiddenError } from "@/lib/platform/errors";
import { ABOUT_SLUG, defaultAboutPage, loadSitePage, saveSitePage } from "@/lib/newsroom/site-pages";
import { paragraphsOf, sitePageSchema } from "@/lib/validation/site-page";
import { createStaff, emptyDatabase, testDb } from "./database";

beforeEach(emptyDatabase);

describe("the About page", () => {
  test("is nothing stored until an editor saves it; readers then get the default text", async () => {
    expect(await loadSitePage(ABOUT_SLUG)).toBeNull();
    const fallback = defaultAboutPage("The Harbour Times");
    expect(fallback.title).toBe("About The Harbour Times");
    expect(paragraphsOf(fallback.body).length).toBeGreaterThan(0);
  });

  test("an editor's save is stored, replaces the last one, and is in the audit log", async () => {
    const editor = await createStaff("editor");
    await saveSitePage(ABOUT_SLUG, { title: "About us", body: "First." }, editor);
    await saveSitePage(ABOUT_SLUG, { title: "Who we are", body: "One.\n\nTwo." }, editor);

    expect(await loadSitePage(ABOUT_SLUG)).toMatchObject({ title: "Who we are", body: "One.\n\nTwo." });
    expect(await testDb.sitePage.count()).toBe(1);
    const entries = await testDb.auditEntry.findMany({ where: { action: "site_page.update" }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => [entry.actorId, entry.details])).toEqual([
      [editor.id, { page: ABOUT_SLUG, title: "About us" }],
      [editor.id, { page: ABOUT_SLUG, title: "Who we are" }],
    ]);
  });

  test("a writer's save is refused and changes nothing", async () => {
    const writer = await createStaff("writer");
    await expect(saveSitePage(ABOUT_SLUG, { title: "Mine", body: "Mine." }, writer)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await loadSitePage(ABOUT_SLUG)).toBeNull();
    expect(await testDb.auditEntry.count()).toBe(0);
  });

  test("text with NUL bytes and control characters is stored without them", async () => {
    const admin = await createStaff("admin");
    const parsed = sitePageSchema.parse({ title: "About\u0000 us", body: "Line\u0000 one\r\n\r\nLine\u0007 two" });
    await saveSitePage(ABOUT_SLUG, parsed, admin);
    const stored = await loadSitePage(ABOUT_SLUG);
    expect(stored).toMatchObject({ title: "About us", body: "Line one\n\nLine two" });
    expect(paragraphsOf(stored!.body)).toEqual(["Line one", "Line two"]);
  });
});
