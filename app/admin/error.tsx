"use client";
import { BODY_TOO_LARGE_MESSAGE, FOREIGN_ORIGIN_MESSAGE } from "@/lib/platform/request-guard";

// Refusals from proxy.ts reach the page as the error's message; they say what to do, so they are shown.
// Anything else may carry details meant for the server's log, not the newsroom.
const explainedRefusals = new Set([BODY_TOO_LARGE_MESSAGE, FOREIGN_ORIGIN_MESSAGE]);

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  const message = error instanceof Error && explainedRefusals.has(error.message) ? error.message : null;
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">
        {message ? "That could not be sent" : "Something went wrong"}
      </h1>
      <p role="alert" className="mt-4">
        {message ?? "Nothing was lost on the server's side, but this page could not finish. Try again."}
      </p>
      <button
        type="button"
        onClick={retry}
        className="mt-8 rounded bg-neutral-900 px-4 py-2 text-sm font-semibold text-white dark:bg-white dark:text-neutral-900"
      >
        Try again
      </button>
    </main>
  );
}
