import { Field, inputClass } from "@/components/ui/field";

/**
 * One of the settings panel's plain fields, which sits outside the story
 * form and names it: a text input, or a choice when `options` are given.
 */
export function SettingsField({
  form,
  label,
  name,
  defaultValue,
  hint,
  errors,
  options,
}: {
  form: string;
  label: string;
  name: string;
  defaultValue: string;
  hint?: string;
  errors?: string[];
  options?: { value: string; label: string }[];
}) {
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      {(props) =>
        options ? (
          <select {...props} form={form} name={name} defaultValue={defaultValue} className={inputClass}>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          <input {...props} form={form} name={name} defaultValue={defaultValue} className={inputClass} />
        )
      }
    </Field>
  );
}
