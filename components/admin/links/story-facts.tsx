import { formatDate } from "@/lib/platform/format";
import type { LinkableStory } from "@/lib/newsroom/links";

const statusWords: Record<string, string> = {
  draft: "draft",
  in_review: "in review",
  approved: "approved, not published",
  scheduled: "scheduled",
  published: "published",
  archived: "archived",
};

/**
 * What tells two similar headlines apart: section, date and, unless readers
 * see it (or `always`), where it stands. `inline` sets it beside the headline.
 */
export function StoryFacts({
  story,
  timeZone,
  always = false,
  inline = false,
}: {
  story: LinkableStory;
  timeZone: string;
  always?: boolean;
  inline?: boolean;
}) {
  const facts = [
    story.sectionName ?? (always ? "No section" : null),
    story.publishedAt ? formatDate(story.publishedAt, timeZone) : always ? "No date yet" : null,
    story.visible && !always ? null : (statusWords[story.status] ?? story.status),
  ].filter(Boolean);
  if (facts.length === 0) return null;
  return <span className={`${inline ? "" : "block "}text-xs opacity-80`}>{facts.join(" · ")}</span>;
}

/** Why readers will not see a linked story, or nothing when they will. */
export function hiddenLinkWarning(story: LinkableStory): string | null {
  if (story.visible) return null;
  if (story.status === "scheduled") return "Readers will see this link once the story goes live.";
  return `Readers will not see this link: the story is ${statusWords[story.status] ?? story.status}.`;
}
