import { secondaryButtonClass } from "@/components/ui/field";
import { formatDateTime } from "@/lib/platform/format";
import type { ConflictingVersion } from "@/lib/newsroom/story-writes";

/**
 * Shown when a save is refused because someone else saved first: their
 * stored text, beside the editor's own (still in the form), so neither is lost.
 */
export function ConflictPanel({
  theirs,
  timeZone,
  onKeepMine,
  reloadHref,
}: {
  theirs: ConflictingVersion;
  timeZone: string;
  onKeepMine: () => void;
  reloadHref: string;
}) {
  const savedAt = formatDateTime(theirs.savedAt, timeZone);
  return (
    <section
      aria-labelledby="their-version-heading"
      className="space-y-3 rounded border-2 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950"
    >
      <h2 id="their-version-heading" className="font-serif text-xl font-bold">
        Their version
      </h2>
      <p className="text-sm">
        Version {theirs.version}, saved by {theirs.savedBy ?? "someone"} on{" "}
        <time dateTime={theirs.savedAt}>{savedAt}</time>. Your version is still in the form.
      </p>
      <dl className="space-y-2 rounded bg-white p-3 text-sm dark:bg-neutral-900">
        <dt className="font-semibold">Their headline</dt>
        <dd className="font-serif text-lg">{theirs.headline}</dd>
        <dt className="font-semibold">Their dek</dt>
        <dd>{theirs.dek ?? "—"}</dd>
        <dt className="font-semibold">Their body</dt>
        <dd className="max-h-96 overflow-y-auto font-serif whitespace-pre-wrap">{theirs.bodyText}</dd>
      </dl>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onKeepMine} className={secondaryButtonClass}>
          Save my version over theirs
        </button>
        <a href={reloadHref} className={secondaryButtonClass}>
          Discard mine and load theirs
        </a>
      </div>
    </section>
  );
}
