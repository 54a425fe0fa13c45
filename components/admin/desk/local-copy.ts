/**
 * The browser's copy of a story's unsaved text: written on every change,
 * removed once the server has it, offered back after a crash or reload.
 * One copy per story, and one for a new story not yet saved.
 */
import { documentText } from "@/lib/content/word-count";

export type LocalCopy = {
  /** When it was written (ISO). */
  savedAt: string;
  /** The story version the text was based on, so restoring it can still meet a conflict. */
  baseVersion: number;
  /** The form's text fields, as the form would send them. */
  fields: Record<string, string>;
};

const PREFIX = "newsroom:unsaved-story:";
export const NEW_STORY_KEY = "new";

const storageKey = (key: string) => `${PREFIX}${key}`;

// Private browsing, a full quota or a blocked storage must not stop the editor.
function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readLocalCopy(key: string): LocalCopy | null {
  try {
    const raw = storage()?.getItem(storageKey(key));
    if (!raw) return null;
    const copy = JSON.parse(raw) as Partial<LocalCopy>;
    return typeof copy.savedAt === "string" &&
      typeof copy.baseVersion === "number" &&
      copy.fields &&
      typeof copy.fields === "object"
      ? (copy as LocalCopy)
      : null;
  } catch {
    return null;
  }
}

/** True when the copy is on this device. */
export function writeLocalCopy(key: string, copy: LocalCopy): boolean {
  try {
    storage()?.setItem(storageKey(key), JSON.stringify(copy));
    return Boolean(storage());
  } catch {
    return false;
  }
}

export function removeLocalCopy(key: string) {
  try {
    storage()?.removeItem(storageKey(key));
  } catch {
    // Nothing to do: the copy stays, and is offered again only if it differs.
  }
}

/** What a story's form sends, minus what identifies the save rather than the text. */
export function formFields(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (
      typeof value === "string" &&
      name !== "storyId" &&
      name !== "version" &&
      !name.startsWith("$ACTION")
    ) {
      fields[name] = value;
    }
  }
  return fields;
}

function bodyText(json: string | undefined): string {
  try {
    return documentText(json ? JSON.parse(json) : null);
  } catch {
    return json ?? "";
  }
}

/**
 * Whether a copy says anything the form does not. Bodies are compared by
 * their words: the editor may write the same document with other details.
 */
export function differsFrom(copy: LocalCopy, fields: Record<string, string>): boolean {
  return Object.entries(copy.fields).some(([name, value]) =>
    name === "body" ? bodyText(value) !== bodyText(fields.body) : (fields[name] ?? "") !== value,
  );
}
