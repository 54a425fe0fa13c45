import { formatDateTime } from "@/lib/platform/format";

// A formatter costs far more to make than to use, and a front page prints dozens of times.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: "day" | "clock" | "date" | "date-and-year", timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Record<typeof kind, Intl.DateTimeFormatOptions> = {
      day: { year: "numeric", month: "2-digit", day: "2-digit" },
      clock: { hour: "numeric", minute: "2-digit" },
      date: { month: "short", day: "numeric" },
      "date-and-year": { month: "short", day: "numeric", year: "numeric" },
    };
    found = new Intl.DateTimeFormat("en-US", { ...options[kind], timeZone });
    formatters.set(key, found);
  }
  return found;
}

/**
 * A time as a list beside headlines prints it, in the newsroom's time zone:
 * the clock for today's stories ("10:42 AM"), the day for earlier ones
 * ("Dec 1"), with the year only when it is not this year's.
 */
export function formatShortTime(iso: string, timeZone: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const day = formatter("day", timeZone);
  const [then, today] = [day.format(date), day.format(now)];
  if (then === today) return formatter("clock", timeZone).format(date);
  // "MM/DD/YYYY": the same year when the last four characters agree.
  return formatter(then.slice(-4) === today.slice(-4) ? "date" : "date-and-year", timeZone).format(date);
}

/**
 * A machine-readable time, printed in the newsroom's time zone: in full
 * ("December 1, 2026 at 10:42 AM EST"), or `short` as lists print it, with the
 * full time as its title.
 */
export function StoryTime({
  iso,
  timeZone,
  prefix,
  short = false,
}: {
  iso: string;
  timeZone: string;
  prefix?: string;
  short?: boolean;
}) {
  const full = formatDateTime(iso, timeZone);
  return (
    <time dateTime={iso} title={short ? full : undefined}>
      {prefix}
      {short ? formatShortTime(iso, timeZone) : full}
    </time>
  );
}
