import { NEW_STORY_KEY } from "@/components/admin/desk/local-copy";

/**
 * The desk's bookkeeping, read by timers and window listeners that outlive
 * the render that set them: which story it is, the version the next save
 * names, and how many changes the server has (everything up to `savedChanges`).
 */
export type SaveTracker = {
  storyId: string | undefined;
  version: number;
  /** The version whose text the form holds; workflow steps raise `version` only. */
  contentVersion: number;
  changes: number;
  savedChanges: number;
  firstUnsavedAt: number | null;
  /** A conflict is on screen or an explicit save is on its way: no automatic save. */
  paused: boolean;
  /** Drafts save themselves; published, scheduled and approved stories with the button only. */
  autosaves: boolean;
  autosavingNow: boolean;
  saveWhenAutosaved: boolean;
  /** An explicit save on its way, and how many changes it carries. */
  submitting: number | null;
};

export function newSaveTracker(story?: {
  id: string;
  version: number;
  contentVersion: number;
  status: string;
}): SaveTracker {
  return {
    storyId: story?.id,
    version: story?.version ?? 0,
    contentVersion: story?.contentVersion ?? 0,
    changes: 0,
    savedChanges: 0,
    firstUnsavedAt: null,
    paused: false,
    autosaves: !story || story.status === "draft",
    autosavingNow: false,
    saveWhenAutosaved: false,
    submitting: null,
  };
}

export const hasUnsaved = (tracker: SaveTracker) => tracker.changes !== tracker.savedChanges;

/** Where this browser keeps the story's unsaved text. */
export const copyKey = (tracker: SaveTracker) => tracker.storyId ?? NEW_STORY_KEY;
