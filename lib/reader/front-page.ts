/** The front page as readers see it: the editors' arrangement first, then the news as it comes. */
import "server-only";
import { db } from "@/lib/platform/db";
import { summarySelect, toSummary, type StorySummary } from "@/lib/reader/stories";
import { visibleToReadersWhere } from "@/lib/content/visibility";
import { FRONT_PAGE_PLACES } from "@/lib/validation/workflow";

const TOP_STORIES = 4;
const RAIL_LENGTH = 4;
/**
 * A section's rail shows at least this many stories or is left out: one or
 * two stories under a section's name look like a page half made.
 */
export const MIN_RAIL_STORIES = 3;
// Short enough that the sections' rails below have stories left to show
// (with the demo content, a full rail).
const LATEST_LENGTH = 8;
/** How many of the newest stories the page reads: lead, top stories and latest, with room for the pinned ones. */
export const FRONT_PAGE_NEWEST = 1 + TOP_STORIES + LATEST_LENGTH + TOP_STORIES;
/** A story further down its section than this is on no rail (lib/reader-pages.ts). */
export const FRONT_PAGE_SECTION_NEWEST = FRONT_PAGE_NEWEST + FRONT_PAGE_PLACES + RAIL_LENGTH;

export type FrontPage = {
  lead: StorySummary | null;
  top: StorySummary[];
  rails: { section: { slug: string; name: string }; stories: StorySummary[] }[];
  latest: StorySummary[];
};

/**
 * Position 0 of the editors' arrangement is the lead, the next positions the
 * top stories; empty places are filled with the newest stories. Each story
 * appears once on the page; a section whose rail would be short of
 * MIN_RAIL_STORIES has none.
 */
export async function loadFrontPage(): Promise<FrontPage> {
  const [pinnedRows, newestRows, sections] = await Promise.all([
    db.story.findMany({
      where: { ...visibleToReadersWhere(), frontPageSlot: { isNot: null } },
      select: { ...summarySelect, frontPageSlot: { select: { position: true } } },
    }),
    db.story.findMany({
      where: visibleToReadersWhere(),
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: FRONT_PAGE_NEWEST,
      select: summarySelect,
    }),
    // An archived section keeps its page but leaves the front page's rails, as it leaves the navigation.
    db.section.findMany({
      where: { archivedAt: null },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true },
    }),
  ]);
  const pinned = pinnedRows
    .sort((a, b) => (a.frontPageSlot?.position ?? 0) - (b.frontPageSlot?.position ?? 0))
    .map(toSummary);
  const shown = new Set(pinned.map((story) => story.slug));
  const newest = newestRows.map(toSummary).filter((story) => !shown.has(story.slug));

  const arranged = [...pinned];
  while (arranged.length < 1 + TOP_STORIES && newest.length) arranged.push(newest.shift()!);
  const [lead = null, ...top] = arranged;
  const latest = newest.slice(0, LATEST_LENGTH);
  for (const story of [...arranged, ...latest]) shown.add(story.slug);

  const railRows = await Promise.all(
    sections.map((section) =>
      db.story.findMany({
        where: { ...visibleToReadersWhere(), sectionId: section.id, slug: { notIn: [...shown] } },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: RAIL_LENGTH,
        select: summarySelect,
      }),
    ),
  );
  const rails = sections
    .map((section, index) => ({
      section: { slug: section.slug, name: section.name },
      stories: (railRows[index] ?? []).map(toSummary),
    }))
    .filter((rail) => rail.stories.length >= MIN_RAIL_STORIES);

  return { lead, top, rails, latest };
}

/** The page itself is what is cached (and refreshed by writes, see lib/reader-pages.ts). */
export const getFrontPage = loadFrontPage;
