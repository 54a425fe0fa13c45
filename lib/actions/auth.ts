"use server";
/** Signing in and out of the newsroom. */
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth";
import type { FormState } from "./form-action";

const signInSchema = z.object({
  email: z.email("Enter your email address.").max(254),
  password: z.string().min(1, "Enter your password.").max(128),
});

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) {
    return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values: { email } };
  }
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      // The same answer whether the account is unknown or the password wrong.
      const throttled = error.status === "TOO_MANY_REQUESTS";
      return {
        message: throttled ? "Too many attempts. Wait a few minutes and try again." : "Wrong email or password.",
        values: { email },
      };
    }
    throw error;
  }
  redirect("/admin");
}

export async function signOutAction() {
  await auth.api.signOut({ headers: await headers() });
  redirect("/admin/sign-in");
}
