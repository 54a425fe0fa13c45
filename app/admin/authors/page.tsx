import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/admin/access-denied";
import { AuthorTable } from "@/components/admin/authors/author-table";
import { listAuthors } from "@/lib/newsroom/author-profiles";
import { canManageUsers } from "@/lib/people/roles";
import { requireStaffPage } from "@/lib/people/session";

export const metadata: Metadata = { title: "Authors" };

export default async function AuthorsPage() {
  const viewer = await requireStaffPage();
  if (!canManageUsers(viewer)) return <AccessDenied what="edit other people's profiles" />;
  const authors = await listAuthors();
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-4 px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">Authors</h1>
      <p className="max-w-2xl text-sm">
        Everyone with a byline, and the profile readers see on their page. Each person can edit their own under{" "}
        <Link href="/admin/profile" className="underline">Your profile</Link>.
      </p>
      {authors.length === 0 ? <p>No authors yet: a byline makes one.</p> : <AuthorTable authors={authors} />}
    </main>
  );
}
