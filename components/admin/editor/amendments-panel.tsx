"use client";
import { useActionState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { addAmendmentAction } from "@/lib/actions/corrections-and-updates";
import type { FormState } from "@/lib/actions/form-action";
import { formatDateTime } from "@/lib/platform/format";

const kindLabels: Record<string, string> = {
  correction: "Correction",
  clarification: "Clarification",
  update: "Update",
};

type Amendment = { id: string; kind: string; text: string; createdAt: Date };

/**
 * Corrections, clarifications and updates readers see under the story, each
 * with its time. Appended, never edited; only editors and admins append them.
 */
export function AmendmentsPanel({
  storyId,
  amendments,
  canAmend,
  timeZone,
}: {
  storyId: string;
  amendments: Amendment[];
  canAmend: boolean;
  timeZone: string;
}) {
  const [state, action, pending] = useActionState(addAmendmentAction, {} as FormState);
  const errors = state.fieldErrors ?? {};
  return (
    <section
      aria-labelledby="amendments-heading"
      className="mt-10 space-y-4 border-t border-neutral-200 pt-6 dark:border-neutral-800"
    >
      <h2 id="amendments-heading" className="font-serif text-xl font-bold">
        Corrections and updates
      </h2>
      {amendments.length > 0 ? (
        <ol className="space-y-2 text-sm">
          {amendments.map((amendment) => (
            <li key={amendment.id}>
              <strong>{kindLabels[amendment.kind] ?? amendment.kind}</strong> (
              <time dateTime={amendment.createdAt.toISOString()}>
                {formatDateTime(amendment.createdAt.toISOString(), timeZone)}
              </time>
              ): {amendment.text}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">None yet.</p>
      )}
      {canAmend ? (
        <form action={action} className="space-y-3" aria-label="Append a correction or update">
          <input type="hidden" name="storyId" value={storyId} />
          <Field label="Kind" name="kind" errors={errors.kind}>
            {(props) => (
              <select
                {...props}
                name="kind"
                defaultValue={state.values?.kind ?? "correction"}
                className={inputClass}
              >
                <option value="correction">Correction</option>
                <option value="clarification">Clarification</option>
                <option value="update">Update</option>
              </select>
            )}
          </Field>
          <Field
            label="What changed"
            name="text"
            errors={errors.text}
            hint="Readers see it under the story with the time it was added. It cannot be edited later."
          >
            {(props) => (
              <textarea
                {...props}
                name="text"
                rows={3}
                maxLength={2000}
                defaultValue={state.values?.text ?? ""}
                className={inputClass}
              />
            )}
          </Field>
          <FormMessage message={state.message} ok={state.ok} />
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? "Appending…" : "Append to the story"}
          </button>
        </form>
      ) : (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          Editors and admins append corrections and updates.
        </p>
      )}
    </section>
  );
}
