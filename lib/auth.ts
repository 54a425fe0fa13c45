/** Sign-in and sessions, through better-auth on our own Prisma tables. */
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { authDb } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from "@/lib/passwords";

const DAY = 60 * 60 * 24;

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
    expiresIn: 30 * DAY,
    updateAge: DAY,
  },
  user: {
    additionalFields: {
      role: { type: "string", input: false },
      deactivatedAt: { type: "date", required: false, input: false },
    },
  },
  rateLimit: {
    enabled: true,
    storage: "database",
    customRules: { "/sign-in/email": { window: 15 * 60, max: 5 } },
  },
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
