"use client";
import { useActionState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { signInAction } from "@/lib/actions/auth";
import type { FormState } from "@/lib/actions/form-action";

export function SignInForm() {
  const [state, action, pending] = useActionState(signInAction, {} as FormState);
  return (
    <form action={action} className="space-y-4">
      <Field label="Email" name="email" errors={state.fieldErrors?.email}>
        {(props) => (
          <input {...props} name="email" type="email" autoComplete="username" required defaultValue={state.values?.email} className={inputClass} />
        )}
      </Field>
      <Field label="Password" name="password" errors={state.fieldErrors?.password}>
        {(props) => <input {...props} name="password" type="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <FormMessage message={state.message} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
