"use client";
import { useActionState } from "react";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** One workflow step as a one-button form, with its outcome announced beside it. */
export function WorkflowButton({
  action,
  storyId,
  label,
  pendingLabel,
  primary = false,
  description,
}: {
  action: Action;
  storyId: string;
  label: string;
  pendingLabel: string;
  primary?: boolean;
  description?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="storyId" value={storyId} />
      <button type="submit" disabled={pending} className={primary ? buttonClass : secondaryButtonClass}>
        {pending ? pendingLabel : label}
      </button>
      {description && <p className="text-xs text-neutral-600 dark:text-neutral-400">{description}</p>}
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
