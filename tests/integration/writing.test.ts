import { rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";

// Uploads go to a folder of this run's own, set before lib/platform/env.ts reads it.
const mediaRoot = vi.hoisted(() => {
  const folder = `${process.env.TMPDIR ?? "/tmp"}/newsroom-media-test-${process.pid}-${Date.now()}`;
  process.env.MEDIA_ROOT = folder;
  return folder;
});

import { addAmendment } from "@/lib/newsroom/corrections-and-updates";
import { ForbiddenError, InputError } from "@/lib/platform/errors";
import { storeImage } from "@/lib/newsroom/media-uploads";
import { listRestorePreviews, restoreRevision } from "@/lib/newsroom/revisions";
import type { StaffUser } from "@/lib/people/roles";
import { loadPublishedStory } from "@/lib/reader/stories";
import { saveStory, StaleVersionError } from "@/lib/newsroom/story-writes";
import { storyFormSchema } from "@/lib/validation/story";
import { createStaff, emptyDatabase, testDb } from "./database";

const form = (overrides: Record<string, string> = {}) =>
  storyFormSchema.parse({
    headline: "Council Approves the New Tram Line",
    slug: "",
    dek: "",
    body: "The vote was unanimous.",
    sectionId: "",
    tags: "",
    version: "0",
    ...overrides,
  });

const documentBody = (...content: unknown[]) => JSON.stringify({ type: "doc", content });
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});

const photo = (width: number, height: number, format: "jpeg" | "png" | "webp" | "avif" = "jpeg") =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .toFormat(format)
    .toBuffer();

async function upload(bytes: Buffer, user: StaffUser, fileName = "photo.jpg") {
  return storeImage({ bytes, fileName }, { alt: "The harbour at dawn", credit: "Ana Lima" }, user);
}

beforeEach(emptyDatabase);
afterAll(() => rm(mediaRoot, { recursive: true, force: true }));

describe("the rich-text body", () => {
  test("unknown node and mark types are refused with a message", () => {
    for (const body of [
      documentBody({ type: "iframe", attrs: { src: "https://evil.test" } }),
      documentBody(paragraph(text("x", [{ type: "textStyle", attrs: { color: "red" } }]))),
      documentBody({
        type: "figure",
        attrs: { src: "https://evil.test/x.png", alt: "x", width: 1, height: 1 },
      }),
    ]) {
      const result = storyFormSchema.safeParse({
        headline: "H",
        slug: "",
        dek: "",
        body,
        sectionId: "",
        tags: "",
        version: "0",
      });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["body"]);
      expect(result.error?.issues[0]?.message).toMatch(/^The body cannot be saved\./);
    }
  });

  test("script, event handlers and javascript: links are inert in the stored HTML", async () => {
    const editor = await createStaff("editor");
    const saved = await saveStory(
      form({
        headline: '<script>alert("headline")</script>',
        body: documentBody(
          paragraph(text('<script>alert(1)</script><img src=x onerror="alert(2)">')),
          paragraph(text("click", [{ type: "link", attrs: { href: "javascript:alert(3)" } }])),
          paragraph(text("also", [{ type: "link", attrs: { href: "JaVaScRiPt:alert(4)" } }])),
          { type: "heading", attrs: { level: 2 }, content: [text('"><svg onload=alert(5)>')] },
        ),
      }),
      editor,
    );
    const story = await testDb.story.findUniqueOrThrow({ where: { id: saved.id } });
    expect(story.bodyHtml).not.toMatch(/<script|<img|<svg/i);
    expect(story.bodyHtml).not.toMatch(/<[^>]+\son\w+=/i);
    expect(story.bodyHtml).not.toMatch(/javascript:/i);
    expect(story.bodyHtml).toContain("<p>click</p>");
    expect(story.bodyHtml).toContain("&lt;script&gt;");
    // The headline is stored as typed; React prints it as text.
    expect(story.headline).toBe('<script>alert("headline")</script>');
    // The stored document keeps no unsafe link either.
    expect(JSON.stringify(story.body)).not.toMatch(/javascript:/i);
  });

  test("a figure keeps its image, size and caption; an embed becomes a link card", async () => {
    const editor = await createStaff("editor");
    const image = await upload(await photo(1200, 800), editor);
    const saved = await saveStory(
      form({
        body: documentBody(
          {
            type: "figure",
            attrs: {
              src: image.src,
              alt: image.alt,
              width: image.width,
              height: image.height,
              mediaId: image.id,
            },
            content: [text("Ferries at dawn.")],
          },
          { type: "embed", attrs: { url: "https://video.example.com/watch?v=42" } },
        ),
      }),
      editor,
    );
    const story = await testDb.story.findUniqueOrThrow({ where: { id: saved.id } });
    expect(story.bodyHtml).toContain(
      `<img src="${image.src}" alt="The harbour at dawn" width="960" height="640"`,
    );
    expect(story.bodyHtml).toContain("<figcaption>Ferries at dawn.</figcaption>");
    expect(story.bodyHtml).toContain(
      '<a class="link-card-link" href="https://video.example.com/watch?v=42" rel="noopener noreferrer nofollow">',
    );
    expect(story.bodyHtml).not.toContain("<iframe");
    expect(story.bodyText).toContain("Ferries at dawn.");
  });
});

describe("media uploads", () => {
  test("an upload is stored with WebP copies 480, 960 and 1600 pixels wide", async () => {
    const writer = await createStaff("writer");
    const image = await upload(await photo(2000, 1500), writer);
    const media = await testDb.media.findUniqueOrThrow({ where: { id: image.id } });
    expect(media).toMatchObject({
      width: 2000,
      height: 1500,
      mimeType: "image/jpeg",
      alt: "The harbour at dawn",
      credit: "Ana Lima",
    });
    const variants = media.variants as { width: number; height: number; key: string }[];
    expect(variants.map((variant) => [variant.width, variant.height])).toEqual([
      [480, 360],
      [960, 720],
      [1600, 1200],
    ]);
    for (const variant of variants) {
      const file = path.join(mediaRoot, variant.key);
      const metadata = await sharp(file).metadata();
      expect([metadata.format, metadata.width]).toEqual(["webp", variant.width]);
    }
    expect(image.src).toBe(`/media/${variants[1]!.key}`);
  });

  test("a narrow image is never enlarged; PNG, WebP and AVIF are accepted by their bytes", async () => {
    const editor = await createStaff("editor");
    const narrow = await upload(await photo(300, 200, "png"), editor, "looks-like.jpg");
    expect(await testDb.media.findUniqueOrThrow({ where: { id: narrow.id } })).toMatchObject({
      mimeType: "image/png",
    });
    expect(narrow).toMatchObject({ width: 300, height: 200 });
    for (const format of ["webp", "avif"] as const) {
      const image = await upload(await photo(640, 480, format), editor, `photo.${format}`);
      expect((await testDb.media.findUniqueOrThrow({ where: { id: image.id } })).mimeType).toBe(
        `image/${format}`,
      );
    }
  });

  test("an SVG with a script, a GIF, a text file and an oversized file are refused, leaving nothing behind", async () => {
    const editor = await createStaff("editor");
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
      .gif()
      .toBuffer();
    for (const [bytes, name] of [
      [svg, "photo.jpg"],
      [gif, "photo.gif"],
      [Buffer.from("<html><script>alert(1)</script></html>"), "photo.png"],
      [Buffer.alloc(10 * 1024 * 1024 + 1), "huge.jpg"],
    ] as const) {
      await expect(upload(bytes, editor, name)).rejects.toThrow(InputError);
    }
    expect(await testDb.media.count()).toBe(0);
  });
});

describe("versions", () => {
  test("a stale save is refused with the stored text, and the stored story is unchanged", async () => {
    const editor = await createStaff("editor", "Eda Editor");
    const saved = await saveStory(form(), editor);
    await saveStory(
      form({ headline: "Their Headline", body: "Their words.", slug: saved.slug, version: "1" }),
      editor,
      saved.id,
    );
    const refusal = await saveStory(
      form({ headline: "My Headline", body: "My words.", slug: saved.slug, version: "1" }),
      editor,
      saved.id,
    ).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(StaleVersionError);
    expect((refusal as StaleVersionError).theirs).toMatchObject({
      version: 2,
      headline: "Their Headline",
      bodyText: "Their words.",
      savedBy: "Eda Editor",
    });
    const story = await testDb.story.findUniqueOrThrow({ where: { id: saved.id } });
    expect(story).toMatchObject({ headline: "Their Headline", bodyText: "Their words.", version: 2 });
    expect(await testDb.revision.count({ where: { storyId: saved.id } })).toBe(2);
  });

  test("restoring a revision makes a new version with the old text and a revision of its own", async () => {
    const editor = await createStaff("editor");
    const saved = await saveStory(form({ tags: "Transport" }), editor);
    await saveStory(
      form({
        headline: "Tram Line Delayed",
        body: "The vote was postponed.",
        slug: saved.slug,
        tags: "Transport",
        version: "1",
      }),
      editor,
      saved.id,
    );

    const restored = await restoreRevision(saved.id, 1, 2, editor);
    expect(restored.version).toBe(3);
    const story = await testDb.story.findUniqueOrThrow({
      where: { id: saved.id },
      include: { tags: { include: { tag: true } } },
    });
    expect(story).toMatchObject({
      headline: "Council Approves the New Tram Line",
      bodyText: "The vote was unanimous.",
      version: 3,
    });
    expect(story.tags.map(({ tag }) => tag.name)).toEqual(["Transport"]);
    const revision = await testDb.revision.findUniqueOrThrow({
      where: { storyId_version: { storyId: saved.id, version: 3 } },
    });
    expect(revision.fields).toMatchObject({ restoredFrom: 1 });

    // Restoring from an outdated page is refused like any stale save.
    await expect(restoreRevision(saved.id, 2, 2, editor)).rejects.toThrow(StaleVersionError);
    expect((await testDb.story.findUniqueOrThrow({ where: { id: saved.id } })).version).toBe(3);
  });

  test("a restored draft takes back its slug; a story readers have seen keeps its address", async () => {
    const editor = await createStaff("editor");
    const draft = await saveStory(form({ headline: "Ferry Fares Rise" }), editor);
    await saveStory(form({ headline: "Ferry Fares Frozen", version: "1" }), editor, draft.id);
    expect(await listRestorePreviews(draft.id)).toEqual([
      { version: 2, headline: "Ferry Fares Frozen", slug: "ferry-fares-frozen", words: 4 },
      { version: 1, headline: "Ferry Fares Rise", slug: "ferry-fares-rise", words: 4 },
    ]);
    expect((await restoreRevision(draft.id, 1, 2, editor)).slug).toBe("ferry-fares-rise");

    const published = await saveStory(form({ headline: "Bus Lanes Open" }), editor);
    await saveStory(form({ headline: "Bus Lanes Open Early", version: "1" }), editor, published.id);
    await testDb.story.update({ where: { id: published.id }, data: { status: "published", publishedAt: new Date() } });
    expect((await listRestorePreviews(published.id))[1]).toMatchObject({ headline: "Bus Lanes Open", slug: "bus-lanes-open-early" });
    const restored = await restoreRevision(published.id, 1, 2, editor);
    expect(restored.slug).toBe("bus-lanes-open-early");
    const story = await testDb.story.findUniqueOrThrow({ where: { id: published.id } });
    expect(story).toMatchObject({ headline: "Bus Lanes Open", slug: "bus-lanes-open-early", version: 3 });
  });

  test("writers restore only their own drafts", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    const saved = await saveStory(form(), editor);
    await saveStory(form({ headline: "Second", slug: saved.slug, version: "1" }), editor, saved.id);
    await expect(restoreRevision(saved.id, 1, 2, writer)).rejects.toThrow(ForbiddenError);
  });

  test("a major update tells readers, and the revision says so", async () => {
    const editor = await createStaff("editor");
    const saved = await saveStory(form(), editor);
    await testDb.story.update({
      where: { id: saved.id },
      data: { status: "published", publishedAt: new Date(Date.now() - 60_000) },
    });
    await saveStory(
      form({
        body: "The vote was unanimous. Work starts in May.",
        slug: saved.slug,
        version: "1",
        majorUpdate: "on",
      }),
      editor,
      saved.id,
    );
    const story = await testDb.story.findUniqueOrThrow({ where: { id: saved.id } });
    expect(story.majorUpdatedAt).not.toBeNull();
    const revision = await testDb.revision.findUniqueOrThrow({
      where: { storyId_version: { storyId: saved.id, version: 2 } },
    });
    expect(revision.isMajorUpdate).toBe(true);
    expect((await loadPublishedStory(saved.slug))?.updatedAt).toBe(story.majorUpdatedAt?.toISOString());
  });

  test("autosave works on drafts only", async () => {
    const editor = await createStaff("editor");
    const saved = await saveStory(form(), editor);
    const autosaved = await saveStory(
      form({ body: "Half a sentence", slug: saved.slug, version: "1" }),
      editor,
      saved.id,
      { autosave: true },
    );
    expect(autosaved.version).toBe(2);
    const revision = await testDb.revision.findUniqueOrThrow({
      where: { storyId_version: { storyId: saved.id, version: 2 } },
    });
    expect(revision.fields).toMatchObject({ autosave: true });
    await testDb.story.update({
      where: { id: saved.id },
      data: { status: "published", publishedAt: new Date() },
    });
    await expect(
      saveStory(form({ slug: saved.slug, version: "2" }), editor, saved.id, { autosave: true }),
    ).rejects.toThrow("Only drafts are saved automatically");
  });
});

describe("bylines, hero image and search fields", () => {
  test("bylines keep their order; the hero image reaches readers with its size, caption and credit", async () => {
    const editor = await createStaff("editor");
    const [first, second] = await Promise.all(
      ["Zoe Second", "Adam First"].map((name, index) =>
        testDb.author.create({ data: { name, slug: `author-${index}` } }),
      ),
    );
    const image = await upload(await photo(2400, 1600), editor);
    const saved = await saveStory(
      form({
        authorIds: `${second!.id},${first!.id}`,
        heroImageId: image.id,
        heroImageAlt: "Commuters board the first tram",
        heroImageCaption: "The first tram left at 6 a.m.",
        heroImageCredit: "Ana Lima/Newsroom",
        seoTitle: "Tram line approved",
        seoDescription: "The council voted for the new line.",
      }),
      editor,
    );
    await testDb.story.update({
      where: { id: saved.id },
      data: { status: "published", publishedAt: new Date(Date.now() - 1000) },
    });
    const story = await loadPublishedStory(saved.slug);
    expect(story?.authors.map((author) => author.name)).toEqual(["Adam First", "Zoe Second"]);
    expect(story?.heroImage).toMatchObject({
      width: 1600,
      height: 1067,
      alt: "Commuters board the first tram",
      caption: "The first tram left at 6 a.m.",
      credit: "Ana Lima/Newsroom",
    });
    expect(story?.heroImage?.src).toMatch(/^\/media\/[0-9a-f-]{36}\/w1600\.webp$/);
    expect(story).toMatchObject({
      seoTitle: "Tram line approved",
      seoDescription: "The council voted for the new line.",
    });

    // A save that does not send these fields leaves them as they are.
    await saveStory(
      form({ headline: "Tram Line Approved", slug: saved.slug, version: "1" }),
      editor,
      saved.id,
    );
    expect((await loadPublishedStory(saved.slug))?.heroImage?.alt).toBe("Commuters board the first tram");
  });

  test("a hero image needs alt text, and a story keeps at least one byline", async () => {
    const editor = await createStaff("editor");
    const result = storyFormSchema.safeParse({
      headline: "H",
      slug: "",
      dek: "",
      body: "B",
      sectionId: "",
      tags: "",
      version: "0",
      heroImageId: "some-image",
      heroImageAlt: " ",
    });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["heroImageAlt"]);
    const saved = await saveStory(form({ authorIds: "" }), editor);
    expect(await testDb.storyAuthor.count({ where: { storyId: saved.id } })).toBe(1);
    await expect(
      saveStory(form({ slug: saved.slug, version: "1", authorIds: "" }), editor, saved.id),
    ).rejects.toThrow("at least one byline");
  });
});

describe("corrections and updates", () => {
  test("only editors and admins append them; readers see them with their time", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    const saved = await saveStory(form(), writer);
    await expect(
      addAmendment(saved.id, { kind: "correction", text: "A wrong date." }, writer),
    ).rejects.toThrow(ForbiddenError);
    expect(await testDb.storyAmendment.count()).toBe(0);

    await addAmendment(
      saved.id,
      { kind: "correction", text: "An earlier version gave the wrong date." },
      editor,
    );
    await testDb.story.update({
      where: { id: saved.id },
      data: { status: "published", publishedAt: new Date(Date.now() - 1000) },
    });
    const story = await loadPublishedStory(saved.slug);
    expect(story?.amendments).toEqual([
      {
        kind: "correction",
        text: "An earlier version gave the wrong date.",
        createdAt: expect.stringMatching(/^\d{4}-/),
      },
    ]);
    expect(await testDb.auditEntry.count({ where: { storyId: saved.id, action: "story.amend" } })).toBe(1);
  });
});
