/**
 * The one way a form reaches a write: authenticate, check the role, validate
 * with the shared schema, run the mutation, revalidate the reader pages it
 * touched, then redirect. Whatever fails, the editor's input comes back.
 */
import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { databaseIsDown, DATABASE_DOWN_MESSAGE, isConnectionError } from "@/lib/platform/database-status";
import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError, InputError, WrongStateError } from "@/lib/platform/errors";
import { applyCommittedInvalidation } from "@/lib/delivery/cache-invalidation";
import type { StaffUser } from "@/lib/people/roles";
import { assertSameOriginRequest } from "@/lib/platform/same-origin";
import { requireRole } from "@/lib/people/session";
import { StaleVersionError, type ConflictingVersion } from "@/lib/newsroom/story-writes";

export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the editor sent, so the form can show it again. */
  values?: Record<string, string>;
  /** What a write hands back to a form that stays on the page (a new version, an uploaded image). */
  result?: Record<string, string | number | null>;
  /** A save refused as stale: the stored version, shown beside the editor's own text. */
  theirs?: ConflictingVersion;
};

export type Outcome = {
  /** The cache tags the write changed and recorded (lib/delivery/cache-tags.ts), applied here once it is done. */
  cacheTags: string[];
  redirectTo?: string;
  message?: string;
  result?: FormState["result"];
};

type Options<S extends z.ZodType> = {
  roles: readonly Role[];
  schema: S;
  /** Turns the form into the schema's input; by default, its text fields. */
  read?: (formData: FormData) => unknown;
  /** Lets in someone who must still replace a temporary password (lib/people/session.ts): only for that. */
  beforePasswordChange?: boolean;
};

function textFields(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** What goes back to the form to show again: never a password, which the form asks for anew. */
const withoutPasswords = (fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).filter(([key]) => !/password/i.test(key)));

/**
 * The body of every form's server action. Next.js takes only async functions
 * declared in a "use server" file as actions, so each action is one, written
 * as `return runFormAction(formData, { roles, schema }, async (input, user) => ...)`.
 */
export async function runFormAction<S extends z.ZodType>(
  formData: FormData,
  { roles, schema, read, beforePasswordChange }: Options<S>,
  perform: (input: z.output<S>, user: StaffUser) => Promise<Outcome>,
): Promise<FormState> {
  const fields = textFields(formData);
  const values = withoutPasswords(fields);
  let outcome: Outcome;
  try {
    // proxy.ts checked the origin already; this holds if its matcher ever misses a path.
    await assertSameOriginRequest();
    const user = await requireRole(roles, { beforePasswordChange });
    const parsed = schema.safeParse(read ? read(formData) : fields);
    if (!parsed.success) {
      return {
        message: "Some fields need your attention.",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as FormState["fieldErrors"],
        values,
      };
    }
    outcome = await perform(parsed.data, user);
  } catch (error) {
    return refusal(error, values);
  }
  applyCommittedInvalidation(outcome.cacheTags);
  if (outcome.redirectTo) redirect(outcome.redirectTo);
  return { ok: true, message: outcome.message, result: outcome.result };
}

/** What the form shows when the write threw: the refusal's own words, or a general apology. */
async function refusal(error: unknown, values: Record<string, string>): Promise<FormState> {
  if (error instanceof StaleVersionError) {
    return {
      message: error.message,
      fieldErrors: { version: [error.message] },
      values,
      theirs: error.theirs,
    };
  }
  if (error instanceof InputError) {
    return {
      message: error.message,
      fieldErrors: error.field ? { [error.field]: [error.message] } : {},
      values,
    };
  }
  if (error instanceof WrongStateError) return { message: error.message, fieldErrors: {}, values };
  // Without the database the session cannot be read either, which looks like being signed out.
  if (isConnectionError(error) || (await databaseIsDown())) {
    console.error("A save failed: the database is not answering:", error);
    return { message: DATABASE_DOWN_MESSAGE, values };
  }
  if (error instanceof ForbiddenError) return { message: error.message, values };
  console.error(error);
  return { message: "Something went wrong and nothing was saved. Try again.", values };
}
