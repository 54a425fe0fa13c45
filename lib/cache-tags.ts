/** Cache tags for reader pages; writes revalidate the tags of what they change. */
export const tags = {
  /** Every list of stories: front page, sections, related headlines. */
  storyLists: "story-lists",
  story: (slug: string) => `story:${slug}`,
} as const;

/**
 * The rendered pages a tag stands for, revalidated beside the tag itself so a
 * page regenerated in the background just before the write cannot bring the
 * old version back.
 */
export function pathsForTag(tag: string): string[] {
  return tag.startsWith("story:") ? [`/stories/${tag.slice("story:".length)}`] : [];
}
