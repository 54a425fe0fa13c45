import { formatClockTime } from "@/lib/platform/zoned-time";

/** Where the editor's text stands: on the server, on its way, or on this device only. */
export type SaveStatus =
  | { kind: "clean" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "offline" }
  | { kind: "local"; message: string }
  | { kind: "failed"; message: string };

function describe(status: SaveStatus, timeZone: string): string {
  switch (status.kind) {
    case "clean":
      return "No changes";
    case "dirty":
      return "Unsaved changes";
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved ${formatClockTime(new Date(status.at), timeZone)}`;
    case "offline":
      return "Offline – kept on this device";
    case "local":
    case "failed":
      return status.message;
  }
}

export function SaveStatusText({ status, timeZone }: { status: SaveStatus; timeZone: string }) {
  const warning = status.kind === "failed" || status.kind === "offline";
  return (
    <p
      role="status"
      aria-live="polite"
      className={`text-sm ${warning ? "font-semibold text-red-700 dark:text-red-400" : "text-neutral-700 dark:text-neutral-300"}`}
    >
      {describe(status, timeZone)}
    </p>
  );
}
