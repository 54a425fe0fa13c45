"use server";
/** Server actions of the people pages (admins only). Every one goes through runFormAction. */
import { env } from "@/lib/platform/env";
import { ADMIN_ROLES } from "@/lib/people/roles";
import {
  changeUserRole,
  createUser,
  deactivateUser,
  inviteUser,
  reactivateUser,
} from "@/lib/people/user-writes";
import { changeRoleSchema, createUserSchema, userIdSchema } from "@/lib/validation/user";
import { runFormAction, type FormState } from "./form-action";

const invitationUrl = (token: string) => new URL(`/admin/invite/${token}`, env.SITE_URL).toString();

export async function createUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: ADMIN_ROLES, schema: createUserSchema }, async (input, admin) => {
    const created = await createUser(admin, input);
    if (!created.invitationToken)
      return { cacheTags: [], redirectTo: `/admin/users/${created.id}?notice=created` };
    // The link exists only in this answer: the database keeps a digest of its token.
    return {
      cacheTags: [],
      message: `${input.name} has an account. Send them this invitation link; it works once, for 7 days.`,
      result: { invitationUrl: invitationUrl(created.invitationToken), userId: created.id },
    };
  });
}

export async function inviteUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: ADMIN_ROLES, schema: userIdSchema }, async ({ userId }, admin) => {
    const token = await inviteUser(admin, userId);
    return {
      cacheTags: [],
      message: "Send them this invitation link; it works once, for 7 days. Any earlier link no longer works.",
      result: { invitationUrl: invitationUrl(token) },
    };
  });
}

export async function changeUserRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    { roles: ADMIN_ROLES, schema: changeRoleSchema },
    async ({ userId, role }, admin) => {
      const { changed } = await changeUserRole(admin, userId, role);
      return {
        cacheTags: [],
        redirectTo: `/admin/users/${userId}?notice=${changed ? "role-changed" : "unchanged"}`,
      };
    },
  );
}

export async function deactivateUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: ADMIN_ROLES, schema: userIdSchema }, async ({ userId }, admin) => {
    await deactivateUser(admin, userId);
    return { cacheTags: [], redirectTo: `/admin/users/${userId}?notice=deactivated` };
  });
}

export async function reactivateUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, { roles: ADMIN_ROLES, schema: userIdSchema }, async ({ userId }, admin) => {
    await reactivateUser(admin, userId);
    return { cacheTags: [], redirectTo: `/admin/users/${userId}?notice=reactivated` };
  });
}
