/** Editors' links between stories: the related headlines readers see first. */
import "server-only";
import { db } from "@/lib/db";
import type { StaffUser } from "@/lib/roles";
import { StoryConflictError, type SavedStory } from "@/lib/story-mutations";

/** Replaces a story's links with `linkedSlugs`, in that order. */
export async function setStoryLinks(storyId: string, linkedSlugs: string[], user: StaffUser): Promise<SavedStory> {
  return db.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: storyId }, select: { slug: true } });
    if (!story) throw new StoryConflictError("This story no longer exists.");
    if (linkedSlugs.includes(story.slug)) throw new StoryConflictError("A story cannot link to itself.");
    const targets = await tx.story.findMany({ where: { slug: { in: linkedSlugs } }, select: { id: true, slug: true } });
    const idBySlug = new Map(targets.map((target) => [target.slug, target.id]));
    const missing = linkedSlugs.filter((slug) => !idBySlug.has(slug));
    if (missing.length) throw new StoryConflictError(`No story has the slug ${missing.map((s) => `“${s}”`).join(", ")}.`);
    await tx.storyLink.deleteMany({ where: { fromStoryId: storyId } });
    await tx.storyLink.createMany({
      data: linkedSlugs.map((slug, position) => ({
        fromStoryId: storyId,
        toStoryId: idBySlug.get(slug)!,
        position,
        createdById: user.id,
      })),
    });
    await tx.auditEntry.create({ data: { action: "story.link", actorId: user.id, storyId, details: { linked: linkedSlugs } } });
    return { id: storyId, slug: story.slug, affectedSlugs: [story.slug] };
  });
}
