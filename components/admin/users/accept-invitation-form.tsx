"use client";
import { useActionState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { acceptInvitationAction } from "@/lib/actions/auth";
import type { FormState } from "@/lib/actions/form-action";

export function AcceptInvitationForm({
  token,
  email,
  passwordHint,
}: {
  token: string;
  email: string;
  passwordHint: string;
}) {
  const [state, action, pending] = useActionState(acceptInvitationAction, {} as FormState);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <Field
        label="Choose a password"
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
      <Field
        label="The same password again"
        name="confirmPassword"
        errors={state.fieldErrors?.confirmPassword}
      >
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
        {pending ? "Setting your password…" : "Set password and sign in"}
      </button>
    </form>
  );
}
