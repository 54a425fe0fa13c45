"use client";
import { useActionState } from "react";
import { useSaveFirstSubmit } from "@/components/admin/desk/save-first";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { returnStoryAction } from "@/lib/actions/workflow";

/** Sends a story back to its writer as a draft, with a note saying what to change, and the editor's typed changes saved first. */
export function ReturnForm({ storyId }: { storyId: string }) {
  const [state, action, pending] = useActionState(returnStoryAction, {} as FormState);
  const saveFirstThenSubmit = useSaveFirstSubmit();
  return (
    <form action={action} onSubmit={saveFirstThenSubmit} className="space-y-2" aria-label="Send back">
      <input type="hidden" name="storyId" value={storyId} />
      <Field label="Note for the writer" name="return-note" errors={state.fieldErrors?.note} hint="Required: what should change before it comes back.">
        {(props) => (
          <textarea {...props} name="note" rows={3} required maxLength={4000} defaultValue={state.values?.note} className={inputClass} />
        )}
      </Field>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Sending back…" : "Send back to draft"}
      </button>
      <FormMessage message={state.fieldErrors?.note ? undefined : state.message} ok={state.ok} />
    </form>
  );
}
