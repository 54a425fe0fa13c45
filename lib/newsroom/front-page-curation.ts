/**
 * The editors' arrangement of the front page: position 0 is the lead story,
 * 1 to 4 the top stories (lib/reader/front-page.ts reads it for readers).
 */
import "server-only";
import { ForbiddenError, InputError, WrongStateError } from "@/lib/platform/errors";
import { recordInvalidation } from "@/lib/delivery/cache-invalidation";
import { FRONT_TAG } from "@/lib/delivery/cache-tags";
import { db } from "@/lib/platform/db";
import { recordAudit } from "@/lib/people/audit";
import { canEditAnyStory, type StaffUser } from "@/lib/people/roles";
import { visibleToReadersWhere } from "@/lib/content/visibility";
import { FRONT_PAGE_PLACES } from "@/lib/validation/workflow";

const CANDIDATES = 200;

export type FrontPageStory = { id: string; slug: string; headline: string; publishedAt: Date | null };

const storySelect = { id: true, slug: true, headline: true, publishedAt: true } as const;

/** The current arrangement, in order, and the published stories an editor can place. */
export async function loadFrontPageArrangement() {
  const [slots, candidates] = await Promise.all([
    db.frontPageSlot.findMany({
      where: { story: visibleToReadersWhere() },
      orderBy: { position: "asc" },
      select: { story: { select: storySelect } },
    }),
    db.story.findMany({
      where: visibleToReadersWhere(),
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: CANDIDATES,
      select: storySelect,
    }),
  ]);
  return { arranged: slots.map(({ story }) => story), candidates };
}

/**
 * Replaces the arrangement with `storyIds`, in order: the first leads. Only
 * stories readers can see may be placed.
 */
export async function arrangeFrontPage(storyIds: string[], user: StaffUser): Promise<void> {
  if (!canEditAnyStory(user)) throw new ForbiddenError("Only editors and admins arrange the front page.");
  if (storyIds.length > FRONT_PAGE_PLACES) {
    throw new InputError(`The front page has ${FRONT_PAGE_PLACES} places: the lead and four top stories.`);
  }
  if (new Set(storyIds).size !== storyIds.length) throw new InputError("A story can have only one place.");
  await db.$transaction(async (tx) => {
    // Two editors saving at once: the second waits, then replaces the first's arrangement.
    await tx.$executeRaw`LOCK TABLE "FrontPageSlot" IN EXCLUSIVE MODE`;
    const visible = await tx.story.findMany({
      where: { id: { in: storyIds }, ...visibleToReadersWhere() },
      select: { id: true, slug: true },
    });
    if (visible.length !== storyIds.length) {
      throw new WrongStateError("Only published stories can go on the front page. Reload the page and choose again.");
    }
    const slugById = new Map(visible.map((story) => [story.id, story.slug]));
    await tx.frontPageSlot.deleteMany({});
    await tx.frontPageSlot.createMany({ data: storyIds.map((storyId, position) => ({ position, storyId })) });
    await recordAudit(tx, {
      action: "front_page.arrange",
      actorId: user.id,
      details: { lead: slugById.get(storyIds[0] ?? "") ?? null, order: storyIds.map((id) => slugById.get(id) ?? id) },
    });
    await recordInvalidation(tx, [FRONT_TAG]);
  });
}
