/**
 * Highlighted search text travels as plain segments, never as HTML: the
 * database marks matches with control characters that no story contains, and
 * React renders each highlighted segment as a <mark>.
 */
export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_STOP = "\u0002";

export type HighlightedText = { text: string; highlighted: boolean }[];

/** Splits text marked with HIGHLIGHT_START … HIGHLIGHT_STOP into segments. */
export function splitHighlights(marked: string): HighlightedText {
  const segments: HighlightedText = [];
  let highlighted = false;
  let text = "";
  const flush = () => {
    if (!text) return;
    const last = segments.at(-1);
    // A stop marker directly followed by a start marker makes one <mark>, not two.
    if (last && last.highlighted === highlighted) last.text += text;
    else segments.push({ text, highlighted });
    text = "";
  };
  for (const character of marked) {
    if (character === HIGHLIGHT_START || character === HIGHLIGHT_STOP) {
      flush();
      highlighted = character === HIGHLIGHT_START;
    } else {
      text += character;
    }
  }
  flush();
  return segments;
}
