"use client";
import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { deleteTagAction } from "@/lib/actions/tags";

/** Deletes a tag; the server refuses, saying why, while any story has it. */
export function TagDeleteForm({ tag }: { tag: { id: string; name: string } }) {
  const [state, action, pending] = useActionState(deleteTagAction, {} as FormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={tag.id} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Deleting…" : `Delete “${tag.name}”`}
      </button>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
