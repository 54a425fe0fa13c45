import { SaveStatusText, type SaveStatus } from "@/components/admin/desk/save-status";
import { StatusBadge } from "@/components/admin/status-badge";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
import { readingMinutes } from "@/lib/content/word-count";

/**
 * The desk's bar, which stays in view while the editor writes: where the
 * story stands, whether the text is saved, how long it is, and what to do next.
 */
export function DeskBar({
  status,
  saveStatus,
  timeZone,
  words,
  formId,
  saveLabel,
  saveDisabled,
  publishActions,
  settings,
}: {
  status: string;
  saveStatus: SaveStatus;
  timeZone: string;
  words: number;
  /** The story form the save button submits (the bar is outside it). */
  formId?: string;
  saveLabel?: string;
  saveDisabled?: boolean;
  publishActions?: React.ReactNode;
  /** The settings panel's toggle, for narrow screens where the panel is closed. */
  settings?: { open: boolean; onToggle: () => void };
}) {
  const minutes = readingMinutes(words);
  return (
    <div
      role="region"
      aria-label="Story status"
      className="sticky top-0 z-30 -mx-4 mb-6 border-b border-neutral-200 bg-white/95 px-4 py-2 backdrop-blur dark:border-neutral-800 dark:bg-neutral-900/95"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2">
        <StatusBadge status={status} />
        <SaveStatusText status={saveStatus} timeZone={timeZone} />
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {words.toLocaleString("en-US")} {words === 1 ? "word" : "words"}
          {minutes > 0 && ` · ${minutes} min read`}
        </p>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          {settings && (
            <button
              type="button"
              aria-expanded={settings.open}
              aria-controls="story-settings"
              onClick={settings.onToggle}
              className={`${secondaryButtonClass} lg:hidden`}
            >
              Settings
            </button>
          )}
          {formId && saveLabel && (
            <button type="submit" form={formId} disabled={saveDisabled} className={buttonClass}>
              {saveLabel}
            </button>
          )}
          {publishActions}
        </div>
      </div>
    </div>
  );
}
