const labels: Record<string, string> = {
  draft: "Draft",
  in_review: "In review",
  approved: "Approved",
  scheduled: "Scheduled",
  published: "Published",
  archived: "Archived",
};

export function StatusBadge({ status }: { status: string }) {
  const published = status === "published";
  return (
    <span
      className={`rounded px-2 py-0.5 text-xs font-semibold ${published ? "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100" : "bg-neutral-200 text-neutral-800 dark:bg-neutral-800 dark:text-neutral-200"}`}
    >
      {labels[status] ?? status}
    </span>
  );
}
