"use client";
import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-action";
import { restoreRevisionAction } from "@/lib/actions/revisions";

/** Brings back one version's text as a new version, checked against the version the page showed. */
export function RestoreButton({
  storyId,
  version,
  currentVersion,
}: {
  storyId: string;
  version: number;
  currentVersion: number;
}) {
  const [state, action, pending] = useActionState(restoreRevisionAction, {} as FormState);
  return (
    <form action={action}>
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="expectedVersion" value={currentVersion} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Restoring…" : `Restore version ${version}`}
      </button>
      {state.message && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
    </form>
  );
}
