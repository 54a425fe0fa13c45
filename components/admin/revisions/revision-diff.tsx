import { diffWords, type ChangeObject } from "diff";
import type { RevisionText } from "@/lib/newsroom/revisions";

type Side = "older" | "newer";

/**
 * One side of a word diff: the older text with what was removed struck out,
 * or the newer text with what was added marked. Rendered as React elements,
 * so no text in a story is ever read as HTML.
 */
function DiffSide({ changes, side }: { changes: ChangeObject<string>[]; side: Side }) {
  return (
    <>
      {changes.map((change, index) => {
        if (change.added) {
          return side === "newer" ? (
            <ins
              key={index}
              className="bg-green-100 text-green-950 no-underline dark:bg-green-900 dark:text-green-50"
            >
              {change.value}
            </ins>
          ) : null;
        }
        if (change.removed) {
          return side === "older" ? (
            <del key={index} className="bg-red-100 text-red-950 dark:bg-red-900 dark:text-red-50">
              {change.value}
            </del>
          ) : null;
        }
        return <span key={index}>{change.value}</span>;
      })}
    </>
  );
}

function DiffRow({ label, older, newer }: { label: string; older: string; newer: string }) {
  // A diff of very long, very different texts can take long; past the limit the two are shown whole.
  const changes = diffWords(older, newer, { timeout: 2000 }) ?? [
    { value: older, removed: true, added: false, count: 1 },
    { value: newer, added: true, removed: false, count: 1 },
  ];
  const unchanged = changes.every((change) => !change.added && !change.removed);
  return (
    <div className="border-t border-neutral-200 py-3 dark:border-neutral-800">
      <h3 className="text-sm font-semibold">
        {label}
        {unchanged && (
          <span className="font-normal text-neutral-600 dark:text-neutral-400"> (unchanged)</span>
        )}
      </h3>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        <div className="font-serif whitespace-pre-wrap" aria-label={`${label}, older version`} role="group">
          <DiffSide changes={changes} side="older" />
        </div>
        <div className="font-serif whitespace-pre-wrap" aria-label={`${label}, newer version`} role="group">
          <DiffSide changes={changes} side="newer" />
        </div>
      </div>
    </div>
  );
}

/** Two versions side by side: the headline, dek and body as text, with the words that changed marked. */
export function RevisionDiff({ older, newer }: { older: RevisionText; newer: RevisionText }) {
  return (
    <section aria-labelledby="comparison-heading" className="rounded bg-white p-4 dark:bg-neutral-900">
      <h2 id="comparison-heading" className="font-serif text-xl font-bold">
        Version {older.version} compared with version {newer.version}
      </h2>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
        Left, version {older.version} with <del>removed words</del>; right, version {newer.version} with{" "}
        <ins>added words</ins>.
      </p>
      <div className="mt-3">
        <DiffRow label="Headline" older={older.headline} newer={newer.headline} />
        <DiffRow label="Dek" older={older.dek ?? ""} newer={newer.dek ?? ""} />
        <DiffRow label="Body" older={older.bodyText} newer={newer.bodyText} />
      </div>
    </section>
  );
}
