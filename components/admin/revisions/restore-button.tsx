"use client";
import { useActionState, useRef } from "react";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-action";
import { restoreRevisionAction } from "@/lib/actions/revisions";
import type { RestorePreview } from "@/lib/newsroom/revisions";

const words = (count: number) => `${count.toLocaleString("en-US")} ${count === 1 ? "word" : "words"}`;

/**
 * Brings back one version's text as a new version, checked against the
 * version the page showed, once the editor has seen what will change.
 */
export function RestoreButton({
  storyId,
  restoring,
  current,
  currentVersion,
}: {
  storyId: string;
  /** The version to bring back, as it would be restored. */
  restoring: RestorePreview;
  /** The story's text now. */
  current: RestorePreview;
  currentVersion: number;
}) {
  const [state, action, pending] = useActionState(restoreRevisionAction, {} as FormState);
  const dialog = useRef<HTMLDialogElement>(null);
  const { version } = restoring;
  const headingId = `restore-${version}-heading`;
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className={secondaryButtonClass}>
        Restore version {version}…
      </button>
      {state.message && (
        <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded border border-neutral-300 bg-white p-5 text-neutral-900 backdrop:bg-black/40 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
      >
        <form action={action} className="space-y-4">
          <h2 id={headingId} className="font-serif text-xl font-bold">
            Restore version {version}?
          </h2>
          <dl className="space-y-2 text-sm">
            <dt className="font-semibold">Headline</dt>
            <dd>
              {restoring.headline === current.headline
                ? "Unchanged."
                : `“${restoring.headline}” replaces “${current.headline}”.`}
            </dd>
            <dt className="font-semibold">Address</dt>
            <dd>
              {restoring.slug === current.slug
                ? restoring.headline === current.headline
                  ? `Unchanged: /stories/${current.slug}.`
                  : `Stays /stories/${current.slug}: readers may already have it.`
                : `Becomes /stories/${restoring.slug}; /stories/${current.slug} will lead there.`}
            </dd>
            <dt className="font-semibold">Body</dt>
            <dd>
              {words(restoring.words)}, instead of {words(current.words)} now.
            </dd>
          </dl>
          <p className="text-sm">
            It is saved as a new version, {currentVersion + 1}; version {current.version} stays in the list
            and can be restored in turn.
          </p>
          <input type="hidden" name="storyId" value={storyId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="expectedVersion" value={currentVersion} />
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={pending} className={buttonClass}>
              {pending ? "Restoring…" : `Restore version ${version}`}
            </button>
            <button type="button" onClick={() => dialog.current?.close()} className={secondaryButtonClass}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
