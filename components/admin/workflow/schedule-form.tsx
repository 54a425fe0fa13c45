"use client";
import { useActionState } from "react";
import { useSaveFirstSubmit } from "@/components/admin/desk/save-first";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { scheduleStoryAction } from "@/lib/actions/workflow";

/**
 * Picks when a story goes live, as a wall-clock time in the newsroom's time
 * zone. On the desk, the typed text is saved first: it is what goes live.
 */
export function ScheduleForm({
  storyId,
  defaultValue,
  timeZoneName,
  rescheduling,
}: {
  storyId: string;
  /** A `datetime-local` value in the newsroom's time zone. The server checks it is in the future. */
  defaultValue: string;
  timeZoneName: string;
  rescheduling: boolean;
}) {
  const [state, action, pending] = useActionState(scheduleStoryAction, {} as FormState);
  const saveFirstThenSubmit = useSaveFirstSubmit();
  return (
    <form action={action} onSubmit={saveFirstThenSubmit} className="space-y-2" aria-label="Schedule">
      <input type="hidden" name="storyId" value={storyId} />
      <Field
        label="Publish at"
        name="publishAt"
        errors={state.fieldErrors?.publishAt}
        hint={`Newsroom time (${timeZoneName}). Readers see the story from then on.`}
      >
        {(props) => (
          <input
            {...props}
            type="datetime-local"
            name="publishAt"
            required
            defaultValue={state.values?.publishAt ?? defaultValue}
            className={inputClass}
          />
        )}
      </Field>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Scheduling…" : rescheduling ? "Reschedule" : "Schedule"}
      </button>
      <FormMessage message={state.fieldErrors?.publishAt ? undefined : state.message} ok={state.ok} />
    </form>
  );
}
