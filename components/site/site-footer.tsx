export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="mt-16 border-t border-neutral-300 py-8 text-sm text-neutral-600 dark:border-neutral-700 dark:text-neutral-400">
      <div className="mx-auto max-w-6xl px-4">© {new Date().getFullYear()} {siteName}</div>
    </footer>
  );
}
