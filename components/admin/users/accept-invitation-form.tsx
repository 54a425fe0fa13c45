"use client";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { NewPasswordFields } from "./new-password-fields";
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
      <NewPasswordFields
        label="Choose a password"
        confirmLabel="The same password again"
        hint={passwordHint}
        errors={state.fieldErrors}
      />
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Setting your password…" : "Set password and sign in"}
      </button>
    </form>
  );
}
