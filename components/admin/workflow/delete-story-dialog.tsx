"use client";
import { useActionState, useRef, useState } from "react";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { deleteStoryAction } from "@/lib/actions/workflow";

const dangerButtonClass =
  "inline-flex items-center rounded bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-50";

/** Deleting for good, which cannot be undone: a dialog where the admin types the headline. */
export function DeleteStoryDialog({ storyId, headline }: { storyId: string; headline: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState("");
  const [state, action, pending] = useActionState(deleteStoryAction, {} as FormState);
  const matches = typed.trim().replace(/\s+/g, " ") === headline.trim().replace(/\s+/g, " ");
  return (
    <div>
      <button type="button" className={secondaryButtonClass} onClick={() => dialog.current?.showModal()}>
        Delete for good…
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-story-title"
        className="m-auto max-w-md rounded-lg border border-neutral-300 bg-white p-6 text-neutral-900 backdrop:bg-black/50 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
      >
        <form action={action} className="space-y-4">
          <h2 id="delete-story-title" className="font-serif text-xl font-bold">
            Delete this story for good?
          </h2>
          <p className="text-sm">
            The story, its revisions, review notes and links are removed and cannot be brought back. The audit log keeps a
            record that you deleted it.
          </p>
          <input type="hidden" name="storyId" value={storyId} />
          <div className="space-y-1">
            <label htmlFor="confirm-headline" className="block text-sm font-semibold">
              Type the headline to confirm
            </label>
            <p className="text-sm text-neutral-600 dark:text-neutral-400">“{headline}”</p>
            <input
              id="confirm-headline"
              name="confirmHeadline"
              autoComplete="off"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              className={inputClass}
            />
          </div>
          <FormMessage message={state.message} ok={state.ok} />
          <div className="flex gap-3">
            <button type="submit" disabled={!matches || pending} className={dangerButtonClass}>
              {pending ? "Deleting…" : "Delete for good"}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
