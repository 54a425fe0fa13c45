"use client";
import { useState } from "react";
import { Field, inputClass } from "@/components/ui/field";

/**
 * A text field with a live count against the length search engines show.
 * Longer text is allowed, only warned about: it gets cut off in results.
 */
export function CountedField({
  label,
  name,
  recommended,
  defaultValue,
  hint,
  errors,
  multiline = false,
  form,
}: {
  label: string;
  name: string;
  recommended: number;
  defaultValue: string;
  hint: string;
  errors?: string[];
  multiline?: boolean;
  /** The id of the form it belongs to, when it sits outside it. */
  form?: string;
}) {
  const [length, setLength] = useState(defaultValue.length);
  const over = length > recommended;
  const count = `${length} / ${recommended} characters${over ? ": search results will cut it short" : ""}.`;
  return (
    <Field label={label} name={name} errors={errors} hint={`${hint} ${count}`}>
      {(props) =>
        multiline ? (
          <textarea
            {...props}
            name={name}
            form={form}
            rows={2}
            defaultValue={defaultValue}
            onInput={(event) => setLength(event.currentTarget.value.length)}
            className={inputClass}
          />
        ) : (
          <input
            {...props}
            name={name}
            form={form}
            defaultValue={defaultValue}
            onInput={(event) => setLength(event.currentTarget.value.length)}
            className={inputClass}
          />
        )
      }
    </Field>
  );
}
