/** Sign-in and sessions, through better-auth on our own Prisma tables. */
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { authDb } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from "@/lib/people/passwords";
import { SESSION_MAX_AGE_MS } from "@/lib/people/session-policy";

export const auth = betterAuth({
  appName: env.SITE_NAME,
  baseURL: env.SITE_URL,
  secret: env.BETTER_AUTH_SECRET,
  database: prismaAdapter(authDb, { provider: "postgresql" }),
  telemetry: { enabled: false },
  emailAndPassword: {
    enabled: true,
    // Accounts are made by an admin (or the demo seed), never by visitors.
    disableSignUp: true,
    minPasswordLength: PASSWORD_MIN_LENGTH,
    maxPasswordLength: PASSWORD_MAX_LENGTH,
    password: { hash: hashPassword, verify: verifyPassword },
  },
  session: {
    // The cookie and the stored session both end 30 days after sign-in, the
    // longest any session may last. The one-day idle limit is enforced in
    // lib/people/session.ts, which also says why better-auth's sliding refresh is off.
    expiresIn: SESSION_MAX_AGE_MS / 1000,
    disableSessionRefresh: true,
    // No cookie cache (better-auth's default): every request reads the
    // session row, so revoking it takes effect at once.
    cookieCache: { enabled: false },
  },
  advanced: {
    // Secure (and "__Secure-"-prefixed) cookies when the site is served over https.
    useSecureCookies: env.SITE_URL.startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
  },
  user: {
    additionalFields: {
      role: { type: "string", input: false },
      deactivatedAt: { type: "date", required: false, input: false },
      mustChangePassword: { type: "boolean", required: false, input: false },
    },
  },
  // Only for requests through better-auth's HTTP handler, which this app does
  // not mount: our server actions call auth.api directly, which skips it.
  // Sign-in throttling is lib/sign-in-throttle.ts.
  rateLimit: { enabled: true, storage: "database" },
  databaseHooks: {
    session: {
      create: {
        async before(session) {
          const user = await authDb.user.findUnique({
            where: { id: session.userId },
            select: { deactivatedAt: true },
          });
          if (!user || user.deactivatedAt) {
            throw new APIError("UNAUTHORIZED", { message: "Invalid email or password" });
          }
        },
      },
    },
  },
  // Must stay last: lets server actions set the session cookie.
  plugins: [nextCookies()],
});
