/**
 * Author profiles and the media library: a writer edits their profile and
 * readers see it on their page and in the story's JSON-LD; an editor edits an
 * image's words, cannot delete an image in use and deletes an unused one.
 */
import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { query } from "./support/db";
import { createStaff, signedOut, signIn, test } from "./support/staff";

/** A published story with the byline of the account's author (made here, as a first story would make it). */
async function storyBy(email: string) {
  const suffix = randomUUID().slice(0, 8);
  const [author] = await query<{ id: string; slug: string }>(
    `INSERT INTO "Author" (id, slug, name, "userId", "createdAt")
     SELECT $1, $2, name, id, now() FROM "User" WHERE email = $3 RETURNING id, slug`,
    [randomUUID(), `profile-writer-${suffix}`, email],
  );
  const storySlug = `profile-story-${suffix}`;
  const [story] = await query<{ id: string }>(
    `INSERT INTO "Story" (id, slug, headline, body, "bodyHtml", "bodyText", status, "publishedAt", "updatedAt")
     VALUES ($1, $2, $3, '{"type":"doc","content":[]}', '<p>The port reopened at dawn.</p>', 'The port reopened at dawn.', 'published', now() - interval '1 minute', now())
     RETURNING id`,
    [randomUUID(), storySlug, `The port reopens ${suffix}`],
  );
  await query(`INSERT INTO "StoryAuthor" ("storyId", "authorId", position) VALUES ($1, $2, 0)`, [story!.id, author!.id]);
  return { authorSlug: author!.slug, storySlug };
}

const photo = (red: number) =>
  sharp({ create: { width: 640, height: 640, channels: 3, background: { r: red, g: 120, b: 90 } } }).jpeg().toBuffer();

async function uploadInto(page: Page, fileName: string, alt: string, red = 180) {
  await page
    .getByLabel("Image file (JPEG, PNG, WebP or AVIF, up to 10 MB)")
    .setInputFiles({ name: fileName, mimeType: "image/jpeg", buffer: await photo(red) });
  await page.getByLabel("Alt text for the new image").fill(alt);
  await page.getByRole("button", { name: "Upload image" }).click();
}

test("a writer edits their profile; readers see it on the author page and in the story's JSON-LD", async ({ browser }) => {
  const account = await createStaff("writer");
  const { authorSlug, storySlug } = await storyBy(account.email);
  const reader = await browser.newPage(signedOut);
  // Readers' copies are cached before the change.
  await reader.goto(`/authors/${authorSlug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(account.name);
  await reader.goto(`/stories/${storySlug}`);

  const page = await signIn(browser, account);
  await page.getByRole("link", { name: "My profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();

  // A wrong address is refused beside its field, and what was typed stays.
  await page.getByLabel("Title", { exact: true }).fill("Latin America correspondent");
  await page.getByLabel("X", { exact: true }).fill("https://example.com/not-x");
  await page.getByRole("button", { name: "Save your profile" }).click();
  await expect(page.getByText("Give the address of the profile on X, like https://x.com/yourname.")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Latin America correspondent");

  await page.getByLabel("Bio", { exact: true }).fill("Covers the Andes from Bogotá.\n\nBefore that, the port of Callao.");
  await page.getByLabel("X", { exact: true }).fill("x.com/andes_desk");
  await page.getByLabel("Website", { exact: true }).fill("https://andes.example.org");
  await page.getByLabel("Bluesky", { exact: true }).fill("https://bsky.app/profile/andes.bsky.social");
  await page.getByRole("button", { name: "Choose a photo" }).click();
  await uploadInto(page, "portrait.jpg", "The correspondent in a green jacket");
  await expect(page.getByRole("img", { name: "The correspondent in a green jacket" })).toBeVisible();
  await page.getByRole("button", { name: "Save your profile" }).click();
  await expect(page.getByText("Profile saved. Readers see it now.")).toBeVisible();
  await expect(page.getByLabel("X", { exact: true })).toHaveValue("https://x.com/andes_desk");

  await reader.goto(`/authors/${authorSlug}`);
  await expect(reader.getByText("Latin America correspondent")).toBeVisible();
  await expect(reader.getByText("Before that, the port of Callao.")).toBeVisible();
  await expect(reader.getByRole("img", { name: "The correspondent in a green jacket" })).toBeVisible();
  const links = reader.getByRole("list", { name: `${account.name} elsewhere` }).getByRole("link");
  await expect(links).toHaveText(["Website", "X", "Bluesky"]);
  await expect(links.first()).toHaveAttribute("rel", "me noopener");
  await expect(links.nth(1)).toHaveAttribute("href", "https://x.com/andes_desk");

  await reader.goto(`/stories/${storySlug}`);
  const documents = await reader.locator('script[type="application/ld+json"]').allTextContents();
  const article = documents.flatMap((text) => JSON.parse(text)).find((item) => item["@type"] === "NewsArticle");
  expect(article.author).toEqual([
    expect.objectContaining({
      "@type": "Person",
      name: account.name,
      url: expect.stringMatching(new RegExp(`/authors/${authorSlug}$`)),
      jobTitle: "Latin America correspondent",
      image: expect.stringMatching(/\/media\/[0-9a-f-]{36}\/w480\.webp$/),
      sameAs: ["https://andes.example.org/", "https://x.com/andes_desk", "https://bsky.app/profile/andes.bsky.social"],
    }),
  ]);

  // The photo is in use now: the library says so on its page.
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Media" }).click();
  await page.getByRole("link", { name: /The correspondent in a green jacket/ }).first().click();
  await expect(page.getByRole("region", { name: "Where it is used" }).getByRole("link", { name: account.name })).toBeVisible();
  await reader.close();
  await page.context().close();
});

test("an editor edits an image's alt text, is refused deleting one in use and deletes an unused one", async ({ editor: page }) => {
  const [used] = await query<{ id: string; headline: string }>(
    `SELECT m.id, s.headline FROM "Media" m JOIN "Story" s ON s."heroImageId" = m.id ORDER BY s."publishedAt" DESC LIMIT 1`,
  );
  await page.goto(`/admin/media/${used!.id}`);
  await expect(page.getByRole("region", { name: "Where it is used" }).getByRole("link", { name: used!.headline })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete image" }).click();
  await expect(page.getByText(/^This image is still used: it is the hero image of \d+ stor(y|ies)/)).toBeVisible();

  await page.goto("/admin/media");
  const stamp = Date.now();
  await uploadInto(page, `unused-${stamp}.jpg`, "A grey sea wall", 90);
  await expect(page.getByText("Image uploaded. Add a caption if it needs one.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Where it is used" })).toContainText("Not used anywhere.");

  await page.getByLabel("Alt text", { exact: true }).fill("");
  await page.getByLabel("Caption", { exact: true }).fill("Kept caption");
  await page.getByRole("button", { name: "Save image details" }).click();
  await expect(page.getByText("Describe the image for readers who cannot see it.")).toBeVisible();
  await expect(page.getByLabel("Caption", { exact: true })).toHaveValue("Kept caption");

  await page.getByLabel("Alt text", { exact: true }).fill(`The sea wall at low tide ${stamp}`);
  await page.getByRole("button", { name: "Save image details" }).click();
  await expect(page.getByText("Image details saved.")).toBeVisible();

  await page.goto("/admin/media");
  await page.getByRole("searchbox", { name: "Search images" }).fill(`low tide ${stamp}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(`1 image matches “low tide ${stamp}”.`)).toBeVisible();
  await page.getByRole("link", { name: new RegExp(`The sea wall at low tide ${stamp}`) }).click();

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete image" }).click();
  await expect(page.getByText("Image deleted, with its files.")).toBeVisible();
  await page.getByRole("searchbox", { name: "Search images" }).fill(`low tide ${stamp}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No image matches. Try other words.")).toBeVisible();
});

test("a library image chosen as the hero brings its caption and credit, never over what the editor typed", async ({ editor: page }) => {
  const stamp = Date.now();
  await page.goto("/admin/media");
  await uploadInto(page, `boats-${stamp}.jpg`, `Boats in the harbour ${stamp}`, 60);
  await expect(page.getByText("Image uploaded. Add a caption if it needs one.")).toBeVisible();
  await page.getByLabel("Caption", { exact: true }).fill(`Fishing boats at dawn ${stamp}`);
  await page.getByLabel("Credit", { exact: true }).fill("Photo: Ana Ruiz");
  await page.getByRole("button", { name: "Save image details" }).click();
  await expect(page.getByText("Image details saved.")).toBeVisible();

  await page.goto("/admin/stories/new");
  const hero = page.getByRole("group", { name: "Hero image" });
  const useIt = hero.getByRole("button", { name: `Use as hero image: Boats in the harbour ${stamp}` });
  await hero.getByRole("button", { name: "Choose hero image" }).click();
  await useIt.click();
  await expect(page.getByLabel("Hero alt text")).toHaveValue(`Boats in the harbour ${stamp}`);
  await expect(page.getByLabel("Hero caption")).toHaveValue(`Fishing boats at dawn ${stamp}`);
  await expect(page.getByLabel("Hero credit")).toHaveValue("Photo: Ana Ruiz");

  // Chosen again over the editor's own caption: theirs stays.
  await page.getByLabel("Hero caption").fill("The fleet, seen from the pier.");
  await hero.getByRole("button", { name: "Change hero image" }).click();
  await useIt.click();
  await expect(page.getByLabel("Hero caption")).toHaveValue("The fleet, seen from the pier.");
});

test("a writer may browse the library but not change it", async ({ browser }) => {
  const writer = await signIn(browser, await createStaff("writer"));
  await writer.goto("/admin/media");
  await writer.getByRole("list", { name: "Images" }).getByRole("link").first().click();
  await expect(writer.getByRole("region", { name: "Where it is used" })).toBeVisible();
  await expect(writer.getByRole("button", { name: "Delete image" })).toHaveCount(0);
  await expect(writer.getByLabel("Alt text", { exact: true })).toHaveCount(0);
  await writer.context().close();
});

test("the new pages have no serious accessibility violations and fit 360 px, light and dark", async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const admin = await signIn(browser, await createStaff("admin"));
  const account = await createStaff("writer");
  const { authorSlug } = await storyBy(account.email);
  const [image] = await query<{ id: string }>(`SELECT id FROM "Media" ORDER BY "createdAt" ASC LIMIT 1`);
  const [author] = await query<{ id: string }>(`SELECT id FROM "Author" WHERE slug = $1`, [authorSlug]);
  await query(`UPDATE "Author" SET "roleTitle" = 'Harbour reporter', bio = 'Writes about ships and the people on them.', "photoId" = $1, "websiteUrl" = 'https://harbour.example.org/' WHERE id = $2`, [image!.id, author!.id]);
  const pages = [
    { name: "media", path: "/admin/media" },
    { name: "image", path: `/admin/media/${image!.id}` },
    { name: "profile", path: "/admin/profile" },
    { name: "authors", path: "/admin/authors" },
    { name: "author-profile", path: `/admin/authors/${author!.id}` },
    { name: "reader-author", path: `/authors/${authorSlug}` },
  ];
  for (const { name, path } of pages) {
    for (const colorScheme of ["light", "dark"] as const) {
      await admin.emulateMedia({ colorScheme });
      for (const width of [1366, 360]) {
        await admin.setViewportSize({ width, height: width === 360 ? 740 : 900 });
        await admin.goto(path);
        await expect(admin.locator("h1")).toHaveCount(1);
        const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
        await admin.screenshot({ path: testInfo.outputPath(`${name}-${width}-${colorScheme}.png`), fullPage: true });
      }
      await expectNoSeriousAxeViolations(admin, `${path} ${colorScheme}`);
    }
  }
  await admin.context().close();
});
