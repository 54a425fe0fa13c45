"use client";
import { useActionState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { createSectionAction, updateSectionAction } from "@/lib/actions/sections";

type Section = { id: string; name: string; slug: string; description: string | null };
type Limits = { name: number; description: number };

/** A new section's form, or an existing one's (name, address, description); what was typed comes back when refused. */
export function SectionForm({ section, limits }: { section?: Section; limits: Limits }) {
  const [state, action, pending] = useActionState(
    section ? updateSectionAction : createSectionAction,
    {} as FormState,
  );
  const value = (name: keyof Section) => state.values?.[name] ?? (section?.[name] || "");
  return (
    <form action={action} className="space-y-4">
      {section && <input type="hidden" name="id" value={section.id} />}
      <Field label="Name" name="name" errors={state.fieldErrors?.name}>
        {(props) => (
          <input
            {...props}
            name="name"
            required
            maxLength={limits.name}
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
          section
            ? "The section's page is /sections/ followed by this. If you change it, the old address and its feed keep working: they redirect here."
            : "Leave empty to make it from the name. Lowercase letters, digits and hyphens."
        }
      >
        {(props) => <input {...props} name="slug" defaultValue={value("slug")} className={inputClass} />}
      </Field>
      <Field
        label="Description"
        name="description"
        errors={state.fieldErrors?.description}
        hint="Optional. Readers see it at the top of the section's page, and search engines show it."
      >
        {(props) => (
          <textarea
            {...props}
            name="description"
            rows={3}
            maxLength={limits.description}
            defaultValue={value("description")}
            className={inputClass}
          />
        )}
      </Field>
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : section ? "Save the section" : "Create the section"}
      </button>
    </form>
  );
}
