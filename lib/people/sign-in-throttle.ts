/**
 * At most 5 failed sign-ins per account and per IP address in 15 minutes,
 * counted in the RateLimit table so every web process shares the count.
 *
 * better-auth has a rate limiter of its own, but it runs only in its HTTP
 * handler; our server actions call `auth.api` directly and never reach it.
 *
 * An attempt claims a place in both counts before the password is checked,
 * so parallel guesses cannot slip past the limit; a success hands the place
 * back. What stays counted is the failures. The window runs from the last
 * counted failure: the sixth attempt, and any after it, is refused without a
 * look at the password until 15 minutes after the fifth failure. A success
 * clears the account's count (its owner is back) but not the address's,
 * or one valid account would let an address keep guessing at others.
 */
import "server-only";
import { db } from "@/lib/platform/db";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 5;

export type SignInAttempt = { email: string; ip: string | null };

const accountKey = (email: string) => `signin:account:${email.trim().toLowerCase()}`;
const ipKey = (ip: string) => `signin:ip:${ip}`;

/** Counts one more attempt under `key` (atomically); returns the count including it. */
async function claim(key: string, now: number): Promise<number> {
  const at = BigInt(now);
  const window = BigInt(SIGN_IN_WINDOW_MS);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" (id, key, count, "lastRequest")
    VALUES (gen_random_uuid()::text, ${key}, 1, ${at}::bigint)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN ${at}::bigint - "RateLimit"."lastRequest" >= ${window}::bigint THEN 1
                   ELSE "RateLimit".count + 1 END,
      "lastRequest" = CASE WHEN ${at}::bigint - "RateLimit"."lastRequest" >= ${window}::bigint
                             OR "RateLimit".count < ${SIGN_IN_MAX_FAILURES} THEN ${at}::bigint
                           ELSE "RateLimit"."lastRequest" END
    RETURNING count`;
  return rows[0]?.count ?? 1;
}

async function release(key: string) {
  await db.$executeRaw`UPDATE "RateLimit" SET count = GREATEST(count - 1, 0) WHERE key = ${key}`;
}

/**
 * Call before checking a password. False means refuse the attempt as it is,
 * with "too many attempts", and check nothing.
 */
export async function claimSignInAttempt({ email, ip }: SignInAttempt, now = Date.now()): Promise<boolean> {
  if ((await claim(accountKey(email), now)) > SIGN_IN_MAX_FAILURES) return false;
  // Without an address there is nothing to count by; a shared "unknown" count would lock everyone out.
  if (ip && (await claim(ipKey(ip), now)) > SIGN_IN_MAX_FAILURES) {
    // This attempt never reached the password: it is no failure of the account's.
    await release(accountKey(email));
    return false;
  }
  return true;
}

/** Call after a successful sign-in; a failed one needs no call, its claim stays counted. */
export async function clearSignInFailures({ email, ip }: SignInAttempt, now = Date.now()) {
  await db.rateLimit.deleteMany({ where: { key: accountKey(email) } });
  if (ip) await release(ipKey(ip));
  // Counts from long ago are dead weight (an attacker trying many addresses leaves many).
  await db.rateLimit.deleteMany({
    where: { key: { startsWith: "signin:" }, lastRequest: { lt: BigInt(now - SIGN_IN_WINDOW_MS) } },
  });
}
