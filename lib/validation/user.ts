/**
 * What an admin may save about a staff account, and the password policy.
 * Serves the server actions and the forms' messages. Not for client
 * components: it reaches the hashing module for the length limits.
 */
import { z } from "zod";
import { isCommonPassword } from "@/lib/people/common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/people/passwords";

export const passwordHint = `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters. Spaces are fine; a few unrelated words make a good one. Common passwords are refused.`;

/** The policy for every new password: length, and not a common one. Never trimmed. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine(
    (password) => !isCommonPassword(password),
    "This password is too common or too easy to guess. Choose another.",
  );

const roleSchema = z.enum(["admin", "editor", "writer"], "Choose a role.");

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter an email address.").max(254, "The email address is too long."));

/**
 * The new-user form. `temporaryPassword` is set when the admin chose one;
 * without it, the person gets an invitation link instead.
 */
export const createUserSchema = z
  .object({
    name: z.string().trim().min(1, "Enter their name.").max(120, "The name can have at most 120 characters."),
    email: emailSchema,
    role: roleSchema,
    access: z.enum(["password", "invitation"], "Choose how they will sign in."),
    password: z.string().optional(),
  })
  .superRefine(({ access, password }, context) => {
    if (access !== "password") return;
    const checked = newPasswordSchema.safeParse(password ?? "");
    for (const issue of checked.error?.issues ?? []) {
      context.addIssue({ code: "custom", message: issue.message, path: ["password"] });
    }
  })
  .transform(({ name, email, role, access, password }) => ({
    name,
    email,
    role,
    temporaryPassword: access === "password" ? password : undefined,
  }));

export type CreateUserInput = z.output<typeof createUserSchema>;

export const userIdSchema = z.object({ userId: z.string().min(1) });

export const changeRoleSchema = userIdSchema.extend({ role: roleSchema });

const confirmation = <T extends { newPassword: string; confirmPassword: string }>(values: T) =>
  values.newPassword === values.confirmPassword;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine(confirmation, { message: "The two new passwords differ.", path: ["confirmPassword"] })
  .refine((values) => values.newPassword !== values.currentPassword, {
    message: "Choose a password other than the one you have now.",
    path: ["newPassword"],
  });

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(1).max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine(confirmation, { message: "The two passwords differ.", path: ["confirmPassword"] });
