"use client";
import { useActionState, useEffect, useId, useState } from "react";
import { useOrderedList } from "@/components/admin/workflow/use-ordered-list";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { linkStoriesAction } from "@/lib/actions/links";

export type LinkedStory = { slug: string; headline: string; status: string; visible?: boolean };
type EditedLink = LinkedStory & { linkBack: boolean };

const SEARCH_DELAY_MS = 200;

const statusWords: Record<string, string> = {
  draft: "a draft",
  in_review: "in review",
  approved: "approved, not published",
  scheduled: "scheduled and not live yet",
  archived: "archived",
};

/**
 * The ordered list of stories shown under this one, edited as a list and saved
 * at once: search as you type, suggestions ranked like the reader page's, and
 * up and down buttons to reorder. Every part works from the keyboard.
 */
export function LinkEditor({
  storyId,
  initialLinks,
  suggestions,
  backlinkSlugs,
}: {
  storyId: string;
  initialLinks: LinkedStory[];
  suggestions: LinkedStory[];
  /** Stories that already link to this one: no need to offer linking back. */
  backlinkSlugs: string[];
}) {
  const list = useOrderedList<EditedLink>(
    initialLinks.map((link) => ({ ...link, linkBack: false })),
    (link) => link.slug,
    (link) => link.headline,
    "link",
  );
  const [state, action, pending] = useActionState(linkStoriesAction, {} as FormState);
  const linked = new Set(list.items.map((link) => link.slug));
  const addLink = (story: LinkedStory) => list.add({ ...story, linkBack: false });

  return (
    <form action={action} className="space-y-4" aria-label="Related stories">
      <input type="hidden" name="storyId" value={storyId} />
      {list.items.length === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">No linked stories yet: readers see suggestions instead.</p>
      ) : (
        <ol className="space-y-2" aria-label="Linked stories">
          {list.items.map((link, index) => (
            <li key={link.slug} className="rounded border border-neutral-200 bg-white p-2 text-sm dark:border-neutral-800 dark:bg-neutral-900">
              <input type="hidden" name="linkedSlug" value={link.slug} />
              <div className="flex items-start gap-2">
                <span className="w-6 shrink-0 text-neutral-600 dark:text-neutral-400">{index + 1}.</span>
                <span className="flex-1">
                  {link.headline}
                  {link.status !== "published" && link.visible !== true && (
                    <span className="mt-1 block text-xs font-semibold text-amber-800 dark:text-amber-300">
                      Readers will not see this link: the story is {statusWords[link.status] ?? link.status}.
                    </span>
                  )}
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
          ))}
        </ol>
      )}
      <p aria-live="polite" className="sr-only">
        {list.announcement}
      </p>
      <StorySearch storyId={storyId} linked={linked} onPick={addLink} />
      <Suggestions suggestions={suggestions.filter((story) => !linked.has(story.slug))} onPick={addLink} />
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save links"}
      </button>
    </form>
  );
}

/** A combobox (WAI-ARIA pattern with a listbox popup) over the story search. */
function StorySearch({
  storyId,
  linked,
  onPick,
}: {
  storyId: string;
  linked: Set<string>;
  onPick: (story: LinkedStory) => void;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<LinkedStory[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searched, setSearched] = useState("");
  const options = results.filter((story) => !linked.has(story.slug));

  useEffect(() => {
    const text = query.trim();
    if (!text) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ q: text, exclude: storyId });
        const response = await fetch(`/api/admin/stories/search?${params}`, { signal: controller.signal });
        if (!response.ok) return;
        setResults((await response.json()) as LinkedStory[]);
        setSearched(text);
        setActive(-1);
      } catch {
        // A search overtaken by the next keystroke is aborted; nothing to show.
      }
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, storyId]);

  const pick = (story: LinkedStory | undefined) => {
    if (!story) return;
    onPick(story);
    setQuery("");
    setResults([]);
    setSearched("");
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((current) => Math.min(current + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((current) => Math.max(current - 1, 0));
    } else if (event.key === "Enter") {
      // Enter chooses a story; it never submits the links half-edited.
      event.preventDefault();
      if (open) pick(options[active] ?? (options.length === 1 ? options[0] : undefined));
    } else if (event.key === "Escape") {
      if (open) event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const listboxId = `${id}-results`;
  const expanded = open && query.trim() !== "" && options.length > 0;
  const status = !query.trim()
    ? ""
    : searched !== query.trim()
      ? ""
      : options.length
        ? `${options.length} ${options.length === 1 ? "story matches" : "stories match"}. Use the arrow keys to choose, Enter to add.`
        : "No story matches.";

  return (
    <div className="relative space-y-1">
      <label htmlFor={`${id}-input`} className="block text-sm font-semibold">
        Search stories to link
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          if (!event.target.value.trim()) setResults([]);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        className={inputClass}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label="Matching stories"
        hidden={!expanded}
        className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded border border-neutral-300 bg-white shadow-lg dark:border-neutral-700 dark:bg-neutral-900"
      >
        {options.map((story, index) => (
          <li
            key={story.slug}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            // Keeps focus in the input, so the blur does not close the list before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(story)}
            className={`cursor-pointer px-3 py-2 text-sm ${index === active ? "bg-neutral-900 text-white dark:bg-white dark:text-neutral-900" : "hover:bg-neutral-100 dark:hover:bg-neutral-800"}`}
          >
            {story.headline}
            {story.status !== "published" && <span className="ml-2 text-xs opacity-75">({statusWords[story.status] ?? story.status})</span>}
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="text-xs text-neutral-600 dark:text-neutral-400">
        {status}
      </p>
    </div>
  );
}

/** Published stories the reader page would suggest, best first, each one click from the list. */
function Suggestions({ suggestions, onPick }: { suggestions: LinkedStory[]; onPick: (story: LinkedStory) => void }) {
  if (suggestions.length === 0) return null;
  return (
    <section aria-labelledby="link-suggestions-heading" className="space-y-2">
      <h3 id="link-suggestions-heading" className="text-sm font-semibold">
        Suggested
      </h3>
      <ul className="space-y-1">
        {suggestions.map((story) => (
          <li key={story.slug} className="flex items-start gap-2 text-sm">
            <span className="flex-1">{story.headline}</span>
            <button type="button" className={secondaryButtonClass} onClick={() => onPick(story)} aria-label={`Add “${story.headline}”`}>
              Add
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
