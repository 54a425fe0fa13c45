import { formatDate } from "@/lib/format";
import type { LinkableStory } from "@/lib/links";

const statusWords: Record<string, string> = {
  draft: "draft",
  in_review: "in review",
  approved: "approved, not published",
  scheduled: "scheduled",
  published: "published",
  archived: "archived",
};

/** What tells two similar headlines apart: section, date and, unless readers see it, where it stands. */
export function StoryFacts({ story, timeZone }: { story: LinkableStory; timeZone: string }) {
  const facts = [
    story.sectionName,
    story.publishedAt ? formatDate(story.publishedAt, timeZone) : null,
    story.visible ? null : (statusWords[story.status] ?? story.status),
  ].filter(Boolean);
  if (facts.length === 0) return null;
  return <span className="block text-xs opacity-80">{facts.join(" · ")}</span>;
}

/** Why readers will not see a linked story, or nothing when they will. */
export function hiddenLinkWarning(story: LinkableStory): string | null {
  if (story.visible) return null;
  if (story.status === "scheduled") return "Readers will see this link once the story goes live.";
  return `Readers will not see this link: the story is ${statusWords[story.status] ?? story.status}.`;
}
