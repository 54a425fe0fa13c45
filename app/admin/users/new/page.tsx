import type { Metadata } from "next";
import { AccessDenied } from "@/components/admin/access-denied";
import { CreateUserForm } from "@/components/admin/users/create-user-form";
import { canManageUsers } from "@/lib/people/roles";
import { requireStaffPage } from "@/lib/people/session";
import { passwordHint } from "@/lib/validation/user";

export const metadata: Metadata = { title: "New account" };

export default async function NewUserPage() {
  const user = await requireStaffPage();
  if (!canManageUsers(user)) return <AccessDenied what="create accounts" />;
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-8">
      <h1 className="mb-6 font-serif text-3xl font-bold">New account</h1>
      <CreateUserForm passwordHint={passwordHint} />
    </main>
  );
}
