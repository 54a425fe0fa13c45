"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { buttonClass, Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { mergeTagsAction } from "@/lib/actions/tags";

type Choice = { id: string; name: string; stories: number };

const storyCount = (count: number) => (count === 1 ? "1 story" : `${count} stories`);

/**
 * Merges this tag into another one the editor chooses: the other is kept.
 * Merging cannot be undone, so the editor confirms it first, told how many
 * stories move.
 */
export function TagMergeForm({
  tag,
  others,
}: {
  tag: { id: string; name: string; stories: number };
  others: Choice[];
}) {
  const [state, action, pending] = useActionState(mergeTagsAction, {} as FormState);
  const [intoId, setIntoId] = useState(state.values?.intoId ?? "");
  const [confirming, setConfirming] = useState(false);
  const into = others.find((other) => other.id === intoId);
  const form = useRef<HTMLFormElement>(null);
  const mergeButton = useRef<HTMLButtonElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmation.current?.focus();
  }, [confirming]);

  const ask = () => {
    // The browser says a tag must be chosen first.
    if (form.current?.reportValidity()) setConfirming(true);
  };
  const cancel = () => {
    setConfirming(false);
    mergeButton.current?.focus();
  };

  return (
    <form ref={form} action={action} className="space-y-4">
      <input type="hidden" name="id" value={tag.id} />
      <Field
        label="Tag to keep"
        name="intoId"
        errors={state.fieldErrors?.intoId}
        hint={`Every story tagged “${tag.name}” gets the tag you choose (once), “${tag.name}” goes, and its address redirects to the kept tag.`}
      >
        {(props) => (
          <select
            {...props}
            name="intoId"
            required
            value={intoId}
            onChange={(event) => {
              setIntoId(event.target.value);
              setConfirming(false);
            }}
            className={inputClass}
          >
            <option value="" disabled>
              Choose a tag…
            </option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name} ({storyCount(other.stories)})
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormMessage message={state.message} ok={state.ok} />
      <button
        ref={mergeButton}
        type="button"
        onClick={ask}
        aria-expanded={confirming}
        aria-controls="merge-confirmation"
        disabled={pending || others.length === 0}
        className={confirming ? secondaryButtonClass : buttonClass}
      >
        {`Merge “${tag.name}” into it…`}
      </button>
      <div id="merge-confirmation">
        {confirming && into && (
          <MergeConfirmation ref={confirmation} tag={tag} into={into} pending={pending} onCancel={cancel} />
        )}
      </div>
    </form>
  );
}

/** The last step before merging: what moves, what goes, and that it is for good. */
function MergeConfirmation({
  ref,
  tag,
  into,
  pending,
  onCancel,
}: {
  ref: React.Ref<HTMLDivElement>;
  tag: { name: string; stories: number };
  into: Choice;
  pending: boolean;
  onCancel: () => void;
}) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby="merge-confirmation-heading"
      aria-describedby="merge-confirmation-text"
      className="space-y-3 rounded border-2 border-amber-500 bg-amber-50 p-4 focus:outline-2 focus:outline-offset-2 dark:bg-amber-950"
    >
      <h3 id="merge-confirmation-heading" className="font-semibold break-words">
        Merge “{tag.name}” into “{into.name}”?
      </h3>
      <p id="merge-confirmation-text" className="text-sm break-words">
        {tag.stories === 0
          ? `No story has “${tag.name}”, so no story moves.`
          : `${storyCount(tag.stories)} tagged “${tag.name}” ${tag.stories === 1 ? "moves" : "move"} to “${into.name}” (a story with both keeps “${into.name}” once).`}{" "}
        “{tag.name}” is deleted and its address redirects to “{into.name}”. This cannot be undone.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Merging…" : "Merge for good"}
        </button>
        <button type="button" onClick={onCancel} className={secondaryButtonClass}>
          Cancel
        </button>
      </div>
    </div>
  );
}
