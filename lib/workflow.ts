/** Moving a story through the newsroom: review, approval, scheduling, publication, archiving. */
import "server-only";
import { db } from "@/lib/db";
import type { StaffUser } from "@/lib/roles";
import { StoryConflictError, type SavedStory } from "@/lib/story-mutations";

/** Publishes a story now (keeping its first publication time if it had one). */
export async function publishStory(storyId: string, user: StaffUser): Promise<SavedStory> {
  return db.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: storyId }, select: { slug: true, publishedAt: true } });
    if (!story) throw new StoryConflictError("This story no longer exists.");
    await tx.story.update({
      where: { id: storyId },
      data: { status: "published", publishedAt: story.publishedAt ?? new Date(), version: { increment: 1 } },
    });
    await tx.auditEntry.create({ data: { action: "story.publish", actorId: user.id, storyId } });
    return { id: storyId, slug: story.slug, affectedSlugs: [story.slug] };
  });
}

/** Takes a story off the site; it goes back to being a draft. */
export async function unpublishStory(storyId: string, user: StaffUser): Promise<SavedStory> {
  return db.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: storyId }, select: { slug: true } });
    if (!story) throw new StoryConflictError("This story no longer exists.");
    await tx.story.update({ where: { id: storyId }, data: { status: "draft", version: { increment: 1 } } });
    await tx.frontPageSlot.deleteMany({ where: { storyId } });
    await tx.auditEntry.create({ data: { action: "story.unpublish", actorId: user.id, storyId } });
    return { id: storyId, slug: story.slug, affectedSlugs: [story.slug] };
  });
}
