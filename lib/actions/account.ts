"use server";
/** Server actions of the account page: anyone signed in, for their own account only. */
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/people/auth";
import { InputError } from "@/lib/platform/errors";
import { ALL_ROLES } from "@/lib/people/roles";
import { getCurrentStaffSession } from "@/lib/people/session";
import { clientIp } from "@/lib/platform/request-guard";
import { claimSignInAttempt, clearSignInFailures } from "@/lib/people/sign-in-throttle";
import { changeOwnPassword, endAllSessions } from "@/lib/people/user-writes";
import { changePasswordSchema } from "@/lib/validation/user";
import { runFormAction, type FormState } from "./form-action";

// The one action open to someone signed in with a temporary password: choosing their own.
export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: ALL_ROLES, schema: changePasswordSchema, beforePasswordChange: true },
    async (input, user) => {
      // Guessing the current password from a stolen session counts like guessing at sign-in.
      const attempt = { email: user.email, ip: clientIp(await headers()) };
      if (!(await claimSignInAttempt(attempt)))
        throw new InputError("Too many attempts. Wait 15 minutes and try again.");
      const current = await getCurrentStaffSession();
      await changeOwnPassword(user, { ...input, keepSessionId: current?.sessionId });
      await clearSignInFailures(attempt);
      // The admin's header, left out while a temporary password was still to be replaced, is drawn again.
      refresh();
      return { cacheTags: [], redirectTo: "/admin/account?notice=password-changed" };
    },
  );
}

export async function signOutEverywhereAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: ALL_ROLES, schema: z.object({}) }, async (_input, user) => {
    await endAllSessions(user);
    // Also clears this browser's cookie.
    await auth.api.signOut({ headers: await headers() });
    return { cacheTags: [], redirectTo: "/admin/sign-in" };
  });
}
