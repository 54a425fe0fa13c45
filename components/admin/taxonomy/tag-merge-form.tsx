"use client";
import { useActionState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { mergeTagsAction } from "@/lib/actions/tags";

type Choice = { id: string; name: string; stories: number };

/** Merges this tag into another one the editor chooses: the other is kept. */
export function TagMergeForm({ tag, others }: { tag: { id: string; name: string }; others: Choice[] }) {
  const [state, action, pending] = useActionState(mergeTagsAction, {} as FormState);
  return (
    <form action={action} className="space-y-4">
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
            defaultValue={state.values?.intoId ?? ""}
            className={inputClass}
          >
            <option value="" disabled>
              Choose a tag…
            </option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name} ({other.stories === 1 ? "1 story" : `${other.stories} stories`})
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending || others.length === 0} className={buttonClass}>
        {pending ? "Merging…" : `Merge “${tag.name}” into it`}
      </button>
    </form>
  );
}
