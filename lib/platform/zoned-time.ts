/**
 * Wall-clock times in the newsroom's time zone, as a `datetime-local` input
 * shows them ("2025-03-09T09:30"), and the instants they name.
 */

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function zoneParts(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** How far `timeZone` is ahead of UTC at `date`, in milliseconds. */
function offsetAt(date: Date, timeZone: string): number {
  const p = zoneParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/**
 * The instant a wall-clock time in `timeZone` names, or null if `local` is not
 * a valid date and time. Around daylight-saving changes it reads times as a
 * wall clock would: a time that happens twice (the hour clocks go back) is
 * its first occurrence; a time skipped when clocks go forward is read with
 * the offset from before the change, so 02:30 becomes 03:30.
 */
export function zonedLocalToDate(local: string, timeZone: string): Date | null {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  if (hour! > 23 || minute! > 59 || second! > 59) return null;
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day) return null;

  const DAY = 86_400_000;
  // No zone changes its offset twice within two days, so these two offsets
  // are the only ones the wall time can have.
  const offsetBefore = offsetAt(new Date(wall - DAY), timeZone);
  const offsetAfter = offsetAt(new Date(wall + DAY), timeZone);
  const matching = [wall - offsetBefore, wall - offsetAfter]
    .filter((instant) => offsetAt(new Date(instant), timeZone) === wall - instant)
    .sort((a, b) => a - b);
  return new Date(matching[0] ?? wall - offsetBefore);
}

/** `date` as a `datetime-local` value in `timeZone`, to the minute. */
export function dateToZonedLocal(date: Date, timeZone: string): string {
  const p = zoneParts(date, timeZone);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The time of day in `timeZone` with the zone's short name, on a 24-hour clock: "14:02 EST". */
export function formatClockTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(date);
}
