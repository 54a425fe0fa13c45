/** How long a staff session lasts. Read by lib/people/auth.ts, lib/people/session.ts and the account pages. */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** A session unused for this long has ended. */
export const SESSION_IDLE_MS = DAY_MS;

/** No session lasts longer than this, however busy. */
export const SESSION_MAX_AGE_MS = 30 * DAY_MS;

/** How stale a session's "last used" time may get before a request records it again (one write per hour, not per request). */
export const SESSION_ACTIVITY_RESOLUTION_MS = HOUR_MS;

/** Why a stored session no longer counts, or null while it does. */
export function sessionEndReason(
  session: { createdAt: Date; updatedAt: Date },
  now = Date.now(),
): "idle" | "too-old" | null {
  if (now - session.createdAt.getTime() >= SESSION_MAX_AGE_MS) return "too-old";
  if (now - session.updatedAt.getTime() >= SESSION_IDLE_MS) return "idle";
  return null;
}
