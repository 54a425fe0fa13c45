/**
 * `npm run admin:create -- --email you@example.com [--name "Your Name"]`:
 * the first administrator of a fresh database, with no default account and
 * no password anywhere. It creates an admin account and prints a one-time
 * invitation link (the same links admins send from /admin/users), with which
 * that person chooses their password. For someone who has an account but
 * never chose a password, it prints a new link.
 *
 * `npm run build` compiles it into the build folder, so it runs on production
 * dependencies alone. It needs DATABASE_URL and SITE_URL, from which the link
 * is made; it signs nothing, so BETTER_AUTH_SECRET may be left out.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { emailSchema } from "../lib/validation/user";

const USAGE = 'npm run admin:create -- --email you@example.com [--name "Your Name"]';

type Outcome = { token: string; created: boolean };

async function inviteAdmin(email: string, name: string): Promise<Outcome> {
  // Imported here so that an incomplete configuration is reported, not thrown at load.
  const [{ db }, { recordAudit }, { invitationIdentifier }, { INVITATION_LIFETIME_MS }] = await Promise.all([
    import("../lib/platform/db"),
    import("../lib/people/audit"),
    import("../lib/people/users"),
    import("../lib/people/user-writes"),
  ]);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({
        where: { email },
        select: { id: true, role: true, deactivatedAt: true, accounts: { select: { password: true } } },
      });
      if (existing && (existing.deactivatedAt || existing.accounts.some((account) => account.password))) {
        throw new Error(
          `${email} already has an account${existing.deactivatedAt ? " (deactivated)" : ""}. ` +
            "An admin manages it at /admin/users.",
        );
      }
      if (existing && existing.role !== "admin") {
        throw new Error(`${email} is invited as ${existing.role}. An admin changes roles at /admin/users.`);
      }
      const userId = existing?.id ?? randomUUID();
      if (!existing) {
        await tx.user.create({ data: { id: userId, name, email, role: "admin" } });
        await recordAudit(tx, {
          action: "user.create",
          actorId: null,
          details: { userId, name, email, role: "admin", access: "invitation", by: "npm run admin:create" },
        });
      }
      const now = new Date();
      const token = randomBytes(32).toString("base64url");
      const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
      // One live invitation per person, as lib/people/user-writes.ts keeps it.
      await tx.verification.deleteMany({
        where: {
          identifier: { startsWith: "invitation:" },
          OR: [{ value: userId }, { expiresAt: { lte: now } }],
        },
      });
      await tx.verification.create({
        data: { id: randomUUID(), identifier: invitationIdentifier(token), value: userId, expiresAt },
      });
      await recordAudit(tx, {
        action: "user.invite",
        actorId: null,
        details: { userId, email, expiresAt: expiresAt.toISOString(), by: "npm run admin:create" },
      });
      return { token, created: !existing };
    });
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" } },
    strict: true,
  });
  const email = emailSchema.safeParse(values.email ?? "");
  if (!email.success) throw new Error(`Give the new admin's email address: ${USAGE}`);
  const name = values.name?.trim() || email.data.split("@")[0]!;

  // The invitation is stored as a digest and nothing is signed: the app's
  // configuration needs a session secret, this command does not.
  process.env.BETTER_AUTH_SECRET ||= randomBytes(32).toString("base64url");
  const { loadEnv } = await import("../lib/platform/env");
  // The link must carry the public address, whatever NODE_ENV says.
  const { SITE_URL } = loadEnv(process.env, "production");
  const { token, created } = await inviteAdmin(email.data, name);
  const link = new URL(`/admin/invite/${token}`, SITE_URL).toString();
  console.log(
    `${created ? "Created an admin account" : "A new invitation"} for ${email.data}. ` +
      "Open this link to choose a password; it works once, within 7 days:",
  );
  console.log(`  ${link}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
