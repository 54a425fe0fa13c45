import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/admin/users/change-password-form";
import { signOutAction } from "@/lib/actions/auth";
import { getCurrentStaffSession } from "@/lib/people/session";
import { passwordHint } from "@/lib/validation/user";

export const metadata: Metadata = { title: "Choose your password" };

/**
 * Where someone signed in with a temporary password lands, whatever they
 * asked for (lib/people/session.ts sends them here), until they choose their own.
 */
export default async function ChoosePasswordPage() {
  const session = await getCurrentStaffSession();
  if (!session) redirect("/admin/sign-in");
  if (!session.mustChangePassword) redirect("/admin/account");
  return (
    <main id="main" className="mx-auto max-w-xl space-y-6 px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">Choose your password</h1>
      <p>
        Welcome, {session.user.name}. The password you signed in with was a temporary one that an admin chose.
        Choose your own before you go on: nothing else in the newsroom works until you do.
      </p>
      <section
        aria-label="Choose your password"
        className="space-y-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900"
      >
        <ChangePasswordForm
          passwordHint={passwordHint}
          currentLabel="Temporary password"
          submitLabel="Choose password"
        />
      </section>
      <form action={signOutAction}>
        <button type="submit" className="text-sm underline">
          Sign out
        </button>
      </form>
    </main>
  );
}
