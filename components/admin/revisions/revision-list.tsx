import { formatDateTime } from "@/lib/platform/format";
import type { RevisionListItem } from "@/lib/newsroom/revisions";

/** Every saved version of a story, newest first: who saved it, when, and what kind of save it was. */
export function RevisionList({
  revisions,
  timeZone,
  restoreButton,
}: {
  revisions: RevisionListItem[];
  timeZone: string;
  restoreButton: (version: number) => React.ReactNode;
}) {
  return (
    <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
      <caption className="mb-2 text-left font-serif text-xl font-bold">Saved versions</caption>
      <thead>
        <tr className="border-b border-neutral-200 dark:border-neutral-800">
          <th scope="col" className="p-3">
            Version
          </th>
          <th scope="col" className="p-3">
            Saved by
          </th>
          <th scope="col" className="p-3">
            When
          </th>
          <th scope="col" className="p-3">
            Notes
          </th>
          <th scope="col" className="p-3">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {revisions.map((revision) => {
          const notes = [
            revision === revisions[0] ? "Latest" : null,
            revision.isMajorUpdate ? "Major update" : null,
            revision.autosave ? "Saved automatically" : null,
            revision.restoredFrom !== null ? `Restored from version ${revision.restoredFrom}` : null,
          ].filter(Boolean);
          return (
            <tr key={revision.version} className="border-b border-neutral-100 dark:border-neutral-800">
              <th scope="row" className="p-3 font-semibold">
                {revision.version}
              </th>
              <td className="p-3">{revision.savedBy ?? "—"}</td>
              <td className="p-3">
                <time dateTime={revision.createdAt.toISOString()}>
                  {formatDateTime(revision.createdAt.toISOString(), timeZone)}
                </time>
              </td>
              <td className="p-3">{notes.join(" · ") || "—"}</td>
              <td className="p-3">{restoreButton(revision.version)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
