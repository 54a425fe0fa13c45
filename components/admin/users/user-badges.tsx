import type { UserStatus } from "@/lib/people/users";

const statusLabels: Record<UserStatus, string> = {
  active: "Active",
  invited: "Invited",
  deactivated: "Deactivated",
};

const statusColours: Record<UserStatus, string> = {
  active: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100",
  invited: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  deactivated: "bg-neutral-200 text-neutral-700 dark:bg-neutral-800 dark:text-neutral-300",
};

export function UserStatusBadge({ status }: { status: UserStatus }) {
  return (
    <span className={`rounded px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${statusColours[status]}`}>
      {statusLabels[status]}
    </span>
  );
}
