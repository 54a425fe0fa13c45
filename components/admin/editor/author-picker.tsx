"use client";
import { useId, useState } from "react";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";

type Author = { id: string; name: string };

/** The story's bylines, in the order readers see them. Sent as `name`: ids separated by commas. */
export function AuthorPicker({
  name,
  authors,
  initial,
  errors,
  onChange,
  form,
}: {
  name: string;
  authors: Author[];
  initial: Author[];
  errors?: string[];
  onChange: () => void;
  /** The id of the form it belongs to, when it sits outside it. */
  form?: string;
}) {
  const id = useId();
  const [chosen, setChosen] = useState(initial);
  const [candidate, setCandidate] = useState("");
  const available = authors.filter((author) => !chosen.some((byline) => byline.id === author.id));

  const update = (next: Author[]) => {
    setChosen(next);
    onChange();
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...chosen];
    const [author] = next.splice(index, 1);
    if (!author) return;
    next.splice(index + by, 0, author);
    update(next);
  };
  const add = () => {
    const author = authors.find((item) => item.id === candidate);
    if (!author) return;
    update([...chosen, author]);
    setCandidate("");
  };

  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="text-sm font-semibold">Bylines</legend>
      <input type="hidden" name={name} form={form} value={chosen.map((author) => author.id).join(",")} />
      {chosen.length > 0 ? (
        <ol className="space-y-1">
          {chosen.map((author, index) => (
            <li
              key={author.id}
              className="flex items-center gap-2 rounded bg-white px-3 py-1.5 dark:bg-neutral-900"
            >
              <span className="flex-1">{author.name}</span>
              <button
                type="button"
                onClick={() => move(index, -1)}
                disabled={index === 0}
                aria-label={`Move ${author.name} up`}
                className={secondaryButtonClass}
              >
                ↑
              </button>
              <button
                type="button"
                onClick={() => move(index, 1)}
                disabled={index === chosen.length - 1}
                aria-label={`Move ${author.name} down`}
                className={secondaryButtonClass}
              >
                ↓
              </button>
              <button
                type="button"
                onClick={() => update(chosen.filter((item) => item.id !== author.id))}
                aria-label={`Remove ${author.name}`}
                className={secondaryButtonClass}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          No byline chosen. A new story without one gets yours.
        </p>
      )}
      <div className="flex gap-2">
        <label htmlFor={`${id}-add`} className="sr-only">
          Byline to add
        </label>
        <select
          id={`${id}-add`}
          value={candidate}
          onChange={(event) => setCandidate(event.target.value)}
          className={inputClass}
        >
          <option value="">Choose a byline…</option>
          {available.map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={add} disabled={!candidate} className={secondaryButtonClass}>
          Add byline
        </button>
      </div>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
