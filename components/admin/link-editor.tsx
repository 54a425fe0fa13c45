"use client";
import { useActionState, useState } from "react";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { linkStoriesAction } from "@/lib/actions/links";

type LinkedStory = { slug: string; headline: string; status: string };

/** The ordered list of stories shown under this one, edited as a list and saved at once. */
export function LinkEditor({
  storyId,
  initialLinks,
  candidates,
}: {
  storyId: string;
  initialLinks: LinkedStory[];
  candidates: LinkedStory[];
}) {
  const [links, setLinks] = useState(initialLinks);
  const [choice, setChoice] = useState("");
  const [state, action, pending] = useActionState(linkStoriesAction, {} as FormState);
  const available = candidates.filter((candidate) => !links.some((link) => link.slug === candidate.slug));

  const move = (index: number, by: number) =>
    setLinks((current) => {
      const next = [...current];
      const [item] = next.splice(index, 1);
      if (item) next.splice(index + by, 0, item);
      return next;
    });

  return (
    <form action={action} className="space-y-3" aria-label="Related stories">
      <input type="hidden" name="storyId" value={storyId} />
      {links.length === 0 ? (
        <p className="text-sm text-neutral-500">No linked stories yet: readers see suggestions instead.</p>
      ) : (
        <ol className="space-y-2" aria-label="Linked stories">
          {links.map((link, index) => (
            <li key={link.slug} className="flex items-center gap-2 rounded border border-neutral-200 bg-white p-2 text-sm dark:border-neutral-800 dark:bg-neutral-900">
              <input type="hidden" name="linkedSlug" value={link.slug} />
              <span className="w-6 text-neutral-500">{index + 1}.</span>
              <span className="flex-1">
                {link.headline}
                {link.status !== "published" && <span className="ml-2 text-xs text-amber-700">({link.status}: hidden from readers)</span>}
              </span>
              <button type="button" className={secondaryButtonClass} onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move “${link.headline}” up`}>
                ↑
              </button>
              <button type="button" className={secondaryButtonClass} onClick={() => move(index, 1)} disabled={index === links.length - 1} aria-label={`Move “${link.headline}” down`}>
                ↓
              </button>
              <button type="button" className={secondaryButtonClass} onClick={() => setLinks(links.filter((_, i) => i !== index))} aria-label={`Remove “${link.headline}”`}>
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="flex gap-2">
        <label htmlFor="link-choice" className="sr-only">
          Story to link
        </label>
        <select id="link-choice" value={choice} onChange={(event) => setChoice(event.target.value)} className={inputClass}>
          <option value="">Choose a story to link…</option>
          {available.map((candidate) => (
            <option key={candidate.slug} value={candidate.slug}>
              {candidate.headline}
            </option>
          ))}
        </select>
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={!choice}
          onClick={() => {
            const picked = available.find((candidate) => candidate.slug === choice);
            if (picked) setLinks([...links, picked]);
            setChoice("");
          }}
        >
          Add link
        </button>
      </div>
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save links"}
      </button>
    </form>
  );
}
