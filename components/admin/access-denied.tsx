import Link from "next/link";

/** What a signed-in person sees on a page their role does not open. */
export function AccessDenied({ what }: { what: string }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">You do not have access to this page</h1>
      <p className="mt-4">Only admins can {what}. Ask an admin if you need this.</p>
      <p className="mt-4">
        <Link href="/admin" className="underline">
          Back to the newsroom
        </Link>
      </p>
    </main>
  );
}
