/** The length of a story body as the desk shows it: words, and minutes of reading. */

type Node = { type?: string; text?: string; content?: Node[] };

// An adult reads news at about this pace.
const WORDS_PER_MINUTE = 230;

function collectText(node: Node, parts: string[]) {
  if (typeof node.text === "string") parts.push(node.text);
  // Blocks are separate words even where the document has no space between them.
  for (const child of node.content ?? []) collectText(child, parts);
  if (node.content && node.type !== "text") parts.push(" ");
}

/** The plain text of a rich-text document, blocks separated by spaces. */
export function documentText(document: Node | null | undefined): string {
  if (!document) return "";
  const parts: string[] = [];
  collectText(document, parts);
  return parts.join("").replace(/\s+/g, " ").trim();
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** Whole minutes, at least one for any text at all. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
