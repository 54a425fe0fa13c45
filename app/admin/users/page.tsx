import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/admin/access-denied";
import { UserTable } from "@/components/admin/users/user-table";
import { buttonClass } from "@/components/ui/field";
import { canManageUsers } from "@/lib/people/roles";
import { requireStaffPage } from "@/lib/people/session";
import { listUsers } from "@/lib/people/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requireStaffPage();
  if (!canManageUsers(user)) return <AccessDenied what="manage users' accounts" />;
  const users = await listUsers();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex items-center justify-between">
        <h1 className="font-serif text-3xl font-bold">Users</h1>
        <Link href="/admin/users/new" className={buttonClass}>
          New account
        </Link>
      </div>
      <UserTable users={users} />
    </main>
  );
}
