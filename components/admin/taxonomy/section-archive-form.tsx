"use client";
import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { archiveSectionAction } from "@/lib/actions/sections";

/** Archives a section, or brings an archived one back into the navigation. */
export function SectionArchiveForm({ id, archived }: { id: string; archived: boolean }) {
  const [state, action, pending] = useActionState(archiveSectionAction, {} as FormState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {archived ? "Unarchive: back in the navigation" : "Archive the section"}
      </button>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
