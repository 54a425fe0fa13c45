import type { Metadata } from "next";
import Link from "next/link";
import { signOutAction } from "@/lib/actions/auth";
import { canEditAnyStory, canManageUsers } from "@/lib/people/roles";
import { getCurrentStaff } from "@/lib/people/session";

export const metadata: Metadata = { title: { default: "Newsroom admin", template: "%s | Newsroom admin" }, robots: { index: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentStaff();
  return (
    <div className="min-h-screen bg-neutral-50 dark:bg-neutral-950">
      {user && (
        <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 text-sm">
            <Link href="/admin" className="font-serif text-lg font-bold">
              Newsroom
            </Link>
            <nav aria-label="Admin" className="flex min-w-0 flex-wrap gap-x-4 gap-y-1">
              <Link href="/admin" className="hover:underline">Dashboard</Link>
              <Link href="/admin/stories" className="hover:underline">Stories</Link>
              <Link href="/admin/stories/new" className="hover:underline">New story</Link>
              <Link href="/admin/media" className="hover:underline">Media</Link>
              {canEditAnyStory(user) && <Link href="/admin/front-page" className="hover:underline">Front page</Link>}
              {canEditAnyStory(user) && <Link href="/admin/about" className="hover:underline">About page</Link>}
              {canEditAnyStory(user) && <Link href="/admin/sections" className="hover:underline">Sections</Link>}
              {canEditAnyStory(user) && <Link href="/admin/tags" className="hover:underline">Tags</Link>}
              {canManageUsers(user) && <Link href="/admin/users" className="hover:underline">Users</Link>}
              {canManageUsers(user) && <Link href="/admin/authors" className="hover:underline">Authors</Link>}
              {canManageUsers(user) && <Link href="/admin/audit" className="hover:underline">Audit log</Link>}
              <Link href="/" className="hover:underline">View site</Link>
            </nav>
            <div className="ml-auto flex flex-wrap items-center gap-x-3 gap-y-1">
              <span>
                {user.name} <span className="text-neutral-600 dark:text-neutral-400">({user.role})</span>
              </span>
              <Link href="/admin/profile" className="underline">My profile</Link>
              <Link href="/admin/account" className="underline">Account</Link>
              <form action={signOutAction}>
                <button type="submit" className="underline">Sign out</button>
              </form>
            </div>
          </div>
        </header>
      )}
      {children}
    </div>
  );
}
