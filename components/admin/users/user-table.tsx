import Link from "next/link";
import { ROLE_LABELS } from "@/lib/people/roles";
import type { UserRow } from "@/lib/people/users";
import { UserStatusBadge } from "./user-badges";

export function UserTable({ users }: { users: UserRow[] }) {
  return (
    <table className="mt-6 w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
      <thead>
        <tr className="border-b border-neutral-200 dark:border-neutral-800">
          <th scope="col" className="p-3">
            Name
          </th>
          <th scope="col" className="p-3">
            Email
          </th>
          <th scope="col" className="p-3">
            Role
          </th>
          <th scope="col" className="p-3">
            Status
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className="border-b border-neutral-100 dark:border-neutral-800">
            <td className="p-3">
              <Link href={`/admin/users/${user.id}`} className="font-semibold hover:underline">
                {user.name}
              </Link>
            </td>
            <td className="p-3">{user.email}</td>
            <td className="p-3">{ROLE_LABELS[user.role]}</td>
            <td className="p-3">
              <UserStatusBadge status={user.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
