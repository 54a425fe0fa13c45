"use client";
import { useEffect, useId, useState } from "react";
import { StoryFacts } from "@/components/admin/links/story-facts";
import { inputClass } from "@/components/ui/field";
import type { LinkableStory } from "@/lib/newsroom/links";

const SEARCH_DELAY_MS = 200;

/**
 * A combobox (the WAI-ARIA pattern with a listbox popup) over the story
 * search. `disabledReason`, when set, turns it off and says why.
 */
export function StorySearch({
  storyId,
  linked,
  onPick,
  timeZone,
  disabledReason,
}: {
  storyId: string;
  linked: Set<string>;
  onPick: (story: LinkableStory) => void;
  timeZone: string;
  disabledReason?: string;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const { results, searched, clear } = useStorySearch(query, storyId);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = results.filter((story) => !linked.has(story.slug));
  // New results: no option is chosen yet.
  const [shown, setShown] = useState(results);
  if (shown !== results) {
    setShown(results);
    setActive(-1);
  }

  const pick = (story: LinkableStory | undefined) => {
    if (!story) return;
    onPick(story);
    setQuery("");
    clear();
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
  const statusId = `${id}-status`;
  const expanded = !disabledReason && open && query.trim() !== "" && options.length > 0;
  const status = disabledReason ?? searchStatus(query, searched, options.length);

  return (
    <div className="space-y-1">
      <label htmlFor={`${id}-input`} className="block text-sm font-semibold">
        Search stories to link
      </label>
      {/* The status line sits above the popup, so the results never cover it. */}
      <p id={statusId} aria-live="polite" className="min-h-4 text-xs text-neutral-600 dark:text-neutral-400">
        {status}
      </p>
      <div className="relative">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-describedby={statusId}
          aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          autoComplete="off"
          disabled={Boolean(disabledReason)}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            if (!event.target.value.trim()) clear();
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
          className={`${inputClass} disabled:opacity-60`}
        />
        <ul
          id={listboxId}
          role="listbox"
          aria-label="Matching stories"
          hidden={!expanded}
          className="absolute z-10 mt-1 max-h-80 w-full overflow-auto rounded border border-neutral-300 bg-white shadow-lg dark:border-neutral-700 dark:bg-neutral-900"
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
              className={`flex cursor-pointer flex-wrap items-baseline justify-between gap-x-3 px-3 py-2 text-sm ${index === active ? "bg-neutral-900 text-white dark:bg-white dark:text-neutral-900" : "hover:bg-neutral-100 dark:hover:bg-neutral-800"}`}
            >
              <span className="min-w-0 font-medium">{story.headline}</span>
              <StoryFacts story={story} timeZone={timeZone} always inline />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * The stories matching `query` (all but `storyId`), asked of the server a
 * moment after the typing stops; an answer overtaken by the next keystroke is
 * dropped. `searched` is the text the results are for.
 */
function useStorySearch(query: string, storyId: string) {
  const [results, setResults] = useState<LinkableStory[]>([]);
  const [searched, setSearched] = useState("");
  useEffect(() => {
    const text = query.trim();
    if (!text) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ q: text, exclude: storyId });
        const response = await fetch(`/api/admin/stories/search?${params}`, { signal: controller.signal });
        if (!response.ok) return;
        setResults((await response.json()) as LinkableStory[]);
        setSearched(text);
      } catch {
        // A search overtaken by the next keystroke is aborted; nothing to show.
      }
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, storyId]);
  const clear = () => {
    setResults([]);
    setSearched("");
  };
  return { results, searched, clear };
}

/** What the status line says: nothing until the results are for the text typed. */
function searchStatus(query: string, searched: string, matches: number): string {
  if (!query.trim() || searched !== query.trim()) return "";
  if (!matches) return "No story matches.";
  return `${matches} ${matches === 1 ? "story matches" : "stories match"}. Use the arrow keys to choose, Enter to add.`;
}
