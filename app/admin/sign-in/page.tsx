import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { CHOOSE_PASSWORD_PATH, getCurrentStaffSession } from "@/lib/people/session";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage() {
  const session = await getCurrentStaffSession();
  if (session) redirect(session.mustChangePassword ? CHOOSE_PASSWORD_PATH : "/admin");
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="mb-6 font-serif text-3xl font-bold">Sign in to the newsroom</h1>
      <SignInForm />
    </main>
  );
}
