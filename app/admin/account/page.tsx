import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/admin/users/change-password-form";
import { SignOutEverywhereForm } from "@/components/admin/users/sign-out-everywhere-form";
import { ROLE_LABELS } from "@/lib/people/roles";
import { requireStaffPage } from "@/lib/people/session";
import { countActiveSessions } from "@/lib/people/users";
import { passwordHint } from "@/lib/validation/user";

export const metadata: Metadata = { title: "Your account" };

type Props = { searchParams: Promise<{ notice?: string }> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  const sessions = await countActiveSessions(user.id);
  const passwordChanged = (await searchParams).notice === "password-changed";
  const section =
    "space-y-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900";
  return (
    <main id="main" className="mx-auto max-w-xl space-y-6 px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">Your account</h1>
      {passwordChanged && (
        <p role="status" className="text-sm text-green-700 dark:text-green-400">
          Password changed. Your other sessions have been signed out.
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-semibold">Name</dt>
        <dd>{user.name}</dd>
        <dt className="font-semibold">Email</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">Role</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
      </dl>
      <p className="text-sm">
        What readers see about you (photo, title, bio and links) is on{" "}
        <Link href="/admin/profile" className="underline">
          your profile
        </Link>
        .
      </p>
      <section aria-labelledby="password-heading" className={section}>
        <h2 id="password-heading" className="font-serif text-xl font-bold">
          Change your password
        </h2>
        <ChangePasswordForm passwordHint={passwordHint} />
      </section>
      <section aria-labelledby="sessions-heading" className={section}>
        <h2 id="sessions-heading" className="font-serif text-xl font-bold">
          Where you are signed in
        </h2>
        <p className="text-sm">
          You are signed in on {sessions === 1 ? "1 device or browser" : `${sessions} devices or browsers`}. A
          session ends after a day without use, and after 30 days in any case. If you left one signed in
          somewhere, end them all here; you will sign in again on this one.
        </p>
        <SignOutEverywhereForm />
      </section>
    </main>
  );
}
