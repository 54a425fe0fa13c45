"use client";
import { useEffect, useRef, type RefObject } from "react";
import { hasUnsaved, type SaveTracker } from "@/components/admin/desk/save-tracker";

/**
 * The page re-rendered with the story as stored now: after a workflow step,
 * an explicit save or a link change. A step that moved only the status lets
 * the form go on from the new version; someone else's text is shown when
 * nothing here would be lost, and otherwise meets the next save as a conflict.
 */
export function useStoredStory({
  story,
  trackerRef,
  onStepTaken,
  onTheirText,
}: {
  story?: { version: number; contentVersion: number };
  trackerRef: RefObject<SaveTracker>;
  /** Only the status moved, to this version: the step's notice is news again. */
  onStepTaken: (version: number) => void;
  /** Someone else's text, and nothing here to lose: show theirs. */
  onTheirText: (version: number) => void;
}) {
  const seen = useRef({ version: story?.version, contentVersion: story?.contentVersion });
  useEffect(() => {
    if (!story) return;
    if (seen.current.version === story.version && seen.current.contentVersion === story.contentVersion)
      return;
    seen.current = { version: story.version, contentVersion: story.contentVersion };
    if (story.contentVersion === trackerRef.current.contentVersion) onStepTaken(story.version);
    else if (!hasUnsaved(trackerRef.current)) {
      trackerRef.current.contentVersion = story.contentVersion;
      onTheirText(story.version);
    }
    // Otherwise the version stays: the next save meets the conflict and shows both texts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [story?.version, story?.contentVersion]);
}
