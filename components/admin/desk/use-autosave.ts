"use client";
import { useEffect, useRef, useState, type RefObject } from "react";
import { NEW_STORY_KEY, removeLocalCopy } from "@/components/admin/desk/local-copy";
import type { SaveStatus } from "@/components/admin/desk/save-status";
import { hasUnsaved, type SaveTracker } from "@/components/admin/desk/save-tracker";
import type { FormState } from "@/lib/actions/form-action";
import { autosaveStoryAction } from "@/lib/actions/stories";
import type { ConflictingVersion } from "@/lib/newsroom/story-writes";

// A draft is saved this long after the writing pauses...
const AUTOSAVE_PAUSE_MS = 2_000;
// ...and at the latest this long after its first unsaved change, however fast the writing goes on.
const AUTOSAVE_MAX_WAIT_MS = 10_000;

/** What a save that worked tells the desk. */
export type AutosaveResult = {
  storyId: string;
  version: number;
  /** The byline the server gave a new story saved without one, as JSON. */
  bylines: unknown;
  savedAt: string;
  /** The changes it carried. */
  changes: number;
};

/**
 * Drafts (new ones included, once they have a headline) save themselves at
 * each pause in the writing, and at the latest ten seconds after the first
 * unsaved change. Offline or refused, the text stays in this browser's copy.
 */
export function useAutosave({
  trackerRef,
  formRef,
  setSaveStatus,
  writeCopy,
  onSaved,
  onConflict,
}: {
  trackerRef: RefObject<SaveTracker>;
  formRef: RefObject<HTMLFormElement | null>;
  setSaveStatus: (status: SaveStatus) => void;
  writeCopy: () => void;
  onSaved: (saved: AutosaveResult) => void;
  onConflict: (theirs: ConflictingVersion) => void;
}) {
  const [autosaving, setAutosaving] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ writeCopy, onSaved, onConflict });
  useEffect(() => {
    latest.current = { writeCopy, onSaved, onConflict };
  });

  function cancel() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }

  function schedule(wait = AUTOSAVE_PAUSE_MS) {
    const saving = trackerRef.current;
    if (!saving.autosaves) return;
    cancel();
    const waited = saving.firstUnsavedAt === null ? 0 : Date.now() - saving.firstUnsavedAt;
    timer.current = setTimeout(autosave, Math.max(0, Math.min(wait, AUTOSAVE_MAX_WAIT_MS - waited)));
  }

  /** Whether a save may start now; says why not where the editor should know. */
  function ready(form: HTMLFormElement | null): form is HTMLFormElement {
    const saving = trackerRef.current;
    if (!form || saving.paused || saving.autosavingNow || !hasUnsaved(saving)) return false;
    // Published, scheduled, approved: saved with the button only.
    if (!saving.autosaves) return false;
    if (!navigator.onLine) {
      setSaveStatus({ kind: "offline" });
      latest.current.writeCopy();
      return false;
    }
    if (!saving.storyId && !String(new FormData(form).get("headline") ?? "").trim()) {
      latest.current.writeCopy();
      setSaveStatus({ kind: "local", message: "Kept on this device: give it a headline to save the draft." });
      return false;
    }
    return true;
  }

  async function autosave() {
    timer.current = null;
    const form = formRef.current;
    if (!ready(form)) return;
    const saving = trackerRef.current;
    const changesAtStart = saving.changes;
    saving.autosavingNow = true;
    setAutosaving(true);
    setSaveStatus({ kind: "saving" });
    let result: FormState | null = null;
    try {
      result = await autosaveStoryAction({}, new FormData(form));
    } catch {
      // The request never reached the server, or its answer never came back.
    }
    saving.autosavingNow = false;
    setAutosaving(false);
    if (!result) return failedToReach();
    settle(result, changesAtStart);
    if (saving.saveWhenAutosaved) {
      saving.saveWhenAutosaved = false;
      formRef.current?.requestSubmit();
    }
  }

  function failedToReach() {
    latest.current.writeCopy();
    setSaveStatus(
      navigator.onLine
        ? { kind: "failed", message: "Not saved: the server did not answer. Kept on this device." }
        : { kind: "offline" },
    );
    if (navigator.onLine) schedule(AUTOSAVE_MAX_WAIT_MS);
  }

  function settle(result: FormState, changes: number) {
    const saving = trackerRef.current;
    const outcome = outcomeOf(result, saving.autosaves);
    if (outcome.kind === "saved") {
      const storyId = outcome.storyId ?? String(saving.storyId);
      if (!saving.storyId) {
        // The new draft has an address now: a reload opens it there.
        removeLocalCopy(NEW_STORY_KEY);
        saving.storyId = storyId;
        window.history.replaceState(null, "", `/admin/stories/${storyId}`);
      }
      latest.current.onSaved({ ...outcome, storyId, changes });
    } else {
      if (outcome.kind === "conflict") latest.current.onConflict(outcome.theirs);
      setSaveStatus(outcome.status);
    }
  }

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return { autosave, schedule, cancel, autosaving };
}

/** What an automatic save's answer means for the desk. */
function outcomeOf(
  result: FormState,
  autosaves: boolean,
):
  | ({ kind: "saved"; storyId: string | undefined } & Omit<AutosaveResult, "storyId" | "changes">)
  | { kind: "conflict"; theirs: ConflictingVersion; status: SaveStatus }
  | { kind: "refused"; status: SaveStatus } {
  const version = result.ok ? result.result?.version : undefined;
  if (typeof version === "number") {
    const storyId = result.result?.storyId;
    return {
      kind: "saved",
      storyId: storyId === undefined ? undefined : String(storyId),
      version,
      bylines: result.result?.bylines,
      savedAt: String(result.result?.savedAt ?? new Date().toISOString()),
    };
  }
  if (result.theirs) {
    const status = { kind: "failed", message: "Not saved: someone else saved this story first." } as const;
    return { kind: "conflict", theirs: result.theirs, status };
  }
  // It stopped being a draft while the save was on its way: the button saves it now.
  if (!autosaves) return { kind: "refused", status: { kind: "dirty" } };
  return {
    kind: "refused",
    status: { kind: "failed", message: `Not saved automatically. ${result.message ?? ""}`.trim() },
  };
}
