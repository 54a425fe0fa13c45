import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-24 text-center">
      <h1 className="font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 text-neutral-600 dark:text-neutral-400">
        The page you asked for does not exist, or is no longer published.
      </p>
      <p className="mt-8">
        <Link href="/" className="font-semibold text-blue-700 underline dark:text-blue-400">
          Go to the front page
        </Link>
      </p>
    </main>
  );
}
