import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/admin/users/accept-invitation-form";
import { findInvitation } from "@/lib/people/users";
import { passwordHint } from "@/lib/validation/user";

export const metadata: Metadata = {
  title: "Join the newsroom",
  robots: { index: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = await findInvitation(token);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      {invitation ? (
        <>
          <h1 className="mb-2 font-serif text-3xl font-bold">Welcome, {invitation.name}</h1>
          <p className="mb-6 text-sm">
            Choose a password for <strong>{invitation.email}</strong>. You will be signed in straight away.
          </p>
          <AcceptInvitationForm token={token} email={invitation.email} passwordHint={passwordHint} />
        </>
      ) : (
        <>
          <h1 className="mb-4 font-serif text-3xl font-bold">This invitation link does not work</h1>
          <p>
            It has expired, has already been used, or was replaced by a newer one. Ask an admin for a new
            link.
          </p>
          <p className="mt-4">
            <Link href="/admin/sign-in" className="underline">
              Sign in
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
