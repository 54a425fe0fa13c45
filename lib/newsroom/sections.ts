/**
 * The newsroom's sections: the editors' list, and creating, renaming,
 * describing, ordering and archiving them. Readers' reads of sections are in
 * lib/archives.ts. Every write checks the role itself, is audited, and
 * records the cache tags of what readers see change (lib/delivery/cache-tags.ts).
 */
import "server-only";
import { recordAudit } from "@/lib/people/audit";
import { recordInvalidation } from "@/lib/delivery/cache-invalidation";
import {
  cacheTagsOfStories,
  FEEDS_TAG,
  FRONT_TAG,
  sectionTag,
  SECTIONS_TAG,
  SITEMAPS_TAG,
} from "@/lib/delivery/cache-tags";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InputError } from "@/lib/platform/errors";
import { assertRole, EDITORIAL_ROLES, type StaffUser } from "@/lib/people/roles";
import type { SectionInput } from "@/lib/validation/taxonomy";

type Tx = Prisma.TransactionClient;

export type DeskSection = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  archived: boolean;
  stories: number;
};

const deskSectionSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  archivedAt: true,
  _count: { select: { stories: true } },
} satisfies Prisma.SectionSelect;

/** A section row as the desk shows it: archived or not, and how many stories it has. */
function toDeskSection({
  archivedAt,
  _count,
  ...section
}: Prisma.SectionGetPayload<{ select: typeof deskSectionSelect }>): DeskSection {
  return { ...section, archived: archivedAt !== null, stories: _count.stories };
}

/** Every section, those in the navigation first in their order, then the archived ones by name. */
export async function listSectionsForDesk(): Promise<DeskSection[]> {
  const rows = await db.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: deskSectionSelect,
  });
  const sections = rows.map(toDeskSection);
  return [
    ...sections.filter((section) => !section.archived),
    ...sections.filter((section) => section.archived).sort((a, b) => a.name.localeCompare(b.name)),
  ];
}

export async function getSectionForEditing(id: string): Promise<DeskSection | null> {
  const row = await db.section.findUnique({
    where: { id },
    select: deskSectionSelect,
  });
  return row && toDeskSection(row);
}

/** The current slug of a section that used to be at `slug`, or null. */
export async function findRenamedSectionSlug(slug: string): Promise<string | null> {
  const redirect = await db.sectionSlugRedirect.findUnique({
    where: { slug },
    select: { section: { select: { slug: true } } },
  });
  return redirect?.section.slug ?? null;
}

// Sections change rarely and together (an order is the whole list's):
// one writer at a time keeps positions and addresses consistent.
const lockSections = (tx: Tx) => tx.$executeRaw`LOCK TABLE "Section" IN SHARE ROW EXCLUSIVE MODE`;

/** Takes the sections' lock and reads the section a change is about, or says it has gone. */
async function lockedSection(tx: Tx, id: string) {
  await lockSections(tx);
  const section = await tx.section.findUnique({
    where: { id },
    select: { slug: true, name: true, description: true, archivedAt: true },
  });
  if (!section) throw new InputError("That section no longer exists. Reload the page.");
  return section;
}

async function assertSlugFree(tx: Tx, slug: string, exceptId?: string) {
  const taken = await tx.section.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (taken && taken.id !== exceptId) {
    throw new InputError(
      `The section “${taken.name}” already has the address /sections/${slug}. Choose another.`,
      "slug",
    );
  }
}

/** Adds a section at the end of the navigation. */
export async function createSection(input: SectionInput, user: StaffUser) {
  assertRole(user, EDITORIAL_ROLES);
  return db.$transaction(async (tx) => {
    await lockSections(tx);
    await assertSlugFree(tx, input.slug);
    const last = await tx.section.aggregate({ _max: { position: true } });
    const section = await tx.section.create({
      data: { ...input, position: (last._max.position ?? -1) + 1 },
      select: { id: true, slug: true },
    });
    // The address may have been another section's before: it is this one's now.
    await tx.sectionSlugRedirect.deleteMany({ where: { slug: input.slug } });
    await recordAudit(tx, {
      action: "section.create",
      actorId: user.id,
      details: { name: input.name, slug: input.slug },
    });
    // The address may have been cached as a 404; the navigation, front page and sitemap list sections.
    const cacheTags = [sectionTag(input.slug), SECTIONS_TAG, FRONT_TAG, SITEMAPS_TAG];
    await recordInvalidation(tx, cacheTags);
    return { section, cacheTags };
  });
}

/**
 * Renames, re-addresses or describes a section. A new address keeps the old
 * one (page and feed) redirecting to it; a new name or address changes every
 * page showing the section, its stories' pages included.
 */
export async function updateSection(id: string, input: SectionInput, user: StaffUser) {
  assertRole(user, EDITORIAL_ROLES);
  return db.$transaction(async (tx) => {
    const current = await lockedSection(tx, id);
    await assertSlugFree(tx, input.slug, id);
    await tx.section.update({ where: { id }, data: input });
    const moved = current.slug !== input.slug;
    if (moved) {
      await tx.sectionSlugRedirect.upsert({
        where: { slug: current.slug },
        update: { sectionId: id },
        create: { slug: current.slug, sectionId: id },
      });
      await tx.sectionSlugRedirect.deleteMany({ where: { slug: input.slug } });
    }
    const changes: Prisma.InputJsonObject = {
      ...(current.name !== input.name && { fromName: current.name, toName: input.name }),
      ...(moved && { fromSlug: current.slug, toSlug: input.slug }),
      ...(current.description !== input.description && { description: "changed" }),
    };
    await recordAudit(tx, {
      action: "section.update",
      actorId: user.id,
      details: { name: input.name, ...changes },
    });

    let cacheTags = [sectionTag(current.slug), sectionTag(input.slug)];
    if (moved) {
      // Its former addresses answer with a redirect to the address that changed.
      const former = await tx.sectionSlugRedirect.findMany({
        where: { sectionId: id },
        select: { slug: true },
      });
      cacheTags.push(...former.map((row) => sectionTag(row.slug)));
    }
    if (moved || current.name !== input.name) {
      const stories = await tx.story.findMany({ where: { sectionId: id }, select: { id: true } });
      const ofStories = await cacheTagsOfStories(
        tx,
        stories.map((story) => story.id),
      );
      cacheTags = [...cacheTags, SECTIONS_TAG, FRONT_TAG, FEEDS_TAG, SITEMAPS_TAG, ...ofStories];
    }
    cacheTags = [...new Set(cacheTags)].sort();
    await recordInvalidation(tx, cacheTags);
    return { slug: input.slug, cacheTags };
  });
}

/** Moves a section one place up or down the navigation (archived sections have no place). */
export async function moveSection(id: string, direction: "up" | "down", user: StaffUser) {
  assertRole(user, EDITORIAL_ROLES);
  return db.$transaction(async (tx) => {
    await lockSections(tx);
    const order = await tx.section.findMany({
      where: { archivedAt: null },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    });
    const from = order.findIndex((section) => section.id === id);
    if (from === -1) throw new InputError("Only sections in the navigation have a place. Reload the page.");
    const to = direction === "up" ? from - 1 : from + 1;
    const moving = order[from]!;
    if (to < 0 || to >= order.length) return { cacheTags: [], name: moving.name, moved: false };
    order.splice(from, 1);
    order.splice(to, 0, moving);
    // Positions are renumbered 0..n-1, which also mends ties left by older data.
    for (const [position, section] of order.entries()) {
      await tx.section.update({ where: { id: section.id }, data: { position } });
    }
    await recordAudit(tx, {
      action: "section.move",
      actorId: user.id,
      details: { name: moving.name, direction, position: to + 1 },
    });
    const cacheTags = [SECTIONS_TAG, FRONT_TAG, SITEMAPS_TAG];
    await recordInvalidation(tx, cacheTags);
    return { cacheTags, name: moving.name, moved: true };
  });
}

/**
 * Archives a section (out of the navigation, the front page's rails and the
 * section picker of new stories; its page and stories stay readable) or
 * brings it back at the end of the navigation.
 */
export async function setSectionArchived(id: string, archived: boolean, user: StaffUser) {
  assertRole(user, EDITORIAL_ROLES);
  return db.$transaction(async (tx) => {
    const current = await lockedSection(tx, id);
    if ((current.archivedAt !== null) === archived) return { cacheTags: [], name: current.name };
    const last = archived
      ? null
      : await tx.section.aggregate({ where: { archivedAt: null }, _max: { position: true } });
    await tx.section.update({
      where: { id },
      data: archived
        ? { archivedAt: new Date() }
        : { archivedAt: null, position: (last?._max.position ?? -1) + 1 },
    });
    await recordAudit(tx, {
      action: archived ? "section.archive" : "section.unarchive",
      actorId: user.id,
      details: { name: current.name, slug: current.slug },
    });
    const cacheTags = [SECTIONS_TAG, FRONT_TAG, sectionTag(current.slug)];
    await recordInvalidation(tx, cacheTags);
    return { cacheTags, name: current.name };
  });
}
