"use client";
import { useActionState } from "react";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { addReviewNoteAction } from "@/lib/actions/workflow";

export type ReviewNoteView = { id: string; body: string; author: string; createdAt: string; createdAtLabel: string };

/** The conversation about a story in review, oldest first, and a box to add to it. */
export function ReviewNotes({ storyId, notes, mayAdd }: { storyId: string; notes: ReviewNoteView[]; mayAdd: boolean }) {
  const [state, action, pending] = useActionState(addReviewNoteAction, {} as FormState);
  return (
    <div className="space-y-4">
      {notes.length === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">No notes yet.</p>
      ) : (
        <ol className="space-y-3" aria-label="Review notes">
          {notes.map((note) => (
            <li key={note.id} className="rounded border border-neutral-200 bg-white p-3 text-sm dark:border-neutral-800 dark:bg-neutral-900">
              <p className="text-xs text-neutral-600 dark:text-neutral-400">
                <span className="font-semibold text-neutral-700 dark:text-neutral-300">{note.author}</span>,{" "}
                <time dateTime={note.createdAt}>{note.createdAtLabel}</time>
              </p>
              <p className="mt-1 whitespace-pre-line">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
      {mayAdd && (
        <form action={action} className="space-y-2" aria-label="Add a review note">
          <input type="hidden" name="storyId" value={storyId} />
          <Field label="Add a note" name="note" errors={state.fieldErrors?.note}>
            {(props) => (
              <textarea {...props} name="note" rows={3} required maxLength={4000} defaultValue={state.values?.note} className={inputClass} />
            )}
          </Field>
          <button type="submit" disabled={pending} className={secondaryButtonClass}>
            {pending ? "Adding…" : "Add note"}
          </button>
          <FormMessage message={state.fieldErrors?.note ? undefined : state.message} ok={state.ok} />
        </form>
      )}
    </div>
  );
}
