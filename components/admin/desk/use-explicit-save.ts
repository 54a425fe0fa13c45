"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, type RefObject } from "react";
import { hasUnsaved, type SaveTracker } from "@/components/admin/desk/save-tracker";
import type { FormState } from "@/lib/actions/form-action";

/**
 * The save the editor asks for (the button, Ctrl/Cmd+S, a publishing step
 * that saves first): it waits for an automatic save under way, and tells the
 * steps waiting on it whether it worked.
 */
export function useExplicitSave({
  trackerRef,
  formRef,
  state,
  pending,
  onSaved,
  onRefused,
}: {
  trackerRef: RefObject<SaveTracker>;
  formRef: RefObject<HTMLFormElement | null>;
  /** The story form's action state. */
  state: FormState;
  pending: boolean;
  /** The save came back with this version, carrying this many changes. */
  onSaved: (version: number, changes: number, savedAt: string) => void;
  onRefused: () => void;
}) {
  const router = useRouter();
  // Publishing steps waiting for the save they asked for (SaveFirstContext).
  const waiters = useRef<((saved: boolean) => void)[]>([]);
  const settleWaiters = (saved: boolean) => {
    for (const resolve of waiters.current.splice(0)) resolve(saved);
  };

  /** True if a save was started (or will start once the automatic one is back). */
  const saveNow = useCallback((): boolean => {
    const saving = trackerRef.current;
    if (saving.paused) return false;
    if (saving.autosavingNow) saving.saveWhenAutosaved = true;
    else formRef.current?.requestSubmit();
    return true;
  }, [trackerRef, formRef]);

  const saveFirst = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        const saving = trackerRef.current;
        if (!hasUnsaved(saving) && !saving.autosavingNow) return resolve(true);
        waiters.current.push(resolve);
        // A save already on its way settles the wait when it comes back.
        if (saving.submitting === null && !saveNow()) {
          for (const waiting of waiters.current.splice(0)) waiting(false);
        }
      }),
    [trackerRef, saveNow],
  );

  // An explicit save came back (a new story's first one goes to its edit page instead).
  useEffect(() => {
    const saving = trackerRef.current;
    if (pending || saving.submitting === null) return;
    const carried = saving.submitting;
    const savedVersion = state.result?.version;
    if (state.ok && typeof savedVersion === "number") {
      saving.submitting = null;
      onSaved(savedVersion, carried, String(state.result?.savedAt ?? new Date().toISOString()));
      settleWaiters(true);
      // The rest of the page (links, preview, status) catches up; the form stays as it is.
      router.refresh();
    } else if (state.message && !state.ok) {
      saving.submitting = null;
      onRefused();
      settleWaiters(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending, state]);

  return { saveNow, saveFirst };
}
