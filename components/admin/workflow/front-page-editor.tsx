"use client";
import { useActionState, useState } from "react";
import { useOrderedList } from "@/components/admin/workflow/use-ordered-list";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { arrangeFrontPageAction } from "@/lib/actions/front-page";

export type FrontPageChoice = { id: string; headline: string; published: string };

const PLACES = 5;
const placeName = (index: number) => (index === 0 ? "Lead story" : `Top story ${index}`);

/**
 * The editors' arrangement of the front page: the first story leads, the next
 * four are the top stories. Places left empty fill with the newest stories.
 */
export function FrontPageEditor({ arranged, candidates }: { arranged: FrontPageChoice[]; candidates: FrontPageChoice[] }) {
  const list = useOrderedList(arranged, (story) => story.id, (story) => story.headline, "front");
  const [choice, setChoice] = useState("");
  const [state, action, pending] = useActionState(arrangeFrontPageAction, {} as FormState);
  const placed = new Set(list.items.map((story) => story.id));
  const available = candidates.filter((story) => !placed.has(story.id));
  const full = list.items.length >= PLACES;

  return (
    <form action={action} className="space-y-4" aria-label="Front page">
      {list.items.length === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">Nothing is placed: the front page shows the newest stories.</p>
      ) : (
        <ol className="space-y-2" aria-label="Front page order">
          {list.items.map((story, index) => (
            <li key={story.id} className="flex flex-wrap items-center gap-2 rounded border border-neutral-200 bg-white p-3 text-sm dark:border-neutral-800 dark:bg-neutral-900">
              <input type="hidden" name="storyId" value={story.id} />
              <span className="w-28 shrink-0 text-xs font-semibold tracking-wide text-neutral-600 dark:text-neutral-400 uppercase">{placeName(index)}</span>
              <span className="min-w-0 flex-1 font-serif">{story.headline}</span>
              <button type="button" id={list.buttonId(story, "up")} className={secondaryButtonClass} onClick={() => list.move(index, -1)} disabled={index === 0} aria-label={`Move “${story.headline}” up`}>
                ↑
              </button>
              <button type="button" id={list.buttonId(story, "down")} className={secondaryButtonClass} onClick={() => list.move(index, 1)} disabled={index === list.items.length - 1} aria-label={`Move “${story.headline}” down`}>
                ↓
              </button>
              <button type="button" className={secondaryButtonClass} onClick={() => list.remove(index)} aria-label={`Remove “${story.headline}” from the front page`}>
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <p aria-live="polite" className="sr-only">
        {list.announcement}
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="front-page-choice" className="block text-sm font-semibold">
            Published story to place
          </label>
          <select id="front-page-choice" value={choice} onChange={(event) => setChoice(event.target.value)} disabled={full} className={inputClass}>
            <option value="">{full ? "Every place is taken" : "Choose a story…"}</option>
            {available.map((story) => (
              <option key={story.id} value={story.id}>
                {story.headline} ({story.published})
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={!choice || full}
          onClick={() => {
            const picked = available.find((story) => story.id === choice);
            if (picked) list.add(picked);
            setChoice("");
          }}
        >
          Add to front page
        </button>
      </div>
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save front page"}
      </button>
    </form>
  );
}
