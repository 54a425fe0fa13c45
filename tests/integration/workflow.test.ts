import { beforeEach, describe, expect, test } from "vitest";
import { loadDashboard } from "@/lib/newsroom/dashboard";
import { loadFrontPage } from "@/lib/reader/front-page";
import { arrangeFrontPage } from "@/lib/newsroom/front-page-curation";
import type { StoryStatus } from "@/lib/generated/prisma/enums";
import { loadLinkEditor, searchStoriesToLink, setStoryLinks } from "@/lib/newsroom/links";
import type { StaffUser } from "@/lib/people/roles";
import { ForbiddenError, InputError, WrongStateError } from "@/lib/platform/errors";
import { publishDueStories } from "@/lib/newsroom/scheduler";
import { loadRelatedHeadlines } from "@/lib/reader/related";
import { loadPublishedStory } from "@/lib/reader/stories";
import { listStoriesForAdmin } from "@/lib/newsroom/story-list";
import { storyListParamsSchema } from "@/lib/validation/workflow";
import {
  addReviewNote,
  approveStory,
  archiveStory,
  deleteStoryForGood,
  publishStory,
  restoreStory,
  returnStory,
  scheduleStory,
  submitStory,
  unpublishStory,
  withdrawStory,
} from "@/lib/newsroom/workflow";
import { createStaff, emptyDatabase, testDb } from "./database";

const HOUR = 3_600_000;
let counter = 0;

async function makeStory(
  options: { status?: StoryStatus; createdById?: string | null; publishedAt?: Date | null; headline?: string } = {},
) {
  counter += 1;
  const headline = options.headline ?? `Harbour Story Number ${counter}`;
  const status = options.status ?? "draft";
  return testDb.story.create({
    data: {
      slug: `story-${counter}-${Math.random().toString(36).slice(2, 8)}`,
      headline,
      body: { type: "doc", content: [] },
      bodyHtml: "<p>Text.</p>",
      bodyText: "Text.",
      status,
      createdById: options.createdById ?? null,
      publishedAt:
        options.publishedAt !== undefined
          ? options.publishedAt
          : status === "published"
            ? new Date(Date.now() - HOUR)
            : null,
    },
    select: { id: true, slug: true, headline: true },
  });
}

const statusOf = async (id: string) => (await testDb.story.findUniqueOrThrow({ where: { id } })).status;
const auditActions = async (storyId: string) =>
  (await testDb.auditEntry.findMany({ where: { storyId }, orderBy: { createdAt: "asc" } })).map((entry) => entry.action);

/** Every cache tag recorded for the other processes so far (lib/delivery/cache-invalidation.ts), sorted. */
const recordedTags = async () =>
  [...new Set((await testDb.cacheInvalidation.findMany()).flatMap((record) => record.tags))].sort();

beforeEach(emptyDatabase);

describe("who may do what", () => {
  type Actor = "admin" | "editor" | "writer on own story" | "writer on another's story";
  type Case = {
    name: string;
    from: StoryStatus;
    run: (storyId: string, user: StaffUser) => Promise<unknown>;
    /** The status after a successful run; undefined when the status does not change. */
    to?: StoryStatus;
    allowed: Actor[];
  };
  const everyone: Actor[] = ["admin", "editor", "writer on own story"];
  const editorial: Actor[] = ["admin", "editor"];
  const cases: Case[] = [
    { name: "submit", from: "draft", to: "in_review", run: submitStory, allowed: everyone },
    { name: "approve", from: "in_review", to: "approved", run: approveStory, allowed: editorial },
    { name: "return", from: "in_review", to: "draft", run: (id, user) => returnStory(id, "Needs a second source.", user), allowed: editorial },
    { name: "schedule", from: "approved", to: "scheduled", run: (id, user) => scheduleStory(id, new Date(Date.now() + HOUR), user), allowed: editorial },
    { name: "publish", from: "approved", to: "published", run: publishStory, allowed: editorial },
    { name: "unpublish", from: "published", to: "draft", run: unpublishStory, allowed: editorial },
    { name: "archive", from: "draft", to: "archived", run: archiveStory, allowed: everyone },
    { name: "restore", from: "archived", to: "draft", run: restoreStory, allowed: editorial },
    { name: "add a review note", from: "in_review", run: (id, user) => addReviewNote(id, "Looks good.", user), allowed: everyone },
    { name: "link", from: "draft", run: (id, user) => setStoryLinks(id, [], user), allowed: editorial },
  ];
  const actors: Actor[] = ["admin", "editor", "writer on own story", "writer on another's story"];

  for (const { name, from, to, run, allowed } of cases) {
    for (const actor of actors) {
      const may = allowed.includes(actor);
      test(`${name} (from ${from}): ${actor} ${may ? "may" : "may not"}`, async () => {
        const role = actor.startsWith("writer") ? "writer" : actor;
        const user = await createStaff(role as StaffUser["role"]);
        const owner = actor === "writer on own story" ? user : await createStaff("writer", "Another writer");
        const story = await makeStory({ status: from, createdById: owner.id });
        const before = await testDb.auditEntry.count();
        if (may) {
          await run(story.id, user);
          if (to) {
            expect(await statusOf(story.id)).toBe(to);
            expect(await auditActions(story.id)).toEqual([`story.${name}`]);
          }
        } else {
          await expect(run(story.id, user)).rejects.toThrow(ForbiddenError);
          expect(await statusOf(story.id)).toBe(from);
          expect(await testDb.auditEntry.count()).toBe(before);
          expect(await testDb.reviewNote.count()).toBe(0);
        }
      });
    }
  }

  test("only an admin deletes for good", async () => {
    const [admin, editor, writer] = [await createStaff("admin"), await createStaff("editor"), await createStaff("writer")];
    const story = await makeStory({ status: "archived", createdById: writer.id, headline: "Old Ferry Timetable" });
    await expect(deleteStoryForGood(story.id, story.headline, editor)).rejects.toThrow(ForbiddenError);
    await expect(deleteStoryForGood(story.id, story.headline, writer)).rejects.toThrow(ForbiddenError);
    expect(await testDb.story.count()).toBe(1);
    await deleteStoryForGood(story.id, story.headline, admin);
    expect(await testDb.story.count()).toBe(0);
  });

  test("only editors and admins arrange the front page", async () => {
    const writer = await createStaff("writer");
    const story = await makeStory({ status: "published" });
    await expect(arrangeFrontPage([story.id], writer)).rejects.toThrow(ForbiddenError);
    expect(await testDb.frontPageSlot.count()).toBe(0);
  });
});

describe("the review workflow", () => {
  test("a story goes from draft through review and approval to scheduled, with a note and an audit trail", async () => {
    const [editor, writer] = [await createStaff("editor", "Edna Editor"), await createStaff("writer", "Walt Writer")];
    const story = await makeStory({ createdById: writer.id });
    await submitStory(story.id, writer);
    await returnStory(story.id, "Add the harbour master's quote.", editor);
    await addReviewNote(story.id, "Added it in the third paragraph.", writer);
    await submitStory(story.id, writer);
    await approveStory(story.id, editor);
    await scheduleStory(story.id, new Date(Date.now() + 2 * HOUR), editor);

    expect(await statusOf(story.id)).toBe("scheduled");
    expect(await auditActions(story.id)).toEqual([
      "story.submit",
      "story.return",
      "story.submit",
      "story.approve",
      "story.schedule",
    ]);
    const notes = await testDb.reviewNote.findMany({
      where: { storyId: story.id },
      orderBy: { createdAt: "asc" },
      include: { author: true },
    });
    expect(notes.map((note) => [note.author?.name, note.body])).toEqual([
      ["Edna Editor", "Add the harbour master's quote."],
      ["Walt Writer", "Added it in the third paragraph."],
    ]);
  });

  test("moves that do not fit the story's status are refused and change nothing", async () => {
    const editor = await createStaff("editor");
    const archived = await makeStory({ status: "archived" });
    await expect(publishStory(archived.id, editor)).rejects.toThrow("restore it first");
    await expect(scheduleStory(archived.id, new Date(Date.now() + HOUR), editor)).rejects.toThrow(WrongStateError);
    const draft = await makeStory();
    await expect(approveStory(draft.id, editor)).rejects.toThrow("Only a story in review can be approved.");
    await expect(unpublishStory(draft.id, editor)).rejects.toThrow(WrongStateError);
    await expect(deleteStoryForGood(draft.id, draft.headline, await createStaff("admin"))).rejects.toThrow(
      "Archive the story before deleting it for good.",
    );
    expect(await statusOf(archived.id)).toBe("archived");
    expect(await statusOf(draft.id)).toBe("draft");
    expect(await testDb.auditEntry.count()).toBe(0);
  });

  test("a story goes back to its writer only with a note", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory({ status: "in_review" });
    await expect(returnStory(story.id, "   ", editor)).rejects.toThrow(InputError);
    expect(await statusOf(story.id)).toBe("in_review");
  });

  test("a writer cannot edit a story once it is submitted, and cannot publish it", async () => {
    const writer = await createStaff("writer");
    const story = await makeStory({ createdById: writer.id });
    await submitStory(story.id, writer);
    await expect(publishStory(story.id, writer)).rejects.toThrow(ForbiddenError);
    await expect(submitStory(story.id, writer)).rejects.toThrow("Only a draft can be submitted for review.");
  });

  test("a writer withdraws their own story from review to edit it again; nobody else does", async () => {
    const writer = await createStaff("writer");
    const otherWriter = await createStaff("writer");
    const editor = await createStaff("editor");
    const story = await makeStory({ createdById: writer.id, status: "in_review" });
    await expect(withdrawStory(story.id, otherWriter)).rejects.toThrow(ForbiddenError);
    await expect(withdrawStory(story.id, editor)).rejects.toThrow(ForbiddenError);
    expect(await statusOf(story.id)).toBe("in_review");
    await withdrawStory(story.id, writer);
    expect(await statusOf(story.id)).toBe("draft");
    await expect(withdrawStory(story.id, writer)).rejects.toThrow("Only a story in review can be withdrawn from review.");
    const entry = await testDb.auditEntry.findFirstOrThrow({ where: { storyId: story.id, action: "story.withdraw" } });
    expect(entry.details).toMatchObject({ from: "in_review", to: "draft" });
  });

  test("scheduling needs a time in the future", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory({ status: "approved" });
    await expect(scheduleStory(story.id, new Date(Date.now() - 1000), editor)).rejects.toThrow(
      "Choose a time in the future",
    );
    expect(await statusOf(story.id)).toBe("approved");
  });

  test("archiving takes a story off the site and the front page; restoring brings it back as a draft", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory({ status: "published" });
    await testDb.frontPageSlot.create({ data: { position: 0, storyId: story.id } });
    const archived = await archiveStory(story.id, editor);
    // The story was on the front page and its lists: its address and those lists change.
    expect(archived.cacheTags).toEqual(["feeds", "front", "search", "sitemaps", `story:${story.slug}`]);
    expect(await recordedTags()).toEqual(archived.cacheTags);
    expect(await loadPublishedStory(story.slug)).toBeNull();
    expect(await testDb.frontPageSlot.count()).toBe(0);
    const restored = await restoreStory(story.id, editor);
    // Readers saw nothing change: only the story's own address (still not found) is invalidated.
    expect(restored.cacheTags).toEqual([`story:${story.slug}`]);
    expect(await statusOf(story.id)).toBe("draft");
    expect(await auditActions(story.id)).toEqual(["story.archive", "story.restore"]);
  });

  test("cancelling a schedule keeps the approval and clears the time", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory({ status: "approved" });
    await scheduleStory(story.id, new Date(Date.now() + HOUR), editor);
    await unpublishStory(story.id, editor);
    const after = await testDb.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(after).toMatchObject({ status: "approved", publishedAt: null });
  });

  test("publishing a scheduled story now moves its time to now", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory({ status: "scheduled", publishedAt: new Date(Date.now() + 5 * HOUR) });
    const result = await publishStory(story.id, editor);
    expect(result.cacheTags).toEqual(expect.arrayContaining([`story:${story.slug}`, "front", "feeds"]));
    const after = await testDb.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(after.publishedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await loadPublishedStory(story.slug)).not.toBeNull();
  });
});

describe("scheduled stories", () => {
  test("a scheduled story whose time has passed is visible, and the catch-up publishes it once", async () => {
    const due = await makeStory({ status: "scheduled", publishedAt: new Date(Date.now() - 10 * 60_000) });
    const later = await makeStory({ status: "scheduled", publishedAt: new Date(Date.now() + HOUR) });

    // Visible to readers before the scheduler has run: the server may have been down.
    expect((await loadPublishedStory(due.slug))?.headline).toBe(due.headline);
    expect(await loadPublishedStory(later.slug)).toBeNull();
    expect((await loadFrontPage()).lead?.slug).toBe(due.slug);

    expect(await publishDueStories()).toEqual([due.slug]);
    expect(await publishDueStories()).toEqual([]);
    expect(await statusOf(due.id)).toBe("published");
    expect(await statusOf(later.id)).toBe("scheduled");
    const entries = await testDb.auditEntry.findMany({ where: { storyId: due.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "story.publish", actorId: null });
    expect(await testDb.auditEntry.count({ where: { storyId: later.id } })).toBe(0);
    // Its publication time is the one the editor chose, not the catch-up's.
    const published = await testDb.story.findUniqueOrThrow({ where: { id: due.id } });
    expect(published.publishedAt!.getTime()).toBeLessThan(Date.now() - 9 * 60_000);
  });

  test("two servers catching up at once publish each story once", async () => {
    await makeStory({ status: "scheduled", publishedAt: new Date(Date.now() - 60_000) });
    await makeStory({ status: "scheduled", publishedAt: new Date(Date.now() - 120_000) });
    const [first, second] = await Promise.all([publishDueStories(), publishDueStories()]);
    expect([...first, ...second]).toHaveLength(2);
    expect(await testDb.auditEntry.count({ where: { action: "story.publish" } })).toBe(2);
  });

  test("the dashboard flags a scheduled story that missed its time", async () => {
    const editor = await createStaff("editor");
    const missed = await makeStory({ status: "scheduled", publishedAt: new Date(Date.now() - 5 * 60_000) });
    await makeStory({ status: "scheduled", publishedAt: new Date(Date.now() + HOUR) });
    const dashboard = await loadDashboard(editor);
    expect(dashboard.scheduled.map((story) => [story.id, story.missed])).toEqual([
      [missed.id, true],
      [expect.any(String), false],
    ]);
    expect(dashboard.missedCount).toBe(1);
  });
});

describe("deleting for good", () => {
  test("needs the headline typed, and leaves an audit entry naming the story", async () => {
    const admin = await createStaff("admin");
    const story = await makeStory({ status: "archived", headline: "Ferry Fares Rise" });
    await expect(deleteStoryForGood(story.id, "Ferry fares", admin)).rejects.toThrow("does not match");
    expect(await testDb.story.count()).toBe(1);
    await deleteStoryForGood(story.id, "  Ferry Fares   Rise ", admin);
    expect(await testDb.story.count()).toBe(0);
    const entry = await testDb.auditEntry.findFirstOrThrow({ where: { action: "story.delete" } });
    expect(entry.details).toMatchObject({ storyId: story.id, slug: story.slug, headline: "Ferry Fares Rise" });
  });
});

describe("the dashboard", () => {
  test("writers see their own drafts, the ones sent back first, with the latest note", async () => {
    const [editor, writer, other] = [
      await createStaff("editor"),
      await createStaff("writer"),
      await createStaff("writer", "Someone else"),
    ];
    const plain = await makeStory({ createdById: writer.id, headline: "Plain Draft" });
    const returned = await makeStory({ createdById: writer.id, headline: "Returned Draft" });
    await makeStory({ createdById: other.id, headline: "Not Mine" });
    await submitStory(returned.id, writer);
    await returnStory(returned.id, "Check the figures.", editor);
    await testDb.story.update({ where: { id: plain.id }, data: { headline: "Plain Draft, touched last" } });

    const dashboard = await loadDashboard(writer);
    expect(dashboard.editorial).toBe(false);
    expect(dashboard.drafts.map((story) => [story.headline, story.returned])).toEqual([
      ["Returned Draft", true],
      ["Plain Draft, touched last", false],
    ]);
    expect(dashboard.drafts[0]?.latestNote?.body).toBe("Check the figures.");
  });

  test("editors see what waits for review and what is approved, across the newsroom", async () => {
    const editor = await createStaff("editor");
    const waiting = await makeStory({ status: "in_review" });
    const approved = await makeStory({ status: "approved" });
    const dashboard = await loadDashboard(editor);
    expect(dashboard.inReview.map((story) => story.id)).toEqual([waiting.id]);
    expect(dashboard.approved.map((story) => story.id)).toEqual([approved.id]);
  });
});

describe("front-page curation", () => {
  test("the editors' order sets the lead and top stories readers see", async () => {
    const editor = await createStaff("editor");
    const [a, b, c] = [
      await makeStory({ status: "published", publishedAt: new Date(Date.now() - 3 * HOUR) }),
      await makeStory({ status: "published", publishedAt: new Date(Date.now() - 2 * HOUR) }),
      await makeStory({ status: "published", publishedAt: new Date(Date.now() - HOUR) }),
    ];
    await arrangeFrontPage([a.id, b.id], editor);
    let page = await loadFrontPage();
    expect([page.lead?.slug, ...page.top.map((story) => story.slug)]).toEqual([a.slug, b.slug, c.slug]);

    await arrangeFrontPage([b.id, a.id], editor);
    page = await loadFrontPage();
    expect([page.lead?.slug, page.top[0]?.slug]).toEqual([b.slug, a.slug]);
    expect(await testDb.auditEntry.count({ where: { action: "front_page.arrange" } })).toBe(2);
  });

  test("only published stories can be placed", async () => {
    const editor = await createStaff("editor");
    const published = await makeStory({ status: "published" });
    const draft = await makeStory();
    const later = await makeStory({ status: "scheduled", publishedAt: new Date(Date.now() + HOUR) });
    await arrangeFrontPage([published.id], editor);
    await expect(arrangeFrontPage([draft.id], editor)).rejects.toThrow(WrongStateError);
    await expect(arrangeFrontPage([later.id], editor)).rejects.toThrow(WrongStateError);
    // The refused saves left the arrangement as it was.
    expect((await testDb.frontPageSlot.findMany()).map((slot) => slot.storyId)).toEqual([published.id]);
  });
});

describe("links", () => {
  test("linking back appends this story to the end of the other's list, once", async () => {
    const editor = await createStaff("editor");
    const [story, other, third] = [
      await makeStory({ status: "published" }),
      await makeStory({ status: "published" }),
      await makeStory({ status: "published" }),
    ];
    await setStoryLinks(other.id, [third.slug], editor);
    const saved = await setStoryLinks(story.id, [other.slug], editor, [other.slug]);
    expect(saved.cacheTags).toEqual([`related:${story.slug}`, `related:${other.slug}`]);
    // Saving again with the same choice adds no second link back.
    await setStoryLinks(story.id, [other.slug], editor, [other.slug]);

    const otherLinks = await testDb.storyLink.findMany({ where: { fromStoryId: other.id }, orderBy: { position: "asc" } });
    expect(otherLinks.map((link) => link.toStoryId)).toEqual([third.id, story.id]);
    const related = await loadRelatedHeadlines(other.id, 2);
    expect(related.map((item) => item.slug)).toEqual([third.slug, story.slug]);
  });

  test("a link back is made only to a story on the list", async () => {
    const editor = await createStaff("editor");
    const [story, other] = [await makeStory(), await makeStory()];
    await setStoryLinks(story.id, [], editor, [other.slug]);
    expect(await testDb.storyLink.count()).toBe(0);
  });

  test("the link editor shows backlinks and which linked stories readers cannot see", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory({ status: "published" });
    const live = await makeStory({ status: "published" });
    const archived = await makeStory({ status: "archived", publishedAt: new Date(Date.now() - HOUR) });
    const linker = await makeStory({ status: "draft" });
    await setStoryLinks(story.id, [live.slug, archived.slug], editor);
    await setStoryLinks(linker.id, [story.slug], editor);

    const editorData = await loadLinkEditor(story.id);
    expect(editorData.links.map((link) => [link.slug, link.visible])).toEqual([
      [live.slug, true],
      [archived.slug, false],
    ]);
    expect(editorData.backlinks.map((link) => link.slug)).toEqual([linker.slug]);
  });

  test("the link search finds stories by headline, never the story itself or an archived one", async () => {
    const story = await makeStory({ headline: "Harbour Strike Ends" });
    const match = await makeStory({ headline: "Harbour Strike Talks Resume", status: "published" });
    const draft = await makeStory({ headline: "Strike Pay Explained" });
    await makeStory({ headline: "Harbour Strike Archive", status: "archived" });
    const found = await searchStoriesToLink("strike", story.id);
    expect(found.map((item) => item.slug).sort()).toEqual([match.slug, draft.slug].sort());
    // Headlines starting with what was typed come first.
    expect((await searchStoriesToLink("strike pay", story.id))[0]).toMatchObject({
      slug: draft.slug,
      headline: "Strike Pay Explained",
      status: "draft",
      publishedAt: null,
      visible: false,
    });
    expect(await searchStoriesToLink("100%_", story.id)).toEqual([]);
  });
});

describe("the admin story list", () => {
  test("filters by status, searches headlines, sorts and pages by twenty", async () => {
    for (let index = 0; index < 23; index += 1) await makeStory({ headline: `Budget Vote ${String(index).padStart(2, "0")}` });
    const review = await makeStory({ status: "in_review", headline: "Tunnel Plan Goes to Review" });
    const parse = (query: Record<string, string>) => storyListParamsSchema.parse(query);

    const firstPage = await listStoriesForAdmin(parse({ q: "budget", sort: "headline" }));
    expect(firstPage).toMatchObject({ total: 23, page: 1, pageCount: 2 });
    expect(firstPage.stories).toHaveLength(20);
    expect(firstPage.stories[0]?.headline).toBe("Budget Vote 00");
    const secondPage = await listStoriesForAdmin(parse({ q: "budget", sort: "headline", page: "2" }));
    expect(secondPage.stories.map((story) => story.headline)).toEqual(["Budget Vote 20", "Budget Vote 21", "Budget Vote 22"]);

    const inReview = await listStoriesForAdmin(parse({ status: "in_review" }));
    expect(inReview.stories.map((story) => story.id)).toEqual([review.id]);
  });
});
