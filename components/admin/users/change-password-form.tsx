"use client";
import { useActionState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { changePasswordAction } from "@/lib/actions/account";
import type { FormState } from "@/lib/actions/form-action";

export function ChangePasswordForm({ passwordHint }: { passwordHint: string }) {
  const [state, action, pending] = useActionState(changePasswordAction, {} as FormState);
  return (
    <form action={action} className="space-y-4">
      <Field label="Current password" name="currentPassword" errors={state.fieldErrors?.currentPassword}>
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
      <Field
        label="New password"
        name="newPassword"
        errors={state.fieldErrors?.newPassword}
        hint={passwordHint}
      >
        {(props) => (
          <input
            {...props}
            name="newPassword"
            type="password"
            required
            autoComplete="new-password"
            className={inputClass}
          />
        )}
      </Field>
      <Field label="New password again" name="confirmPassword" errors={state.fieldErrors?.confirmPassword}>
        {(props) => (
          <input
            {...props}
            name="confirmPassword"
            type="password"
            required
            autoComplete="new-password"
            className={inputClass}
          />
        )}
      </Field>
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
