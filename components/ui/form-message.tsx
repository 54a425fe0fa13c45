/** The result of a form submission, announced to screen readers. */
export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  return (
    <div aria-live="polite" role="status" className="min-h-6">
      {message && (
        <p className={ok ? "text-sm text-green-700 dark:text-green-400" : "text-sm text-red-700 dark:text-red-400"}>
          {message}
        </p>
      )}
    </div>
  );
}
