export const statusLabels: Record<string, string> = {
  draft: "Draft",
  in_review: "In review",
  approved: "Approved",
  scheduled: "Scheduled",
  published: "Published",
  archived: "Archived",
};

const statusColours: Record<string, string> = {
  draft: "bg-neutral-200 text-neutral-800 dark:bg-neutral-800 dark:text-neutral-200",
  in_review: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  approved: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  scheduled: "bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100",
  published: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100",
  archived: "bg-neutral-100 text-neutral-600 dark:bg-neutral-900 dark:text-neutral-400",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`rounded px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${statusColours[status] ?? statusColours.draft}`}>
      {statusLabels[status] ?? status}
    </span>
  );
}
