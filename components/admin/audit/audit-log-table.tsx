import Link from "next/link";
import type { AuditEntryRow } from "@/lib/audit";
import { formatDateTime } from "@/lib/format";

const actionLabels: Record<string, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed sign-in",
  "auth.sign_out_everywhere": "Signed out everywhere",
  "auth.password_change": "Changed their password",
  "user.create": "Created an account",
  "user.invite": "Made an invitation link",
  "user.invitation_accepted": "Accepted an invitation",
  "user.role_change": "Changed a role",
  "user.deactivate": "Deactivated an account",
  "user.reactivate": "Reactivated an account",
  "site_page.update": "Edited a site page",
};

const detailLabels: Record<string, string> = {
  knownAccount: "known account",
  userId: "user id",
  expiresAt: "expires",
};

function detailText(details: AuditEntryRow["details"]): string {
  if (!details || typeof details !== "object" || Array.isArray(details))
    return details == null ? "" : String(details);
  return Object.entries(details)
    .map(
      ([key, value]) =>
        `${detailLabels[key] ?? key}: ${typeof value === "string" ? value : JSON.stringify(value)}`,
    )
    .join(" · ");
}

export function AuditLogTable({ entries, timeZone }: { entries: AuditEntryRow[]; timeZone: string }) {
  return (
    <table className="mt-6 w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
      <thead>
        <tr className="border-b border-neutral-200 dark:border-neutral-800">
          <th scope="col" className="p-3">
            Time
          </th>
          <th scope="col" className="p-3">
            Who
          </th>
          <th scope="col" className="p-3">
            Action
          </th>
          <th scope="col" className="p-3">
            Story
          </th>
          <th scope="col" className="p-3">
            Details
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} className="border-b border-neutral-100 align-top dark:border-neutral-800">
            <td className="p-3 whitespace-nowrap">
              <time dateTime={entry.createdAt.toISOString()}>
                {formatDateTime(entry.createdAt.toISOString(), timeZone)}
              </time>
            </td>
            <td className="p-3">
              {entry.actor ? entry.actor.name : <span className="text-neutral-600 dark:text-neutral-400">Nobody signed in</span>}
            </td>
            <td className="p-3">
              {actionLabels[entry.action] ?? entry.action}
              <span className="block font-mono text-xs text-neutral-600 dark:text-neutral-400">{entry.action}</span>
            </td>
            <td className="p-3">
              {entry.story ? (
                <Link href={`/admin/stories/${entry.story.id}`} className="hover:underline">
                  {entry.story.headline}
                </Link>
              ) : (
                "—"
              )}
            </td>
            <td className="p-3 break-all">{detailText(entry.details)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
