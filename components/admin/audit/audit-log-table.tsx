import Link from "next/link";
import type { AuditEntryRow } from "@/lib/people/audit";
import { describeAuditEntry } from "@/lib/people/audit-sentences";
import { formatDateTime } from "@/lib/platform/format";

/** The log as sentences, newest first: who did what to which story, when (with the zone), and the details in words. */
export function AuditLogTable({ entries, timeZone }: { entries: AuditEntryRow[]; timeZone: string }) {
  return (
    <ol
      aria-label="Audit entries"
      className="mt-6 divide-y divide-neutral-200 rounded-lg border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900"
    >
      {entries.map((entry) => {
        const sentence = describeAuditEntry(entry, timeZone);
        return (
          <li key={entry.id} className="grid gap-1 p-3 text-sm sm:grid-cols-[13rem_1fr] sm:gap-4">
            <time dateTime={entry.createdAt.toISOString()} className="text-neutral-600 dark:text-neutral-400">
              {formatDateTime(entry.createdAt.toISOString(), timeZone)}
            </time>
            <div>
              <p>
                <span className="font-semibold">{sentence.subject}</span> {sentence.verb}
                {sentence.namesStory && (
                  <>
                    {" "}
                    {entry.story && !sentence.storyHeadline ? (
                      <Link href={`/admin/stories/${entry.story.id}`} className="underline">
                        ‘{entry.story.headline}’
                      </Link>
                    ) : (
                      <span>‘{sentence.storyHeadline}’</span>
                    )}
                  </>
                )}
                {sentence.rest}.
              </p>
              {sentence.facts.length > 0 && (
                <ul className="mt-0.5 text-xs text-neutral-600 dark:text-neutral-400">
                  {sentence.facts.map((fact) => (
                    <li key={fact} className="break-words">
                      {fact}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
