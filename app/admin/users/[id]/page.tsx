import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/admin/access-denied";
import { UserStatusBadge } from "@/components/admin/users/user-badges";
import { ActivationForm, ChangeRoleForm, InviteForm } from "@/components/admin/users/user-access-forms";
import { formatDateTime } from "@/lib/platform/format";
import { canManageUsers, ROLE_LABELS } from "@/lib/people/roles";
import { requireStaffPage } from "@/lib/people/session";
import { site } from "@/lib/platform/site";
import { getUser } from "@/lib/people/users";

export const metadata: Metadata = { title: "Account" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

const notices: Record<string, string> = {
  created: "Account created. Give them their temporary password; they can change it under Account.",
  "role-changed": "Role changed. They have been signed out everywhere.",
  unchanged: "They already had that role: nothing changed.",
  deactivated: "Account deactivated. They have been signed out everywhere.",
  reactivated: "Account reactivated. They can sign in again.",
};

export default async function UserPage({ params, searchParams }: Props) {
  const viewer = await requireStaffPage();
  if (!canManageUsers(viewer)) return <AccessDenied what="manage users' accounts" />;
  const user = await getUser((await params).id);
  if (!user) notFound();
  const notice = notices[(await searchParams).notice ?? ""];
  const section =
    "space-y-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900";
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <p className="text-sm">
        <Link href="/admin/users" className="underline">
          Users
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="font-serif text-3xl font-bold">{user.name}</h1>
        <UserStatusBadge status={user.status} />
      </div>
      {notice && (
        <p role="status" className="text-sm text-green-700 dark:text-green-400">
          {notice}
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-semibold">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">Role</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
        <dt className="font-semibold">Signed in on</dt>
        <dd>{user.activeSessions === 1 ? "1 device" : `${user.activeSessions} devices`}</dd>
        {user.invitationExpiresAt && (
          <>
            <dt className="font-semibold">Invitation</dt>
            <dd>Unused, expires {formatDateTime(user.invitationExpiresAt.toISOString(), site.timeZone)}</dd>
          </>
        )}
      </dl>
      {user.status !== "deactivated" && (
        <section aria-labelledby="role-heading" className={section}>
          <h2 id="role-heading" className="font-serif text-xl font-bold">
            Role
          </h2>
          <ChangeRoleForm key={user.role} userId={user.id} role={user.role} />
        </section>
      )}
      {user.status !== "deactivated" && (
        <section aria-labelledby="invitation-heading" className={section}>
          <h2 id="invitation-heading" className="font-serif text-xl font-bold">
            Invitation link
          </h2>
          <InviteForm userId={user.id} />
        </section>
      )}
      <section aria-labelledby="access-heading" className={section}>
        <h2 id="access-heading" className="font-serif text-xl font-bold">
          Access
        </h2>
        <ActivationForm key={user.status} userId={user.id} deactivated={user.status === "deactivated"} />
      </section>
    </main>
  );
}
