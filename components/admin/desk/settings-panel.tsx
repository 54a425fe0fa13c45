"use client";
import { useEffect, useRef } from "react";
import { secondaryButtonClass } from "@/components/ui/field";

/**
 * The story's settings beside the text on wide screens; on narrow ones a
 * panel over the page that the editor opens from the bar and closes again
 * (Escape too). Closed, its fields still belong to the story form.
 */
export function SettingsPanel({
  open,
  onClose,
  children,
}: {
  open: boolean;
  onClose: () => void;
  children: React.ReactNode;
}) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    closeButton.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [open, onClose]);
  return (
    <div
      id="story-settings"
      role="region"
      aria-label="Story settings"
      className={`${open ? "fixed inset-0 z-40 block overflow-y-auto bg-white p-4 dark:bg-neutral-900" : "hidden"} space-y-8 lg:static lg:z-auto lg:block lg:overflow-visible lg:bg-transparent lg:p-0 lg:dark:bg-transparent`}
    >
      <div className="flex items-center justify-between gap-4 lg:hidden">
        <p className="font-serif text-xl font-bold">Story settings</p>
        <button ref={closeButton} type="button" onClick={onClose} className={secondaryButtonClass}>
          Close settings
        </button>
      </div>
      {children}
    </div>
  );
}
