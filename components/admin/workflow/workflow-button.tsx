"use client";
import { useActionState, useId } from "react";
import { useSaveFirstSubmit } from "@/components/admin/desk/save-first";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * One workflow step as a one-button form, with its outcome announced beside
 * it. Compact (in the desk's bar), the description is the button's
 * accessible description instead of a line of its own.
 */
export function WorkflowButton({
  action,
  storyId,
  label,
  pendingLabel,
  primary = false,
  description,
  compact = false,
  savesFirst = false,
}: {
  action: Action;
  storyId: string;
  label: string;
  pendingLabel: string;
  primary?: boolean;
  description?: string;
  compact?: boolean;
  /** On the desk, save the typed text before the step, which acts on the saved version. */
  savesFirst?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const saveFirstThenSubmit = useSaveFirstSubmit(savesFirst);
  const descriptionId = useId();
  return (
    <form
      action={formAction}
      onSubmit={saveFirstThenSubmit}
      className={compact ? "flex items-center gap-2" : "space-y-1"}
    >
      <input type="hidden" name="storyId" value={storyId} />
      <button
        type="submit"
        disabled={pending}
        aria-describedby={description ? descriptionId : undefined}
        title={compact ? description : undefined}
        className={`${primary ? buttonClass : secondaryButtonClass} ${compact ? "whitespace-nowrap" : ""}`}
      >
        {pending ? pendingLabel : label}
      </button>
      {description && (
        <p
          id={descriptionId}
          className={compact ? "sr-only" : "text-xs text-neutral-600 dark:text-neutral-400"}
        >
          {description}
        </p>
      )}
      {compact ? (
        state.message && <FormMessage message={state.message} ok={state.ok} />
      ) : (
        <FormMessage message={state.message} ok={state.ok} />
      )}
    </form>
  );
}
