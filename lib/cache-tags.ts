/** Cache tags for reader pages; writes revalidate the tags of what they change. */
export const tags = {
  /** Every list of stories: front page, sections, related headlines. */
  storyLists: "story-lists",
  story: (slug: string) => `story:${slug}`,
} as const;
