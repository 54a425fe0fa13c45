"use client";
import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { publishDueStoriesAction } from "@/lib/actions/workflow";

/** Marks every scheduled story whose time has passed as published, without waiting for the scheduler. */
export function PublishOverdueButton() {
  const [state, action, pending] = useActionState(publishDueStoriesAction, {} as FormState);
  return (
    <form action={action} className="mt-2 space-y-1">
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Publishing…" : "Publish overdue stories now"}
      </button>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
