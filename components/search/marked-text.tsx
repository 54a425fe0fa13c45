import { Fragment } from "react";
import type { HighlightedText } from "@/lib/reader/search-highlight";

/** Text with the search's matches in <mark>; rendered as text, never as HTML. */
export function MarkedText({ segments }: { segments: HighlightedText }) {
  return segments.map((segment, index) =>
    segment.highlighted ? (
      <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60">
        {segment.text}
      </mark>
    ) : (
      <Fragment key={index}>{segment.text}</Fragment>
    ),
  );
}
