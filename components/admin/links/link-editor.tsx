"use client";
import { useActionState } from "react";
import { LinkSuggestions } from "@/components/admin/links/link-suggestions";
import { ReaderListPreview, readerList } from "@/components/admin/links/reader-list-preview";
import { hiddenLinkWarning, StoryFacts } from "@/components/admin/links/story-facts";
import { StorySearch } from "@/components/admin/links/story-search";
import { useOrderedList } from "@/components/admin/workflow/use-ordered-list";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { linkStoriesAction } from "@/lib/actions/links";
import type { EditorSuggestion, LinkableStory } from "@/lib/newsroom/links";

type EditedLink = LinkableStory & { linkBack: boolean };

export type LinkEditorProps = {
  storyId: string;
  initialLinks: LinkableStory[];
  suggestions: EditorSuggestion[];
  /** Stories that already link to this one: no need to offer linking back. */
  backlinkSlugs: string[];
  /** The most links a story may have (MAX_STORY_LINKS). */
  maxLinks: number;
  /** How long readers' list is when suggestions fill it (RELATED_HEADLINES_LENGTH). */
  readerListLength: number;
  timeZone: string;
};

/**
 * The ordered list of stories shown under this one, edited as a list and saved
 * at once: search as you type, suggestions with their reasons, up and down
 * buttons to reorder, and the list readers will get. Every part works from
 * the keyboard.
 */
export function LinkEditor(props: LinkEditorProps) {
  const { storyId, initialLinks, suggestions, maxLinks, readerListLength, timeZone } = props;
  const list = useOrderedList<EditedLink>(
    initialLinks.map((link) => ({ ...link, linkBack: false })),
    (link) => link.slug,
    (link) => link.headline,
    "link",
  );
  const [state, action, pending] = useActionState(linkStoriesAction, {} as FormState);
  const linked = new Set(list.items.map((link) => link.slug));
  const full = list.items.length >= maxLinks;
  const fullMessage = full
    ? `This story links to ${list.items.length} stories, the most it can (${maxLinks}): remove one to add another.`
    : undefined;
  const addLink = (story: LinkableStory) => {
    if (!full && !linked.has(story.slug)) list.add({ ...story, linkBack: false });
  };
  const unsaved = list.items.map((link) => link.slug).join() !== initialLinks.map((link) => link.slug).join();
  const shownSuggestions = new Set(readerList(list.items, suggestions, readerListLength).suggested.map((story) => story.slug));

  return (
    <form action={action} className="space-y-4" aria-label="Related stories">
      <input type="hidden" name="storyId" value={storyId} />
      <p className="text-sm" id="link-count">
        <span className="font-semibold">
          {list.items.length} of {maxLinks}
        </span>{" "}
        linked. Readers see every linked story that is published, in this order.
      </p>
      {list.items.length === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">No linked stories yet: readers see suggestions instead.</p>
      ) : (
        <LinkedList list={list} backlinkSlugs={props.backlinkSlugs} timeZone={timeZone} />
      )}
      <p aria-live="polite" className="sr-only">
        {list.announcement}
      </p>
      {fullMessage && (
        <p role="status" className="rounded bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          {fullMessage}
        </p>
      )}
      <StorySearch storyId={storyId} linked={linked} onPick={addLink} timeZone={timeZone} disabledReason={fullMessage} />
      <ReaderListPreview links={list.items} suggestions={suggestions} length={readerListLength} unsaved={unsaved} />
      <LinkSuggestions
        suggestions={suggestions.filter((story) => !linked.has(story.slug))}
        shownToReaders={shownSuggestions}
        onPick={addLink}
        timeZone={timeZone}
        disabled={full}
      />
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save links"}
      </button>
    </form>
  );
}

function LinkedList({
  list,
  backlinkSlugs,
  timeZone,
}: {
  list: ReturnType<typeof useOrderedList<EditedLink>>;
  backlinkSlugs: string[];
  timeZone: string;
}) {
  return (
    <ol className="space-y-2" aria-label="Linked stories" aria-describedby="link-count">
      {list.items.map((link, index) => {
        const warning = hiddenLinkWarning(link);
        return (
          <li key={link.slug} className="rounded border border-neutral-200 bg-white p-2 text-sm dark:border-neutral-800 dark:bg-neutral-900">
            <input type="hidden" name="linkedSlug" value={link.slug} />
            <div className="flex items-start gap-2">
              <span className="w-6 shrink-0 text-neutral-600 dark:text-neutral-400">{index + 1}.</span>
              <span className="min-w-0 flex-1">
                {link.headline}
                <StoryFacts story={link} timeZone={timeZone} />
                {warning && <span className="mt-1 block text-xs font-semibold text-amber-800 dark:text-amber-300">{warning}</span>}
              </span>
            </div>
            <div className="mt-2 flex flex-wrap items-center gap-2 pl-8">
              <button type="button" id={list.buttonId(link, "up")} className={secondaryButtonClass} onClick={() => list.move(index, -1)} disabled={index === 0} aria-label={`Move “${link.headline}” up`}>
                ↑
              </button>
              <button type="button" id={list.buttonId(link, "down")} className={secondaryButtonClass} onClick={() => list.move(index, 1)} disabled={index === list.items.length - 1} aria-label={`Move “${link.headline}” down`}>
                ↓
              </button>
              <button type="button" className={secondaryButtonClass} onClick={() => list.remove(index)} aria-label={`Remove “${link.headline}”`}>
                Remove
              </button>
              {backlinkSlugs.includes(link.slug) ? (
                <span className="text-xs text-neutral-600 dark:text-neutral-400">Links back here</span>
              ) : (
                <label className="flex items-center gap-1 text-xs">
                  <input
                    type="checkbox"
                    name="linkBackSlug"
                    value={link.slug}
                    checked={link.linkBack}
                    onChange={(event) => list.update(index, (item) => ({ ...item, linkBack: event.target.checked }))}
                  />
                  Also link back<span className="sr-only"> from “{link.headline}”</span>
                </label>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
