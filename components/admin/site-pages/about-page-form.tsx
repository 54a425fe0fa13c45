"use client";
import { useActionState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { saveAboutPageAction } from "@/lib/actions/site-pages";

/** The About page's title and text; what the editor typed comes back when a save is refused. */
export function AboutPageForm({ title, body, limits }: { title: string; body: string; limits: { title: number; body: number } }) {
  const [state, action, pending] = useActionState(saveAboutPageAction, {} as FormState);
  return (
    <form action={action} className="space-y-4">
      <Field label="Title" name="title" errors={state.fieldErrors?.title}>
        {(props) => (
          <input
            {...props}
            name="title"
            required
            maxLength={limits.title}
            defaultValue={state.values?.title ?? title}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        label="Text"
        name="body"
        errors={state.fieldErrors?.body}
        hint="Plain text. Leave a blank line between paragraphs."
      >
        {(props) => (
          <textarea
            {...props}
            name="body"
            required
            rows={14}
            maxLength={limits.body}
            defaultValue={state.values?.body ?? body}
            className={inputClass}
          />
        )}
      </Field>
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save the About page"}
      </button>
    </form>
  );
}
