"use client";
import { useActionState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { NewPasswordFields } from "./new-password-fields";
import { changePasswordAction } from "@/lib/actions/account";
import type { FormState } from "@/lib/actions/form-action";

export function ChangePasswordForm({
  passwordHint,
  currentLabel = "Current password",
  submitLabel = "Change password",
}: {
  passwordHint: string;
  currentLabel?: string;
  submitLabel?: string;
}) {
  const [state, action, pending] = useActionState(changePasswordAction, {} as FormState);
  return (
    <form action={action} className="space-y-4">
      <Field label={currentLabel} name="currentPassword" errors={state.fieldErrors?.currentPassword}>
        {(props) => (
          <input
            {...props}
            name="currentPassword"
            type="password"
            required
            autoComplete="current-password"
            className={inputClass}
          />
        )}
      </Field>
      <NewPasswordFields
        label="New password"
        confirmLabel="New password again"
        hint={passwordHint}
        errors={state.fieldErrors}
      />
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Changing…" : submitLabel}
      </button>
    </form>
  );
}
