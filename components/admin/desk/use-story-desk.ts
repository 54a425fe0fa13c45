"use client";
import { useEffect, useRef, useState, type RefObject } from "react";
import { flushSync } from "react-dom";
import type { LocalCopy } from "@/components/admin/desk/local-copy";
import type { SaveStatus } from "@/components/admin/desk/save-status";
import { hasUnsaved, newSaveTracker, type SaveTracker } from "@/components/admin/desk/save-tracker";
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
 * The count of the editor's changes against what the server has: each change
 * marks the text unsaved, is copied to this browser and starts the pause
 * before an automatic save; each save that comes back says how far it got.
 */
function useChangeCounter({
  trackerRef,
  setSaveStatus,
  setEdited,
  copy,
  auto,
}: {
  trackerRef: RefObject<SaveTracker>;
  setSaveStatus: (status: SaveStatus) => void;
  setEdited: (edited: boolean) => void;
  copy: { writeCopy: () => void; writeCopySoon: () => void; forgetCopy: () => void };
  auto: { schedule: () => void; cancel: () => void };
}) {
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

  /** The explicit save is on its way, with every change so far. */
  function onSubmit() {
    auto.cancel();
    copy.writeCopy();
    trackerRef.current.submitting = trackerRef.current.changes;
    setSaveStatus({ kind: "saving" });
  }

  return { markChanged, savedUpTo, onSubmit };
}

/**
 * Which version the next save names, as saves, restored copies and conflicts
 * move it: the automatic save's new version (and a new story's address and
 * byline), a restored copy's base, or their version when the editor keeps theirs.
 */
function useVersionKeeping({
  trackerRef,
  formRef,
  deskState: { setStoryId, setVersion, setSeed, setCreatedBylines, setEdited },
  conflict,
  markChanged,
  savedUpTo,
}: {
  trackerRef: RefObject<SaveTracker>;
  formRef: RefObject<HTMLFormElement | null>;
  deskState: ReturnType<typeof useDeskState>;
  conflict: ReturnType<typeof useConflict>;
  markChanged: (byEditor?: boolean) => void;
  savedUpTo: (changes: number, at: string) => void;
}) {
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

  /** An explicit save came back with this version. */
  function saved(savedVersion: number, changes: number, savedAt: string) {
    setVersion(savedVersion);
    trackerRef.current.version = savedVersion;
    trackerRef.current.contentVersion = savedVersion;
    savedUpTo(changes, savedAt);
  }

  /** Only the status moved: the text in the form, saved or not, goes on from the new version, and the step's notice is news again. */
  function stepTaken(storedVersion: number) {
    setVersion(storedVersion);
    setEdited(false);
  }

  /** Someone else's text, and nothing here to lose: theirs is shown. */
  function theirText(storedVersion: number) {
    setVersion(storedVersion);
    setSeed((current) => ({ values: {}, key: current.key + 1 }));
  }

  return { autosaved, saved, applyCopy, keepMine, stepTaken, theirText };
}

/** What the desk shows and sends that changes as the editor works. */
function useDeskState(story?: DeskStory) {
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
  return {
    storyId,
    setStoryId,
    version,
    setVersion,
    seed,
    setSeed,
    saveStatus,
    setSaveStatus,
    words,
    setWords,
    edited,
    setEdited,
    createdBylines,
    setCreatedBylines,
  };
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
  const deskState = useDeskState(story);
  const { storyId, version, setWords, setSaveStatus } = deskState;
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
    onApply: (restored, base) => versions.applyCopy(restored, base),
  });
  const auto = useAutosave({
    trackerRef,
    formRef,
    setSaveStatus,
    writeCopy: copy.writeCopy,
    onSaved: (saved) => versions.autosaved(saved),
    onConflict: conflict.setAutosaveConflict,
  });
  useStoredStory({
    story,
    trackerRef,
    onStepTaken: (storedVersion) => versions.stepTaken(storedVersion),
    onTheirText: (storedVersion) => versions.theirText(storedVersion),
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
    onSaved: (savedVersion, changes, savedAt) => versions.saved(savedVersion, changes, savedAt),
    onRefused: () =>
      setSaveStatus({ kind: "failed", message: "Not saved: see the message above the headline." }),
  });
  useLeaveGuard({ trackerRef, writeCopy: copy.writeCopy, saveNow, autosave: auto.autosave, setSaveStatus });
  const { markChanged, savedUpTo, onSubmit } = useChangeCounter({
    trackerRef,
    setSaveStatus,
    setEdited: deskState.setEdited,
    copy,
    auto,
  });
  const versions = useVersionKeeping({
    trackerRef,
    formRef,
    deskState,
    conflict,
    markChanged,
    savedUpTo,
  });

  return {
    formRef,
    storyId,
    version,
    seed: deskState.seed,
    saveStatus: deskState.saveStatus,
    words: deskState.words,
    edited: deskState.edited,
    createdBylines: deskState.createdBylines,
    theirs: conflict.theirs,
    autosaving: auto.autosaving,
    offer: copy.offer,
    restoreCopy: copy.restore,
    discardCopy: copy.discard,
    markChanged,
    keepMine: versions.keepMine,
    onSubmit,
    saveFirst,
  };
}
