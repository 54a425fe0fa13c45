"use client";
/** The forms of one person's page: role, deactivation, a new invitation link. */
import { useActionState } from "react";
import { buttonClass, Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import {
  changeUserRoleAction,
  deactivateUserAction,
  inviteUserAction,
  reactivateUserAction,
} from "@/lib/actions/users";
import { InvitationLink } from "./invitation-link";

export function ChangeRoleForm({ userId, role }: { userId: string; role: string }) {
  const [state, action, pending] = useActionState(changeUserRoleAction, {} as FormState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <Field
        label="Role"
        name="role"
        errors={state.fieldErrors?.role}
        hint="A new role takes effect at once: they are signed out everywhere and sign in again."
      >
        {(props) => (
          <select {...props} name="role" defaultValue={role} className={inputClass}>
            <option value="writer">Writer</option>
            <option value="editor">Editor</option>
            <option value="admin">Admin</option>
          </select>
        )}
      </Field>
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        Change role
      </button>
    </form>
  );
}

export function ActivationForm({ userId, deactivated }: { userId: string; deactivated: boolean }) {
  const [state, action, pending] = useActionState(
    deactivated ? reactivateUserAction : deactivateUserAction,
    {} as FormState,
  );
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm">
        {deactivated
          ? "This account cannot sign in. Reactivating lets them sign in again with their password."
          : "Deactivating signs them out everywhere and stops them signing in. Their stories and bylines stay."}
      </p>
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={deactivated ? buttonClass : secondaryButtonClass}>
        {deactivated ? "Reactivate account" : "Deactivate account"}
      </button>
    </form>
  );
}

export function InviteForm({ userId }: { userId: string }) {
  const [state, action, pending] = useActionState(inviteUserAction, {} as FormState);
  const invitationUrl = state.ok ? state.result?.invitationUrl : undefined;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm">
        A new link lets them choose a password, for example when they have forgotten theirs. It replaces any
        earlier link.
      </p>
      <FormMessage message={state.message} ok={state.ok} />
      {typeof invitationUrl === "string" && <InvitationLink url={invitationUrl} />}
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        Create a new invitation link
      </button>
    </form>
  );
}
