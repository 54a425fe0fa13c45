"use client";
import { useActionState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { createTagAction, updateTagAction } from "@/lib/actions/tags";

type Tag = { id: string; name: string; slug: string };

/** A new tag's form, or an existing one's (name and address); what was typed comes back when refused. */
export function TagForm({ tag, nameMax }: { tag?: Tag; nameMax: number }) {
  const [state, action, pending] = useActionState(tag ? updateTagAction : createTagAction, {} as FormState);
  const value = (name: keyof Tag) => state.values?.[name] ?? (tag?.[name] || "");
  return (
    <form action={action} className="space-y-4">
      {tag && <input type="hidden" name="id" value={tag.id} />}
      <Field label="Name" name="name" errors={state.fieldErrors?.name}>
        {(props) => (
          <input
            {...props}
            name="name"
            required
            maxLength={nameMax}
            defaultValue={value("name")}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        label="Address"
        name="slug"
        errors={state.fieldErrors?.slug}
        hint={
          tag
            ? "The tag's page is /tags/ followed by this. If you change it, the old address keeps working: it redirects here."
            : "Leave empty to make it from the name."
        }
      >
        {(props) => <input {...props} name="slug" defaultValue={value("slug")} className={inputClass} />}
      </Field>
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : tag ? "Save the tag" : "Create the tag"}
      </button>
    </form>
  );
}
