import Link from "next/link";
import { StatusBadge } from "@/components/admin/status-badge";
import { formatDateTime } from "@/lib/platform/format";

export type DashboardItem = {
  id: string;
  headline: string;
  status: string;
  writer: string | null;
  /** What the list says about timing, e.g. "Updated May 2, 9:30 AM". */
  when: { label: string; iso: string } | null;
  returned?: boolean;
  missed?: boolean;
  note?: { body: string; author: string | null } | null;
};

/** One of the dashboard's queues: a heading, a count and the stories in it. */
export function DashboardList({
  id,
  title,
  empty,
  items,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  items: DashboardItem[];
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <h2 id={`${id}-heading`} className="font-serif text-xl font-bold">
        {title} <span className="text-base font-normal text-neutral-600 dark:text-neutral-400">({items.length})</span>
      </h2>
      {children}
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-neutral-600 dark:text-neutral-400">{empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-neutral-100 dark:divide-neutral-800">
          {items.map((item) => (
            <li key={item.id} className="py-2 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/admin/stories/${item.id}`} className="font-semibold hover:underline">
                  {item.headline}
                </Link>
                <StatusBadge status={item.status} />
                {item.returned && (
                  <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                    Sent back
                  </span>
                )}
                {item.missed && (
                  <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900 dark:bg-red-900 dark:text-red-100">
                    Missed its time
                  </span>
                )}
              </div>
              <p className="text-xs text-neutral-600 dark:text-neutral-400">
                {[item.writer && `By ${item.writer}`, item.when?.label].filter(Boolean).join(" · ")}
              </p>
              {item.note && (
                <p className="mt-1 line-clamp-2 text-xs text-neutral-700 dark:text-neutral-300">
                  {item.note.author ?? "A colleague"}: “{item.note.body}”
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export const when = (prefix: string, date: Date | null, timeZone: string) =>
  date ? { label: `${prefix} ${formatDateTime(date.toISOString(), timeZone)}`, iso: date.toISOString() } : null;
