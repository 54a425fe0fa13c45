"use client";
import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { LocalCopy } from "@/components/admin/desk/local-copy";
import type { SaveStatus } from "@/components/admin/desk/save-status";
import { hasUnsaved, newSaveTracker } from "@/components/admin/desk/save-tracker";
import { useAutosave, type AutosaveResult } from "@/components/admin/desk/use-autosave";
import { useExplicitSave } from "@/components/admin/desk/use-explicit-save";
import { useLeaveGuard } from "@/components/admin/desk/use-leave-guard";
import { useLocalCopy } from "@/components/admin/desk/use-local-copy";
import { useStoredStory } from "@/components/admin/desk/use-stored-story";
import type { FormState } from "@/lib/actions/form-action";
import type { BodyDocument } from "@/lib/content/story-body";
import { countWords, documentText } from "@/lib/content/word-count";
import type { ConflictingVersion } from "@/lib/newsroom/story-writes";

export type Byline = { id: string; name: string };

/** Field values a restored copy (or a failed save) puts in place of the stored ones, and a key to remount the fields with them. */
export type Seed = { values: Record<string, string>; key: number };

type DeskStory = { id: string; version: number; contentVersion: number; status: string; body: BodyDocument };

export const parseBody = (json: string | undefined): BodyDocument | null => {
  try {
    return json ? (JSON.parse(json) as BodyDocument) : null;
  } catch {
    return null;
  }
};

/** A refused save's stored version, until the editor decides what to do about it. */
function useConflict(state: FormState) {
  const [autosaveConflict, setAutosaveConflict] = useState<ConflictingVersion | null>(null);
  const [settledConflict, setSettledConflict] = useState<ConflictingVersion | null>(null);
  const theirs = autosaveConflict ?? (state.theirs && state.theirs !== settledConflict ? state.theirs : null);
  /** The editor keeps their text: the conflict is settled, whichever save met it. */
  const settle = () => {
    setSettledConflict(state.theirs ?? null);
    setAutosaveConflict(null);
  };
  return { theirs, setAutosaveConflict, settle };
}

/**
 * Everything the desk does to lose nothing typed: each change is counted and
 * copied to this browser, drafts save themselves, explicit saves and
 * publishing steps wait for each other, and the stored story coming back
 * after a step or a save is taken in without losing the form's text.
 */
export function useStoryDesk({
  story,
  state,
  pending,
}: {
  story?: DeskStory;
  state: FormState;
  pending: boolean;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const trackerRef = useRef(newSaveTracker(story));
  const [storyId, setStoryId] = useState(story?.id);
  const [version, setVersion] = useState(story?.version ?? 0);
  const [seed, setSeed] = useState<Seed>({ values: {}, key: 0 });
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: "clean" });
  const [words, setWords] = useState(() => countWords(documentText(story?.body)));
  // Whether the editor changed anything since the page came: the last step's notice is stale then.
  const [edited, setEdited] = useState(false);
  // The byline a new story got from the server when it was first saved without one.
  const [createdBylines, setCreatedBylines] = useState<{ list: Byline[] | null; key: number }>({
    list: null,
    key: 0,
  });
  const conflict = useConflict(state);
  const autosaves = !story || story.status === "draft";

  useEffect(() => {
    Object.assign(trackerRef.current, {
      storyId,
      version,
      paused: Boolean(conflict.theirs) || pending,
      autosaves,
    });
  });

  const copy = useLocalCopy({
    trackerRef,
    formRef,
    story,
    onRead: (fields) => setWords(countWords(documentText(parseBody(fields.body)))),
    onApply: applyCopy,
  });
  const auto = useAutosave({
    trackerRef,
    formRef,
    setSaveStatus,
    writeCopy: copy.writeCopy,
    onSaved: autosaved,
    onConflict: conflict.setAutosaveConflict,
  });
  useStoredStory({
    story,
    trackerRef,
    onStepTaken: (storedVersion) => {
      setVersion(storedVersion);
      setEdited(false);
    },
    onTheirText: (storedVersion) => {
      setVersion(storedVersion);
      setSeed((current) => ({ values: {}, key: current.key + 1 }));
    },
  });
  // Back to being a draft (unpublished, withdrawn, sent back) with text unsaved: it saves itself again.
  useEffect(() => {
    if (autosaves && hasUnsaved(trackerRef.current)) auto.schedule();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autosaves]);

  // After the stored story is taken in: a save's answer and its re-rendered story may come together,
  // and the story is compared with the text as it was before that save.
  const { saveNow, saveFirst } = useExplicitSave({
    trackerRef,
    formRef,
    state,
    pending,
    onSaved: (savedVersion, changes, savedAt) => {
      setVersion(savedVersion);
      trackerRef.current.version = savedVersion;
      trackerRef.current.contentVersion = savedVersion;
      savedUpTo(changes, savedAt);
    },
    onRefused: () =>
      setSaveStatus({ kind: "failed", message: "Not saved: see the message above the headline." }),
  });
  useLeaveGuard({ trackerRef, writeCopy: copy.writeCopy, saveNow, autosave: auto.autosave, setSaveStatus });

  function markChanged(byEditor = true) {
    if (byEditor) setEdited(true);
    const saving = trackerRef.current;
    saving.changes += 1;
    saving.firstUnsavedAt ??= Date.now();
    setSaveStatus(navigator.onLine ? { kind: "dirty" } : { kind: "offline" });
    copy.writeCopySoon();
    auto.schedule();
  }

  function savedUpTo(changesSaved: number, at: string) {
    const saving = trackerRef.current;
    saving.savedChanges = Math.max(saving.savedChanges, changesSaved);
    if (hasUnsaved(saving)) {
      setSaveStatus({ kind: "dirty" });
      copy.writeCopy();
      auto.schedule();
    } else {
      saving.firstUnsavedAt = null;
      copy.forgetCopy();
      setSaveStatus({ kind: "saved", at });
    }
  }

  function autosaved(saved: AutosaveResult) {
    const { bylines } = saved;
    // The next save, automatic or not, names the version just made.
    flushSync(() => {
      setStoryId(saved.storyId);
      setVersion(saved.version);
      if (typeof bylines === "string")
        setCreatedBylines((current) => ({ list: JSON.parse(bylines) as Byline[], key: current.key + 1 }));
    });
    trackerRef.current.version = saved.version;
    trackerRef.current.contentVersion = saved.version;
    savedUpTo(saved.changes, saved.savedAt);
  }

  function applyCopy(restored: LocalCopy, base: number) {
    setVersion(base);
    trackerRef.current.version = base;
    setSeed((current) => ({ values: restored.fields, key: current.key + 1 }));
    // Counted once the restored fields are in the form.
    setTimeout(() => markChanged(false), 0);
  }

  /** Naming their version makes the next save replace it, knowingly. */
  function keepMine() {
    const theirs = conflict.theirs;
    if (!theirs) return;
    flushSync(() => {
      setVersion(theirs.version);
      conflict.settle();
    });
    trackerRef.current.version = theirs.version;
    formRef.current?.requestSubmit();
  }

  function onSubmit() {
    auto.cancel();
    copy.writeCopy();
    trackerRef.current.submitting = trackerRef.current.changes;
    setSaveStatus({ kind: "saving" });
  }

  return {
    formRef,
    storyId,
    version,
    seed,
    saveStatus,
    words,
    edited,
    createdBylines,
    theirs: conflict.theirs,
    autosaving: auto.autosaving,
    offer: copy.offer,
    restoreCopy: copy.restore,
    discardCopy: copy.discard,
    markChanged,
    keepMine,
    onSubmit,
    saveFirst,
  };
}
