"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { createUserAction } from "@/lib/actions/users";
import { InvitationLink } from "./invitation-link";

const roles = [
  { value: "writer", label: "Writer: writes stories and edits their own drafts" },
  { value: "editor", label: "Editor: edits, publishes and links any story" },
  { value: "admin", label: "Admin: everything, and manages people" },
];

export function CreateUserForm({ passwordHint }: { passwordHint: string }) {
  const [state, action, pending] = useActionState(createUserAction, {} as FormState);
  // The radios are uncontrolled: after each submission React resets the form to their
  // defaults, which therefore follow what was last sent. `access` mirrors them.
  const sentAccess = state.values?.access ?? "invitation";
  const [access, setAccess] = useState(sentAccess);
  const invitationUrl = state.ok ? state.result?.invitationUrl : undefined;
  const createdId = state.ok ? state.result?.userId : undefined;

  if (typeof invitationUrl === "string") {
    return (
      <div className="space-y-4">
        <FormMessage message={state.message} ok />
        <InvitationLink url={invitationUrl} />
        <p className="flex gap-4 text-sm">
          {typeof createdId === "string" && (
            <Link href={`/admin/users/${createdId}`} className="underline">
              See their account
            </Link>
          )}
          <Link href="/admin/users" className="underline">
            Back to users
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form action={action} className="space-y-4">
      <Field label="Name" name="name" errors={state.fieldErrors?.name}>
        {(props) => (
          <input
            {...props}
            name="name"
            required
            maxLength={120}
            autoComplete="off"
            defaultValue={state.values?.name}
            className={inputClass}
          />
        )}
      </Field>
      <Field label="Email" name="email" errors={state.fieldErrors?.email}>
        {(props) => (
          <input
            {...props}
            name="email"
            type="email"
            required
            autoComplete="off"
            defaultValue={state.values?.email}
            className={inputClass}
          />
        )}
      </Field>
      <Field label="Role" name="role" errors={state.fieldErrors?.role}>
        {(props) => (
          <select {...props} name="role" defaultValue={state.values?.role ?? "writer"} className={inputClass}>
            {roles.map((role) => (
              <option key={role.value} value={role.value}>
                {role.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">How will they sign in?</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="access"
            value="invitation"
            defaultChecked={sentAccess === "invitation"}
            onChange={() => setAccess("invitation")}
          />
          Create an invitation link: they choose their own password
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="access"
            value="password"
            defaultChecked={sentAccess === "password"}
            onChange={() => setAccess("password")}
          />
          Set a temporary password and give it to them
        </label>
      </fieldset>
      {access === "password" && (
        <Field
          label="Temporary password"
          name="password"
          errors={state.fieldErrors?.password}
          hint={passwordHint}
        >
          {(props) => (
            <input
              {...props}
              name="password"
              type="password"
              required
              autoComplete="new-password"
              className={inputClass}
            />
          )}
        </Field>
      )}
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Creating…" : "Create account"}
      </button>
    </form>
  );
}
