"use server";
/** Signing in and out of the newsroom, and accepting an invitation. */
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { recordAudit } from "@/lib/people/audit";
import { auth } from "@/lib/people/auth";
import { db } from "@/lib/platform/db";
import { ForbiddenError, InputError } from "@/lib/platform/errors";
import { assertSameOriginRequest } from "@/lib/platform/same-origin";
import { clientIp } from "@/lib/platform/request-guard";
import { claimSignInAttempt, clearSignInFailures } from "@/lib/people/sign-in-throttle";
import { acceptInvitation } from "@/lib/people/user-writes";
import { acceptInvitationSchema } from "@/lib/validation/user";
import type { FormState } from "./form-action";

const signInSchema = z.object({
  email: z.email("Enter your email address.").max(254),
  password: z.string().min(1, "Enter your password.").max(128),
});

const TOO_MANY_ATTEMPTS = "Too many attempts. Wait 15 minutes and try again.";

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get("email") ?? "")
    .trim()
    .toLowerCase();
  const parsed = signInSchema.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) {
    return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values: { email } };
  }
  const requestHeaders = await headers();
  try {
    await assertSameOriginRequest();
  } catch (error) {
    if (error instanceof ForbiddenError) return { message: error.message, values: { email } };
    throw error;
  }
  const attempt = { email, ip: clientIp(requestHeaders) };
  if (!(await claimSignInAttempt(attempt))) return { message: TOO_MANY_ATTEMPTS, values: { email } };

  let userId: string;
  try {
    const signedIn = await auth.api.signInEmail({ body: parsed.data, headers: requestHeaders });
    userId = signedIn.user.id;
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    // Recorded against the account when there is one, with no password in it.
    const account = await db.user.findUnique({ where: { email }, select: { id: true } });
    await recordAudit(db, {
      action: "auth.sign_in_failed",
      actorId: account?.id ?? null,
      details: { email, ip: attempt.ip, knownAccount: !!account },
    });
    // The same answer whether the account is unknown, deactivated or the password wrong.
    return { message: "Wrong email or password.", values: { email } };
  }
  await clearSignInFailures(attempt);
  await recordAudit(db, { action: "auth.sign_in", actorId: userId, details: { ip: attempt.ip } });
  redirect("/admin");
}

export async function signOutAction() {
  await auth.api.signOut({ headers: await headers() });
  redirect("/admin/sign-in");
}

/** Sets the invitee's password, uses up the invitation and signs them in. */
export async function acceptInvitationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = acceptInvitationSchema.safeParse({
    token: formData.get("token"),
    newPassword: formData.get("newPassword"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) {
    return {
      message: "Some fields need your attention.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  }
  let email: string;
  try {
    await assertSameOriginRequest();
    ({ email } = await acceptInvitation(parsed.data.token, parsed.data.newPassword));
  } catch (error) {
    if (error instanceof InputError || error instanceof ForbiddenError) return { message: error.message };
    throw error;
  }
  const requestHeaders = await headers();
  const signedIn = await auth.api.signInEmail({
    body: { email, password: parsed.data.newPassword },
    headers: requestHeaders,
  });
  await recordAudit(db, {
    action: "auth.sign_in",
    actorId: signedIn.user.id,
    details: { ip: clientIp(requestHeaders), via: "invitation" },
  });
  redirect("/admin");
}
