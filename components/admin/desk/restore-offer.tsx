import type { LocalCopy } from "@/components/admin/desk/local-copy";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
import { formatClockTime } from "@/lib/platform/zoned-time";

/** Text this browser kept that the server never got, offered back. */
export function RestoreOffer({
  copy,
  timeZone,
  onRestore,
  onDiscard,
}: {
  copy: LocalCopy;
  timeZone: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const at = formatClockTime(new Date(copy.savedAt), timeZone);
  return (
    <section
      aria-labelledby="restore-offer-heading"
      className="space-y-3 rounded border-2 border-sky-600 bg-sky-50 p-4 dark:bg-sky-950"
    >
      <h2 id="restore-offer-heading" className="font-semibold">
        Restore the unsaved text from {at}?
      </h2>
      <p className="text-sm">
        This browser kept text that was never saved: the page was closed, reloaded or offline. Restoring puts
        it in the form; you save it as usual.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onRestore} className={buttonClass}>
          Restore
        </button>
        <button type="button" onClick={onDiscard} className={secondaryButtonClass}>
          Discard it
        </button>
      </div>
    </section>
  );
}
