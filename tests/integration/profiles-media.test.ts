import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";

// The library's files go to a folder of this run's own, set before lib/platform/env.ts reads it.
const mediaRoot = vi.hoisted(() => {
  const folder = `${process.env.TMPDIR ?? "/tmp"}/newsroom-profiles-media-test-${process.pid}-${Date.now()}`;
  process.env.MEDIA_ROOT = folder;
  return folder;
});

import { loadAuthorArchive } from "@/lib/reader/archives";
import { saveAuthorProfile } from "@/lib/newsroom/author-profiles";
import { ForbiddenError, InputError } from "@/lib/platform/errors";
import { deleteMedia, listMediaPage, mediaUsage, updateMediaDetails } from "@/lib/newsroom/media-library";
import type { StaffUser } from "@/lib/people/roles";
import { loadStoryPage } from "@/lib/reader/stories";
import { newsArticleJsonLd } from "@/lib/reader/structured-data";
import { authorProfileSchema } from "@/lib/validation/author-profile";
import { mediaDetailsSchema } from "@/lib/validation/media";
import { createStaff, emptyDatabase, testDb } from "./database";

beforeEach(emptyDatabase);
afterAll(() => rm(mediaRoot, { recursive: true, force: true }));

const profileForm = (overrides: Record<string, string> = {}) =>
  authorProfileSchema.parse({
    authorId: "",
    name: "Lucía Ferreira",
    roleTitle: "Latin America correspondent",
    bio: "Reports from Bogotá.\n\nBefore that, from Lima.",
    photoId: "",
    websiteUrl: "lucia.example.org",
    xUrl: "https://x.com/luciaferreira",
    mastodonUrl: "https://mastodon.social/@lucia",
    blueskyUrl: "https://bsky.app/profile/lucia.bsky.social",
    contactEmail: "Lucia@Example.org",
    ...overrides,
  });

/** An image row with files on disk, as an upload leaves them. */
async function createImage(fileName = "harbour.jpg", alt = "Boats in the harbour at dawn") {
  const id = crypto.randomUUID();
  await mkdir(path.join(mediaRoot, id), { recursive: true });
  await writeFile(path.join(mediaRoot, id, "original.jpg"), "original");
  await writeFile(path.join(mediaRoot, id, "w480.webp"), "copy");
  return testDb.media.create({
    data: {
      id,
      fileName,
      mimeType: "image/jpeg",
      width: 480,
      height: 320,
      bytes: 8,
      storageKey: `${id}/original.jpg`,
      variants: [{ width: 480, height: 320, key: `${id}/w480.webp` }],
      alt,
    },
  });
}

let sequence = 0;
async function createStory(data: { authorId?: string; heroImageId?: string; bodyHtml?: string; status?: "draft" | "published" }) {
  sequence += 1;
  return testDb.story.create({
    data: {
      slug: `profile-story-${sequence}`,
      headline: `Profile story ${sequence}`,
      body: { type: "doc", content: [] },
      bodyHtml: data.bodyHtml ?? "<p>Text.</p>",
      bodyText: "Text.",
      status: data.status ?? "published",
      publishedAt: new Date(Date.now() - 60_000),
      heroImageId: data.heroImageId,
      heroImageAlt: data.heroImageId ? "A hero" : undefined,
      authors: data.authorId ? { create: { authorId: data.authorId, position: 0 } } : undefined,
    },
    select: { id: true, slug: true },
  });
}

const authorOf = (user: StaffUser, slug = "lucia") =>
  testDb.author.create({ data: { slug, name: user.name, userId: user.id }, select: { id: true, slug: true } });

const recordedTags = async () =>
  [...new Set((await testDb.cacheInvalidation.findMany()).flatMap((row) => row.tags))].sort();

describe("author profiles", () => {
  test("the form's links are checked by kind, and addresses are tidied", () => {
    const parsed = profileForm();
    expect(parsed).toMatchObject({
      websiteUrl: "https://lucia.example.org/",
      contactEmail: "lucia@example.org",
      roleTitle: "Latin America correspondent",
    });
    const refused = authorProfileSchema.safeParse({
      ...Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, value ?? ""])),
      xUrl: "https://example.com/lucia",
      mastodonUrl: "javascript:alert(1)",
      blueskyUrl: "https://bsky.app/lucia",
      websiteUrl: "https://user:secret@example.com",
      contactEmail: "not an address",
    });
    expect(refused.success).toBe(false);
    const fields = Object.keys(refused.error!.flatten().fieldErrors).sort();
    expect(fields).toEqual(["blueskyUrl", "contactEmail", "mastodonUrl", "websiteUrl", "xUrl"]);
  });

  test("a writer edits their own profile: readers see it on their page and in the story's JSON-LD, and it is audited", async () => {
    const writer = await createStaff("writer", "Lucía Ferreira");
    const author = await authorOf(writer);
    const photo = await createImage("lucia.jpg", "Lucía Ferreira, smiling");
    const story = await createStory({ authorId: author.id });

    const saved = await saveAuthorProfile(profileForm({ photoId: photo.id }), writer);

    expect(saved.authorId).toBe(author.id);
    const archive = await loadAuthorArchive("lucia");
    expect(archive?.author).toMatchObject({
      name: "Lucía Ferreira",
      roleTitle: "Latin America correspondent",
      photo: { alt: "Lucía Ferreira, smiling", src: `/media/${photo.id}/w480.webp` },
      contactEmail: "lucia@example.org",
    });
    expect(archive?.author.links.map((link) => link.label)).toEqual(["Website", "X", "Mastodon", "Bluesky"]);

    const page = await loadStoryPage(story.slug);
    const jsonLd = newsArticleJsonLd(page!, { name: "The Harbour Times", url: "https://news.example" });
    expect(jsonLd.author).toEqual([
      {
        "@type": "Person",
        name: "Lucía Ferreira",
        url: "https://news.example/authors/lucia",
        jobTitle: "Latin America correspondent",
        image: `https://news.example/media/${photo.id}/w480.webp`,
        sameAs: [
          "https://lucia.example.org/",
          "https://x.com/luciaferreira",
          "https://mastodon.social/@lucia",
          "https://bsky.app/profile/lucia.bsky.social",
        ],
      },
    ]);

    // The author's page and the page of each story with their byline are invalidated with the write.
    expect(saved.cacheTags).toEqual(expect.arrayContaining(["author:lucia", `story:${story.slug}`]));
    expect(await recordedTags()).toEqual(saved.cacheTags);
    const entry = await testDb.auditEntry.findFirstOrThrow({ where: { action: "author.profile_update" } });
    expect(entry.actorId).toBe(writer.id);
    expect(entry.details).toMatchObject({ authorId: author.id, own: true });
  });

  test("someone without a byline yet gets a profile on first save", async () => {
    const editor = await createStaff("editor", "Ana Ruiz");
    const saved = await saveAuthorProfile(profileForm({ name: "Ana Ruiz" }), editor);
    expect(saved.slug).toBe("ana-ruiz");
    expect(await testDb.author.findUniqueOrThrow({ where: { userId: editor.id } })).toMatchObject({ name: "Ana Ruiz" });
  });

  test("an admin edits anyone's profile", async () => {
    const writer = await createStaff("writer", "Lucía Ferreira");
    const author = await authorOf(writer);
    const admin = await createStaff("admin");
    await saveAuthorProfile(profileForm({ authorId: author.id, roleTitle: "Andes bureau chief" }), admin);
    expect(await testDb.author.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ roleTitle: "Andes bureau chief" });
    const entry = await testDb.auditEntry.findFirstOrThrow({ where: { action: "author.profile_update" } });
    expect(entry).toMatchObject({ actorId: admin.id, details: expect.objectContaining({ own: false }) });
  });

  test("an editor or writer cannot edit another person's profile, and nothing changes", async () => {
    const writer = await createStaff("writer", "Lucía Ferreira");
    const author = await authorOf(writer);
    for (const role of ["editor", "writer"] as const) {
      const other = await createStaff(role);
      await expect(
        saveAuthorProfile(profileForm({ authorId: author.id, roleTitle: "Hijacked" }), other),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await testDb.author.findUniqueOrThrow({ where: { id: author.id } })).toMatchObject({ roleTitle: null });
    expect(await testDb.auditEntry.count()).toBe(0);
    expect(await testDb.cacheInvalidation.count()).toBe(0);
  });

  test("a photo that is not in the library is refused beside the field", async () => {
    const writer = await createStaff("writer");
    const error = await saveAuthorProfile(profileForm({ photoId: crypto.randomUUID() }), writer).catch((caught) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(error.field).toBe("photoId");
  });
});

describe("the media library", () => {
  test("lists images newest first, searching alt text, caption, credit and file name", async () => {
    await createImage("market.jpg", "Fruit stalls at the market");
    const harbour = await createImage("harbour.jpg", "Boats at dawn");
    await testDb.media.update({ where: { id: harbour.id }, data: { caption: "The ferry leaves", credit: "Photo: Ana Ruiz" } });
    expect((await listMediaPage("", 1)).total).toBe(2);
    for (const query of ["fruit", "FERRY", "ana ruiz", "harbour.jpg"]) {
      const { images } = await listMediaPage(query, 1);
      expect(images).toHaveLength(1);
    }
    expect((await listMediaPage("100%", 1)).total).toBe(0);
  });

  test("shows where an image is used: heroes, story text and author photos", async () => {
    const image = await createImage();
    const writer = await createStaff("writer", "Lucía Ferreira");
    const author = await authorOf(writer);
    await testDb.author.update({ where: { id: author.id }, data: { photoId: image.id } });
    const hero = await createStory({ heroImageId: image.id, status: "draft" });
    const inText = await createStory({ bodyHtml: `<figure><img src="/media/${image.id}/w960.webp" alt=""></figure>` });
    await createStory({ bodyHtml: "<p>No picture.</p>" });

    const usage = await mediaUsage(testDb, image.id);
    expect(usage.heroOf.map((story) => story.id)).toEqual([hero.id]);
    expect(usage.inBodyOf.map((story) => story.id)).toEqual([inText.id]);
    expect(usage.photoOf.map((row) => row.slug)).toEqual(["lucia"]);
  });

  test("an editor changes an image's words: audited, and the pages showing it are invalidated", async () => {
    const image = await createImage();
    const story = await createStory({ heroImageId: image.id });
    const editor = await createStaff("editor");
    await updateMediaDetails(
      mediaDetailsSchema.parse({ mediaId: image.id, alt: "Two ferries at dawn", caption: "", credit: "Photo: Ana Ruiz" }),
      editor,
    );
    expect(await testDb.media.findUniqueOrThrow({ where: { id: image.id } })).toMatchObject({
      alt: "Two ferries at dawn",
      caption: null,
      credit: "Photo: Ana Ruiz",
    });
    expect(await recordedTags()).toEqual([`story:${story.slug}`]);
    const entry = await testDb.auditEntry.findFirstOrThrow({ where: { action: "media.update" } });
    expect(entry).toMatchObject({ actorId: editor.id, details: expect.objectContaining({ changed: ["alt", "credit"] }) });
  });

  test("a writer may not change or delete images", async () => {
    const image = await createImage();
    const writer = await createStaff("writer");
    await expect(
      updateMediaDetails(mediaDetailsSchema.parse({ mediaId: image.id, alt: "Mine", caption: "", credit: "" }), writer),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteMedia(image.id, writer)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await testDb.media.count()).toBe(1);
  });

  test("deleting an image in use is refused, saying where it is used", async () => {
    const image = await createImage();
    await createStory({ heroImageId: image.id });
    await createStory({ bodyHtml: `<img src="/media/${image.id}/w480.webp" alt="">` });
    const editor = await createStaff("editor");
    const error = await deleteMedia(image.id, editor).catch((caught) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      "This image is still used: it is the hero image of 1 story, in the text of 1 story. Replace it there first, then delete it.",
    );
    expect(await testDb.media.count()).toBe(1);
    expect(existsSync(path.join(mediaRoot, image.id))).toBe(true);
    expect(await testDb.auditEntry.count()).toBe(0);
  });

  test("an author's photo counts as a use too", async () => {
    const image = await createImage();
    const writer = await createStaff("writer");
    const author = await authorOf(writer);
    await testDb.author.update({ where: { id: author.id }, data: { photoId: image.id } });
    await expect(deleteMedia(image.id, await createStaff("admin"))).rejects.toThrow(/the photo of 1 author/);
  });

  test("an unused image is deleted with its files, and audited", async () => {
    const image = await createImage();
    const admin = await createStaff("admin");
    await deleteMedia(image.id, admin);
    expect(await testDb.media.count()).toBe(0);
    expect(existsSync(path.join(mediaRoot, image.id))).toBe(false);
    const entry = await testDb.auditEntry.findFirstOrThrow({ where: { action: "media.delete" } });
    expect(entry).toMatchObject({ actorId: admin.id, details: expect.objectContaining({ mediaId: image.id, fileName: "harbour.jpg" }) });
  });
});
