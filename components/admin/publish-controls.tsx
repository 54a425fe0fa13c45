"use client";
import { useActionState } from "react";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { publishStoryAction, unpublishStoryAction } from "@/lib/actions/workflow";

export function PublishControls({ storyId, published }: { storyId: string; published: boolean }) {
  const [state, action, pending] = useActionState(published ? unpublishStoryAction : publishStoryAction, {} as FormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="storyId" value={storyId} />
      <button type="submit" disabled={pending} className={published ? secondaryButtonClass : buttonClass}>
        {published ? "Unpublish" : "Publish now"}
      </button>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
