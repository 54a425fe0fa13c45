import { inputClass } from "@/components/ui/field";

/** Enter in a panel's field applies it instead of submitting the story form; Escape closes the panel. */
export const panelKeys = (apply: () => void, cancel: () => void) => (event: React.KeyboardEvent) => {
  if (event.key === "Enter") {
    event.preventDefault();
    apply();
  } else if (event.key === "Escape") {
    event.preventDefault();
    cancel();
  }
};

/** A panel under the toolbar asking for an address (a link's, an embed's), with its buttons. */
export function AddressPanel({
  id,
  label,
  value,
  error,
  hint,
  onChange,
  onKeyDown,
  children,
}: {
  id: string;
  label: string;
  value: string;
  error: string | null;
  hint?: string;
  onChange: (value: string) => void;
  onKeyDown: (event: React.KeyboardEvent) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end gap-2 border-x border-neutral-300 bg-neutral-50 p-2 dark:border-neutral-700 dark:bg-neutral-900">
      <div className="min-w-64 flex-1">
        <label htmlFor={id} className="block text-sm">
          {label}
        </label>
        {/* Not type="url": the browser would then check it when the story form is submitted. */}
        <input
          id={id}
          inputMode="url"
          autoFocus
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].join(" ").trim() || undefined
          }
          className={inputClass}
        />
        {hint && (
          <p id={`${id}-hint`} className="text-xs text-neutral-600 dark:text-neutral-400">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </div>
      {children}
    </div>
  );
}
