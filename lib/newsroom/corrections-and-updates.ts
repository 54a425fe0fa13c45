/**
 * Corrections, clarifications and updates appended to a story. Readers see
 * them under the story; corrections and clarifications also go to the
 * public corrections page. Only editors and admins append them.
 */
import "server-only";
import { WrongStateError } from "@/lib/platform/errors";
import { db } from "@/lib/platform/db";
import { recordAudit } from "@/lib/people/audit";
import type { AmendmentKind } from "@/lib/generated/prisma/enums";
import { recordInvalidation } from "@/lib/delivery/cache-invalidation";
import { withCacheTags } from "@/lib/delivery/cache-tags";
import { assertRole, EDITORIAL_ROLES, type StaffUser } from "@/lib/people/roles";

/** Appends an amendment, stamped with the time; returns the cache tags it changed (recorded with it). */
export async function addAmendment(
  storyId: string,
  amendment: { kind: AmendmentKind; text: string },
  user: StaffUser,
): Promise<{ slug: string; cacheTags: string[] }> {
  assertRole(user, EDITORIAL_ROLES);
  return db.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: storyId }, select: { slug: true } });
    if (!story) throw new WrongStateError("This story no longer exists.");
    const { cacheTags } = await withCacheTags(tx, [storyId], async () => {
      await tx.storyAmendment.create({
        data: { storyId, kind: amendment.kind, text: amendment.text, createdById: user.id },
      });
      await recordAudit(tx, {
        action: "story.amend",
        actorId: user.id,
        storyId,
        details: { kind: amendment.kind },
      });
    });
    await recordInvalidation(tx, cacheTags);
    return { slug: story.slug, cacheTags };
  });
}
