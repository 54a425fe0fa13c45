"use client";
import { createContext, useContext, useRef } from "react";

/**
 * Given by the story form to the publishing steps on the desk: saves what is
 * typed but not yet saved, and says whether that worked, so a step that acts
 * on the saved text (submit, approve, publish, schedule, send back, archive)
 * acts on what the editor sees.
 */
export const SaveFirstContext = createContext<(() => Promise<boolean>) | null>(null);

/**
 * A step's submit handler that, on the desk, saves the typed text first and
 * then submits the step. A refused save (a field to fix, someone else's
 * version) stops the step: the story form says why. Off the desk (no story
 * form, as on a read-only story) the step is submitted as it is.
 */
export function useSaveFirstSubmit(enabled = true) {
  const saveFirst = useContext(SaveFirstContext);
  const saved = useRef(false);
  return (event: React.FormEvent<HTMLFormElement>) => {
    if (!enabled || !saveFirst || saved.current) {
      saved.current = false;
      return;
    }
    event.preventDefault();
    const form = event.currentTarget;
    void saveFirst().then((ok) => {
      if (!ok) return;
      saved.current = true;
      // In a task of its own: a form ignores requestSubmit() while its submit event is still being dispatched.
      setTimeout(() => form.requestSubmit(), 0);
    });
  };
}
