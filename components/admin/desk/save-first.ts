"use client";
import { createContext } from "react";

/**
 * Given by the story form to the publishing steps in its bar: saves what is
 * typed but not yet saved, and says whether that worked, so a step that
 * acts on the saved text (submit, approve, publish) acts on what the editor sees.
 */
export const SaveFirstContext = createContext<(() => Promise<boolean>) | null>(null);
