/**
 * Managing sections and tags: only editors and admins may (refused in lib/,
 * whoever calls); a renamed section or tag keeps its old address as a
 * redirect; a merge leaves no story with the tag twice; a tag in use cannot
 * be deleted; an archived section leaves the navigation but keeps its page.
 * Every write is audited and records the cache tags of what readers see.
 */
import { beforeEach, describe, expect, test } from "vitest";
import { loadSectionArchive, loadSectionsForNav, loadTagArchive } from "@/lib/reader/archives";
import { applyBulkStoryAction } from "@/lib/newsroom/bulk-stories";
import { listSections } from "@/lib/newsroom/story-reads";
import { ForbiddenError, InputError } from "@/lib/platform/errors";
import type { StaffUser } from "@/lib/people/roles";
import {
  createSection,
  findRenamedSectionSlug,
  listSectionsForDesk,
  moveSection,
  setSectionArchived,
  updateSection,
} from "@/lib/newsroom/sections";
import { saveStory, StaleVersionError } from "@/lib/newsroom/story-writes";
import { storyFormSchema } from "@/lib/validation/story";
import { createTag, deleteTag, findRenamedTagSlug, listTagsForDesk, mergeTags, updateTag } from "@/lib/newsroom/tags";
import { sectionSchema } from "@/lib/validation/taxonomy";
import { createStaff, emptyDatabase, testDb } from "./database";

let editor: StaffUser;
let counter = 0;

async function createStory(
  sectionId: string | null,
  tagIds: string[] = [],
  status: "published" | "draft" = "published",
) {
  counter += 1;
  return testDb.story.create({
    data: {
      slug: `taxonomy-${counter}`,
      headline: `Taxonomy story ${counter}`,
      body: { type: "doc", content: [] },
      bodyHtml: "<p>Text.</p>",
      bodyText: "Text.",
      status,
      sectionId,
      publishedAt: status === "published" ? new Date(Date.now() - 60_000) : null,
      tags: { create: tagIds.map((tagId) => ({ tagId })) },
    },
    select: { id: true, slug: true },
  });
}

const recordedTags = async () =>
  [...new Set((await testDb.cacheInvalidation.findMany()).flatMap((row) => row.tags))].sort();

const section = (name: string, slug: string, description: string | null = null) => ({
  name,
  slug,
  description,
});

beforeEach(async () => {
  await emptyDatabase();
  editor = await createStaff("editor", "Ana Ruiz");
});

describe("sections", () => {
  test("a rename keeps the old address redirecting, and invalidates the old and new lists and the stories' pages", async () => {
    const { section: created } = await createSection(section("Americas", "americas"), editor);
    const story = await createStory(created.id);
    await testDb.cacheInvalidation.deleteMany();

    await updateSection(
      created.id,
      section("The Americas", "the-americas", "From Alaska to Patagonia."),
      editor,
    );

    expect(await findRenamedSectionSlug("americas")).toBe("the-americas");
    expect(await loadSectionArchive("americas")).toBeNull();
    const archive = await loadSectionArchive("the-americas");
    expect(archive?.section).toEqual({
      slug: "the-americas",
      name: "The Americas",
      description: "From Alaska to Patagonia.",
    });
    expect(archive?.stories.map((shown) => shown.slug)).toEqual([story.slug]);
    expect(await recordedTags()).toEqual(
      expect.arrayContaining([
        "section:americas",
        "section:the-americas",
        "sections",
        "front",
        "feeds",
        `story:${story.slug}`,
      ]),
    );
    const audit = await testDb.auditEntry.findFirstOrThrow({ where: { action: "section.update" } });
    expect(audit).toMatchObject({
      actorId: editor.id,
      details: expect.objectContaining({ fromSlug: "americas", toSlug: "the-americas" }),
    });

    // Renamed again, the first address follows; a new section may take the old address back.
    await updateSection(created.id, section("Americas", "americas-desk"), editor);
    expect(await findRenamedSectionSlug("americas")).toBe("americas-desk");
    expect(await findRenamedSectionSlug("the-americas")).toBe("americas-desk");
    await createSection(section("Americas (new)", "americas"), editor);
    expect(await findRenamedSectionSlug("americas")).toBeNull();
  });

  test("an address another section has is refused, naming it, and nothing changes", async () => {
    const { section: europe } = await createSection(section("Europe", "europe"), editor);
    await createSection(section("World", "world"), editor);
    const refused = updateSection(europe.id, section("Europe", "world"), editor);
    await expect(refused).rejects.toBeInstanceOf(InputError);
    await expect(refused).rejects.toThrow(/“World” already has the address \/sections\/world/);
    expect(await testDb.section.findUniqueOrThrow({ where: { id: europe.id } })).toMatchObject({
      slug: "europe",
    });
  });

  test("archiving takes a section out of the navigation and the picker for new stories, not off the site", async () => {
    const { section: world } = await createSection(section("World", "world"), editor);
    const { section: weather } = await createSection(section("Weather", "weather"), editor);
    const story = await createStory(weather.id);

    await setSectionArchived(weather.id, true, editor);

    expect((await loadSectionsForNav()).map((shown) => shown.slug)).toEqual(["world"]);
    expect((await listSections()).map((shown) => shown.id)).toEqual([world.id]);
    // The story already in it still has it to choose.
    expect((await listSections({ storyId: story.id })).map((shown) => shown.id)).toEqual([
      world.id,
      weather.id,
    ]);
    expect((await loadSectionArchive("weather"))?.stories.map((shown) => shown.slug)).toEqual([story.slug]);
    expect(await recordedTags()).toEqual(expect.arrayContaining(["sections", "front"]));
    expect(await testDb.auditEntry.count({ where: { action: "section.archive" } })).toBe(1);

    await setSectionArchived(weather.id, false, editor);
    expect((await loadSectionsForNav()).map((shown) => shown.slug)).toEqual(["world", "weather"]);
  });

  test("an archived section takes no new story and no story moved in, but one already there can be saved", async () => {
    const { section: weather } = await createSection(section("Weather", "weather"), editor);
    const form = (overrides: Record<string, string>) =>
      storyFormSchema.parse({
        headline: "Fog Closes the Harbour",
        slug: "",
        dek: "",
        body: "Boats stayed in.",
        sectionId: weather.id,
        tags: "",
        version: "0",
        ...overrides,
      });
    const inside = await saveStory(form({}), editor);
    const outside = await saveStory(form({ headline: "Sun Returns", sectionId: "" }), editor);
    await setSectionArchived(weather.id, true, editor);

    const refusal = /The section “Weather” is archived. Choose another section./;
    await expect(saveStory(form({ headline: "More Fog" }), editor)).rejects.toThrow(refusal);
    await expect(
      saveStory(form({ headline: "Sun Returns", version: "1" }), editor, outside.id),
    ).rejects.toThrow(refusal);
    await expect(
      applyBulkStoryAction(editor, [outside.id], { kind: "move", sectionId: weather.id }),
    ).rejects.toThrow(refusal);
    await saveStory(form({ headline: "Fog Lifts", slug: inside.slug, version: "1" }), editor, inside.id);
    expect(await testDb.story.findUniqueOrThrow({ where: { id: inside.id } })).toMatchObject({
      headline: "Fog Lifts",
      sectionId: weather.id,
    });
  });

  test("moving up and down reorders the navigation, and stops at its ends", async () => {
    const ids = [];
    for (const name of ["World", "Business", "Sport"]) {
      ids.push((await createSection(section(name, name.toLowerCase()), editor)).section.id);
    }
    await moveSection(ids[2]!, "up", editor);
    expect((await loadSectionsForNav()).map((shown) => shown.name)).toEqual(["World", "Sport", "Business"]);
    const { moved } = await moveSection(ids[0]!, "up", editor);
    expect(moved).toBe(false);
    await moveSection(ids[0]!, "down", editor);
    expect((await listSectionsForDesk()).map((shown) => shown.name)).toEqual(["Sport", "World", "Business"]);
    expect(await testDb.auditEntry.count({ where: { action: "section.move" } })).toBe(2);
  });

  test("the form's schema makes the address from the name and says what is wrong", () => {
    expect(sectionSchema.parse({ name: "  Science & Health ", slug: "", description: "" })).toEqual({
      name: "Science & Health",
      slug: "science-health",
      description: null,
    });
    const refused = sectionSchema.safeParse({ name: "", slug: "Not OK", description: "" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining([
        "Give the section a name.",
        "Use lowercase letters, digits and single hyphens in the address.",
      ]),
    );
  });
});

describe("tags", () => {
  test("a rename keeps the old address redirecting and invalidates the stories' pages", async () => {
    const { tag } = await createTag({ name: "Climate", slug: "climate" }, editor);
    const story = await createStory(null, [tag.id]);
    await testDb.cacheInvalidation.deleteMany();

    await updateTag(tag.id, { name: "Climate change", slug: "climate-change" }, editor);

    expect(await findRenamedTagSlug("climate")).toBe("climate-change");
    expect(await loadTagArchive("climate")).toBeNull();
    expect((await loadTagArchive("climate-change"))?.tag).toEqual({
      slug: "climate-change",
      name: "Climate change",
    });
    expect(await recordedTags()).toEqual(
      expect.arrayContaining(["tag:climate", "tag:climate-change", `story:${story.slug}`]),
    );
  });

  test("renaming or merging a tag gives each story that had it a new version, so an open form cannot save the old tag back", async () => {
    const storyForm = (overrides: Record<string, string>) =>
      storyFormSchema.parse({ slug: "", dek: "", body: "Text.", sectionId: "", version: "0", ...overrides });
    const { tag: climate } = await createTag({ name: "Climate", slug: "climate" }, editor);
    const { tag: weather } = await createTag({ name: "Weather", slug: "weather" }, editor);
    const tagged = await saveStory(storyForm({ headline: "Warm Winter", tags: "Climate" }), editor);
    const other = await saveStory(storyForm({ headline: "Cold Spring", tags: "Weather" }), editor);
    const versionOf = async (id: string) => (await testDb.story.findUniqueOrThrow({ where: { id } })).version;

    // Nothing a story shows changes: no new version.
    await updateTag(climate.id, { name: "Climate", slug: "climate" }, editor);
    expect(await versionOf(tagged.id)).toBe(1);

    await updateTag(climate.id, { name: "Climate change", slug: "climate-change" }, editor);
    expect(await versionOf(tagged.id)).toBe(2);
    expect(await versionOf(other.id)).toBe(1);
    const revision = await testDb.revision.findUniqueOrThrow({
      where: { storyId_version: { storyId: tagged.id, version: 2 } },
    });
    expect(revision.fields).toMatchObject({ tags: ["Climate change"] });
    // The form opened before the rename still says "Climate": its save is refused, and no old tag comes back.
    const staleSave = saveStory(
      storyForm({ headline: "Warm Winter", slug: tagged.slug, tags: "Climate", version: "1" }),
      editor,
      tagged.id,
    );
    await expect(staleSave).rejects.toBeInstanceOf(StaleVersionError);
    expect(await testDb.tag.count({ where: { slug: "climate" } })).toBe(0);

    await mergeTags(weather.id, climate.id, editor);
    expect(await versionOf(other.id)).toBe(2);
    expect(await versionOf(tagged.id)).toBe(2);
    await expect(
      saveStory(storyForm({ headline: "Cold Spring", slug: other.slug, tags: "Weather", version: "1" }), editor, other.id),
    ).rejects.toBeInstanceOf(StaleVersionError);
  });

  test("a merge gives every story the kept tag once, removes the other, and redirects its address", async () => {
    const { tag: kept } = await createTag({ name: "Elections", slug: "elections" }, editor);
    const { tag: merged } = await createTag({ name: "Election", slug: "election" }, editor);
    await updateTag(merged.id, { name: "Election", slug: "vote" }, editor); // an older address of the merged tag
    const both = await createStory(null, [kept.id, merged.id]);
    const onlyMerged = await createStory(null, [merged.id]);
    const onlyKept = await createStory(null, [kept.id]);
    const draft = await createStory(null, [merged.id], "draft");
    await testDb.cacheInvalidation.deleteMany();

    const result = await mergeTags(merged.id, kept.id, editor);

    expect(result).toMatchObject({ stories: 3, kept: { slug: "elections" } });
    expect(await testDb.tag.findUnique({ where: { id: merged.id } })).toBeNull();
    const links = await testDb.storyTag.findMany({ orderBy: { storyId: "asc" } });
    expect(links).toHaveLength(4);
    expect(links.every((link) => link.tagId === kept.id)).toBe(true);
    expect(new Set(links.map((link) => link.storyId))).toEqual(
      new Set([both.id, onlyMerged.id, onlyKept.id, draft.id]),
    );
    expect(await findRenamedTagSlug("election")).toBe("elections");
    expect(await findRenamedTagSlug("vote")).toBe("elections");
    // Forms open on the changed stories see a new version.
    expect((await testDb.story.findUniqueOrThrow({ where: { id: onlyMerged.id } })).version).toBe(2);
    expect((await testDb.story.findUniqueOrThrow({ where: { id: onlyKept.id } })).version).toBe(1);
    expect(await recordedTags()).toEqual(
      expect.arrayContaining([
        "tag:election",
        "tag:vote",
        "tag:elections",
        `story:${both.slug}`,
        `story:${onlyMerged.slug}`,
      ]),
    );
    expect(await testDb.auditEntry.count({ where: { action: "tag.merge" } })).toBe(1);
    expect((await listTagsForDesk()).tags).toEqual([
      { id: kept.id, slug: "elections", name: "Elections", stories: 4 },
    ]);
  });

  test("a tag in use is not deleted, with a message saying why; an unused one is", async () => {
    const { tag: used } = await createTag({ name: "Oceans", slug: "oceans" }, editor);
    const { tag: unused } = await createTag({ name: "Rivers", slug: "rivers" }, editor);
    await createStory(null, [used.id], "draft");

    const refused = deleteTag(used.id, editor);
    await expect(refused).rejects.toBeInstanceOf(InputError);
    await expect(refused).rejects.toThrow("“Oceans” is on 1 story, so it cannot be deleted.");
    expect(await testDb.tag.count({ where: { id: used.id } })).toBe(1);

    await deleteTag(unused.id, editor);
    expect(await testDb.tag.count({ where: { id: unused.id } })).toBe(0);
    expect(await testDb.auditEntry.count({ where: { action: "tag.delete" } })).toBe(1);
  });

  test("search finds tags by name or address, with their story counts", async () => {
    const { tag } = await createTag({ name: "Space flight", slug: "space-flight" }, editor);
    await createTag({ name: "Football", slug: "football" }, editor);
    await createStory(null, [tag.id]);
    expect((await listTagsForDesk("SPACE")).tags).toEqual([
      { id: tag.id, slug: "space-flight", name: "Space flight", stories: 1 },
    ]);
  });
});

test("a writer, or nobody, may not change sections or tags, and a refusal changes nothing", async () => {
  const { section: world } = await createSection(section("World", "world"), editor);
  const { tag } = await createTag({ name: "Oceans", slug: "oceans" }, editor);
  const { tag: other } = await createTag({ name: "Seas", slug: "seas" }, editor);
  const writer = await createStaff("writer");
  const entries = await testDb.auditEntry.count();
  for (const actor of [writer, null] as unknown as StaffUser[]) {
    const attempts = [
      createSection(section("Sport", "sport"), actor),
      updateSection(world.id, section("Globe", "globe"), actor),
      moveSection(world.id, "down", actor),
      setSectionArchived(world.id, true, actor),
      createTag({ name: "Rivers", slug: "rivers" }, actor),
      updateTag(tag.id, { name: "Sea", slug: "sea" }, actor),
      mergeTags(tag.id, other.id, actor),
      deleteTag(other.id, actor),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
  }
  expect(await testDb.section.findMany({ select: { slug: true, archivedAt: true } })).toEqual([
    { slug: "world", archivedAt: null },
  ]);
  expect((await testDb.tag.findMany({ orderBy: { slug: "asc" } })).map((row) => row.slug)).toEqual([
    "oceans",
    "seas",
  ]);
  expect(await testDb.auditEntry.count()).toBe(entries);
});
