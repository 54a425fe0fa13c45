/** Everything the edit page's side column shows, for the person looking at it. */
import "server-only";
import { formatDateTime } from "@/lib/platform/format";
import { loadLinkEditor, type EditorLink, type EditorSuggestion, type LinkableStory } from "@/lib/newsroom/links";
import { RELATED_HEADLINES_LENGTH } from "@/lib/content/related-rule";
import { canEditAnyStory, type StaffUser } from "@/lib/people/roles";
import { site } from "@/lib/platform/site";
import { MAX_STORY_LINKS } from "@/lib/validation/story";
import { getStoryWorkflow, type StoryWorkflow } from "@/lib/newsroom/workflow";
import { isVisibleToReaders } from "@/lib/content/visibility";
import { availableTransitions, mayAddReviewNote, type Transition } from "@/lib/newsroom/workflow-rules";
import { dateToZonedLocal } from "@/lib/platform/zoned-time";

/**
 * What the edit page's side column shows (components/admin/workflow/story-aside.tsx
 * renders it): where the story stands and the moves this person may make,
 * the review notes, and the story's links.
 */
/** Where a story stands and the steps this person may take next (the desk's bar, the side column). */
export type StoryPublishing = {
  storyId: string;
  headline: string;
  status: string;
  /** The moves this user may make now; the server checks them again. */
  transitions: Transition[];
  /** Says where the story stands, e.g. "Scheduled for May 2, 9:30 AM EDT". */
  summary: string;
  schedule: { defaultValue: string; timeZoneName: string };
  /** Writers delete their drafts; for everyone else it is archiving. */
  archiveLabel: string;
};

export type StoryAsideProps = {
  storyId: string;
  publishing: StoryPublishing;
  notes: { id: string; body: string; author: string; createdAt: string; createdAtLabel: string }[];
  mayAddNote: boolean;
  /** Null when the user may not edit links. */
  links: {
    initialLinks: LinkableStory[];
    suggestions: EditorSuggestion[];
    maxLinks: number;
    readerListLength: number;
    timeZone: string;
  } | null;
  backlinks: EditorLink[];
};

const HOUR = 3_600_000;

function timeZoneName(now: Date): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: site.timeZone, timeZoneName: "short" }).formatToParts(now);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? site.timeZone;
}

function summarise(story: StoryWorkflow, now: Date): string {
  const at = story.publishedAt ? formatDateTime(story.publishedAt.toISOString(), site.timeZone) : null;
  switch (story.status) {
    case "draft":
      return "Draft: only the newsroom sees it.";
    case "in_review":
      return "In review: waiting for an editor.";
    case "approved":
      return "Approved: ready to schedule or publish.";
    case "scheduled":
      return isVisibleToReaders(story, now)
        ? `Scheduled for ${at}: that time has passed, so readers see it.`
        : `Scheduled for ${at}. Readers see it from then on.`;
    case "published":
      return `Published ${at}.`;
    case "archived":
      return "Archived: readers do not see it.";
  }
}

export async function loadStoryAside(storyId: string, user: StaffUser, now = new Date()): Promise<StoryAsideProps | null> {
  const story = await getStoryWorkflow(storyId);
  if (!story) return null;
  const editorial = canEditAnyStory(user);
  const links = await loadLinkEditor(storyId);
  const scheduledFor = story.status === "scheduled" && story.publishedAt && story.publishedAt > now ? story.publishedAt : null;
  return {
    storyId,
    publishing: {
      storyId,
      headline: story.headline,
      status: story.status,
      transitions: availableTransitions(user, story),
      summary: summarise(story, now),
      schedule: {
        // The next whole hour at least an hour away, unless a time is set already.
        defaultValue: dateToZonedLocal(scheduledFor ?? new Date(Math.ceil((now.getTime() + HOUR) / HOUR) * HOUR), site.timeZone),
        timeZoneName: timeZoneName(now),
      },
      archiveLabel: editorial ? "Archive" : "Delete draft",
    },
    notes: story.reviewNotes.map((note) => ({
      id: note.id,
      body: note.body,
      author: note.author?.name ?? "A former colleague",
      createdAt: note.createdAt.toISOString(),
      createdAtLabel: formatDateTime(note.createdAt.toISOString(), site.timeZone),
    })),
    mayAddNote: mayAddReviewNote(user, story),
    links: editorial
      ? {
          initialLinks: links.links,
          suggestions: links.suggestions,
          maxLinks: MAX_STORY_LINKS,
          readerListLength: RELATED_HEADLINES_LENGTH,
          timeZone: site.timeZone,
        }
      : null,
    backlinks: links.backlinks,
  };
}
