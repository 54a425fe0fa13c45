"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { deleteMediaAction } from "@/lib/actions/media-library";

const dangerButtonClass =
  "inline-flex items-center rounded border border-red-700 px-3 py-1.5 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-50 dark:border-red-400 dark:text-red-400 dark:hover:bg-red-950";

/** Deletes an image after a confirmation; the server refuses, saying where, while it is in use. */
export function MediaDeleteForm({ mediaId, inUse }: { mediaId: string; inUse: boolean }) {
  const [state, action, pending] = useActionState(deleteMediaAction, {} as FormState);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm("Delete this image and its files for good?")) event.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="mediaId" value={mediaId} />
      <p className="text-sm">
        {inUse
          ? "An image in use cannot be deleted: replace it where it is used first."
          : "Nothing uses this image. Deleting it removes its files too; it cannot be undone."}
      </p>
      <button type="submit" disabled={pending} className={dangerButtonClass}>
        {pending ? "Deleting…" : "Delete image"}
      </button>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
