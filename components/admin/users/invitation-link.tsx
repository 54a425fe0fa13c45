"use client";
import { useId, useState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";

/**
 * A link shown once right after it was made (an invitation, a preview link):
 * the server keeps no copy it could show again.
 */
export function InvitationLink({ url, label = "Invitation link" }: { url: string; label?: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full rounded border border-neutral-300 bg-white px-3 py-2 font-mono text-xs dark:border-neutral-700 dark:bg-neutral-900"
        />
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p className="text-xs">Copy it now: it is shown only this once.</p>
    </div>
  );
}
