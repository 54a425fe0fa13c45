"use client";
import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { signOutEverywhereAction } from "@/lib/actions/account";
import type { FormState } from "@/lib/actions/form-action";

export function SignOutEverywhereForm() {
  const [state, action, pending] = useActionState(signOutEverywhereAction, {} as FormState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        Sign out everywhere
      </button>
    </form>
  );
}
