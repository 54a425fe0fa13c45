"use client";
import { useEffect, useRef, useState, type RefObject } from "react";
import {
  differsFrom,
  formFields,
  NEW_STORY_KEY,
  readLocalCopy,
  removeLocalCopy,
  writeLocalCopy,
  type LocalCopy,
} from "@/components/admin/desk/local-copy";
import { copyKey, hasUnsaved, type SaveTracker } from "@/components/admin/desk/save-tracker";

/**
 * Stories whose form, in this page session (not after a reload), had text the
 * server did not: Next.js remounts a page whose search params change, as the
 * notice after each workflow step does, and that text then comes back by
 * itself instead of being offered. With the versions it was typed on.
 */
const remounting = new Map<string, { version: number; contentVersion: number }>();

type StoryVersions = { id: string; version: number; contentVersion: number };

/**
 * This browser's copy of the text the server does not have yet: written after
 * every change, removed once saved, and offered back when the page arrives
 * with one (or put back by itself after a workflow step remounted the form).
 */
export function useLocalCopy({
  trackerRef,
  formRef,
  story,
  onRead,
  onApply,
}: {
  trackerRef: RefObject<SaveTracker>;
  formRef: RefObject<HTMLFormElement | null>;
  story?: StoryVersions;
  /** Given the form's fields each time the copy is written (the word count reads them). */
  onRead: (fields: Record<string, string>) => void;
  /** Puts a copy's text in the form, to be saved on version `base`. */
  onApply: (copy: LocalCopy, base: number) => void;
}) {
  const [offer, setOffer] = useState<LocalCopy | null>(null);
  const copyTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ onRead, onApply });
  useEffect(() => {
    latest.current = { onRead, onApply };
  });

  function writeCopy() {
    if (copyTimer.current) clearTimeout(copyTimer.current);
    copyTimer.current = null;
    const form = formRef.current;
    if (!form) return;
    const fields = formFields(form);
    latest.current.onRead(fields);
    const saving = trackerRef.current;
    if (!hasUnsaved(saving)) return;
    writeLocalCopy(copyKey(saving), {
      savedAt: new Date().toISOString(),
      baseVersion: saving.version,
      fields,
    });
    remounting.set(copyKey(saving), { version: saving.version, contentVersion: saving.contentVersion });
  }

  /** After React has written the change into the form's inputs (the body's is rendered). */
  function writeCopySoon() {
    copyTimer.current ??= setTimeout(writeCopy, 0);
  }

  /** The server has all of it. */
  function forgetCopy() {
    removeLocalCopy(copyKey(trackerRef.current));
    remounting.delete(copyKey(trackerRef.current));
  }

  function restore(copy: LocalCopy) {
    setOffer(null);
    // Saved on the version it was typed on, unless only workflow steps came since: then a
    // save meets nobody's text but its own. Someone else's text since is a conflict, shown.
    latest.current.onApply(
      copy,
      story && story.contentVersion <= copy.baseVersion ? story.version : copy.baseVersion,
    );
  }

  function discard() {
    removeLocalCopy(story?.id ?? NEW_STORY_KEY);
    setOffer(null);
  }

  useCopyOnArrival({
    formRef,
    story,
    onOffer: setOffer,
    onApply: (copy, base) => latest.current.onApply(copy, base),
  });

  useEffect(
    () => () => {
      if (copyTimer.current) clearTimeout(copyTimer.current);
    },
    [],
  );

  return { offer, writeCopy, writeCopySoon, forgetCopy, restore, discard };
}

/**
 * A copy of text the server never got (a crash, a reload, a lost connection)
 * is offered back when the page arrives; after a workflow step remounted the
 * form, it is put back by itself.
 */
function useCopyOnArrival({
  formRef,
  story,
  onOffer,
  onApply,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  story?: StoryVersions;
  onOffer: (copy: LocalCopy) => void;
  onApply: (copy: LocalCopy, base: number) => void;
}) {
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const fields = formFields(form);
    const key = story?.id ?? NEW_STORY_KEY;
    const copy = readLocalCopy(key);
    const live = remounting.get(key);
    remounting.delete(key);
    if (copy && differsFrom(copy, fields)) {
      if (live && story) {
        // Remounted by a workflow step: its version is ours to go on from, unless someone else saved text since.
        onApply(copy, story.contentVersion === live.contentVersion ? story.version : live.version);
      } else {
        // Read from this browser's storage, which the server render cannot see.
        onOffer(copy);
      }
    } else if (copy) {
      removeLocalCopy(key);
    }
    // A new story created with the button: its copy is this text, now stored.
    const newCopy = story ? readLocalCopy(NEW_STORY_KEY) : null;
    if (newCopy && !differsFrom(newCopy, fields)) removeLocalCopy(NEW_STORY_KEY);
    // Runs once, on the text the page arrived with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
