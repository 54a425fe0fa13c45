/** Dates as the newsroom prints them, in its own time zone. */

// A formatter costs far more to make than to use, and a front page prints dozens of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: "date-time" | "short-date-time" | "date", timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found =
      kind === "date-time"
        ? new Intl.DateTimeFormat("en-US", {
            year: "numeric",
            month: "long",
            day: "numeric",
            hour: "numeric",
            minute: "2-digit",
            timeZone,
            timeZoneName: "short",
          })
        : kind === "short-date-time"
          ? new Intl.DateTimeFormat("en-US", {
              year: "numeric",
              month: "short",
              day: "numeric",
              hour: "numeric",
              minute: "2-digit",
              timeZone,
              timeZoneName: "short",
            })
          : new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone });
    formatters.set(key, found);
  }
  return found;
}

export function formatDateTime(iso: string, timeZone: string): string {
  return formatter("date-time", timeZone).format(new Date(iso));
}

/** "Dec 7, 2026, 9:30 AM EST": for tables, where a full date-time is too wide. */
export function formatShortDateTime(iso: string, timeZone: string): string {
  return formatter("short-date-time", timeZone).format(new Date(iso));
}

export function formatDate(iso: string, timeZone: string): string {
  return formatter("date", timeZone).format(new Date(iso));
}
