import { Field, inputClass } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-action";

/** A new password typed twice, as the change-password and invitation forms ask for it. */
export function NewPasswordFields({
  label,
  confirmLabel,
  hint,
  errors,
}: {
  label: string;
  confirmLabel: string;
  hint: string;
  errors: FormState["fieldErrors"];
}) {
  return (
    <>
      <Field label={label} name="newPassword" errors={errors?.newPassword} hint={hint}>
        {(props) => (
          <input {...props} name="newPassword" type="password" required autoComplete="new-password" className={inputClass} />
        )}
      </Field>
      <Field label={confirmLabel} name="confirmPassword" errors={errors?.confirmPassword}>
        {(props) => (
          <input {...props} name="confirmPassword" type="password" required autoComplete="new-password" className={inputClass} />
        )}
      </Field>
    </>
  );
}
