import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

/** A newsroom address with nothing behind it (a deleted story, a mistyped id): inside the admin's own layout. */
export default function AdminNotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">Not found</h1>
      <p className="mt-4 text-neutral-700 dark:text-neutral-300">
        Nothing is at this address: the story or person may have been deleted, or you may not have access to it.
      </p>
      <p className="mt-6">
        <Link href="/admin/stories" className="underline">
          All stories
        </Link>{" "}
        ·{" "}
        <Link href="/admin" className="underline">
          Dashboard
        </Link>
      </p>
    </main>
  );
}
