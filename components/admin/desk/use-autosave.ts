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
    const savedVersion = result.ok ? result.result?.version : undefined;
    if (typeof savedVersion === "number") {
      const storyId = String(result.result?.storyId ?? saving.storyId);
      if (!saving.storyId) {
        // The new draft has an address now: a reload opens it there.
        removeLocalCopy(NEW_STORY_KEY);
        saving.storyId = storyId;
        window.history.replaceState(null, "", `/admin/stories/${storyId}`);
      }
      const savedAt = String(result.result?.savedAt ?? new Date().toISOString());
      latest.current.onSaved({
        storyId,
        version: savedVersion,
        bylines: result.result?.bylines,
        savedAt,
        changes,
      });
    } else if (result.theirs) {
      latest.current.onConflict(result.theirs);
      setSaveStatus({ kind: "failed", message: "Not saved: someone else saved this story first." });
    } else if (!saving.autosaves) {
      // It stopped being a draft while the save was on its way: the button saves it now.
      setSaveStatus({ kind: "dirty" });
    } else {
      setSaveStatus({ kind: "failed", message: `Not saved automatically. ${result.message ?? ""}`.trim() });
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
