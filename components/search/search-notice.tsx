/** What the page left out of a search because the address had values it could not read. */
export function SearchNotice({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <aside
      aria-labelledby="search-notice-heading"
      className="mt-6 rounded border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700 dark:bg-amber-950"
    >
      <h2 id="search-notice-heading" className="font-semibold">
        Part of this search could not be used
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </aside>
  );
}
