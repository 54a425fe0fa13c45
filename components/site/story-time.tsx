import { formatDateTime } from "@/lib/format";

/** A machine-readable time, printed in the newsroom's time zone. */
export function StoryTime({ iso, timeZone, prefix }: { iso: string; timeZone: string; prefix?: string }) {
  return (
    <time dateTime={iso}>
      {prefix}
      {formatDateTime(iso, timeZone)}
    </time>
  );
}
