"use client";

export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-24 text-center">
      <h1 className="font-serif text-3xl font-bold">This page could not be shown</h1>
      <p className="mt-4 text-neutral-600 dark:text-neutral-400">Something went wrong on our side.</p>
      <button type="button" onClick={reset} className="mt-8 rounded bg-neutral-900 px-4 py-2 text-white dark:bg-white dark:text-black">
        Try again
      </button>
    </main>
  );
}
