"use client";
import { useActionState } from "react";
import { InvitationLink } from "@/components/admin/users/invitation-link";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { createPreviewLinkAction, revokePreviewLinkAction } from "@/lib/actions/preview-links";
import { formatDateTime } from "@/lib/platform/format";

export type SharedLinkView = { id: string; createdBy: string | null; createdAt: string; expiresAt: string };

const dayLabel = (days: number) => (days === 1 ? "1 day" : `${days} days`);

/** Makes a signed, expiring preview link, and lists the live ones with a Revoke button each. */
export function SharePreviewForm({
  storyId,
  published,
  links,
  dayChoices,
  defaultDays,
  timeZone,
}: {
  storyId: string;
  published: boolean;
  links: SharedLinkView[];
  dayChoices: number[];
  defaultDays: number;
  timeZone: string;
}) {
  const [state, action, pending] = useActionState(createPreviewLinkAction, {} as FormState);
  // One state for every Revoke button: the revoked link leaves the list, its message stays.
  const [revokeState, revoke, revoking] = useActionState(revokePreviewLinkAction, {} as FormState);
  const url = typeof state.result?.previewUrl === "string" ? state.result.previewUrl : null;
  return (
    <div className="space-y-4">
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        {published
          ? "The story is published: readers see it on the site. A preview link shows its last saved version."
          : "A link that lets someone without an account (a source, a lawyer) read the last saved version. Search engines are told not to index it."}
      </p>
      <form action={action} className="flex flex-wrap items-end gap-3" aria-label="Create a preview link">
        <input type="hidden" name="storyId" value={storyId} />
        <div className="space-y-1">
          <label htmlFor="preview-link-days" className="block text-sm font-semibold">
            Link works for
          </label>
          <select
            id="preview-link-days"
            name="days"
            defaultValue={state.values?.days ?? String(defaultDays)}
            className={`${inputClass} w-auto`}
          >
            {dayChoices.map((days) => (
              <option key={days} value={days}>
                {dayLabel(days)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Creating…" : "Create preview link"}
        </button>
      </form>
      <FormMessage message={state.message} ok={state.ok} />
      {url && <InvitationLink url={url} label="Preview link" />}
      <div>
        <h3 className="text-sm font-semibold">Links that work now</h3>
        {links.length === 0 ? (
          <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">None.</p>
        ) : (
          <ul className="mt-2 space-y-2" aria-label="Live preview links">
            {links.map((link) => (
              <LiveLink key={link.id} link={link} timeZone={timeZone} revoke={revoke} revoking={revoking} />
            ))}
          </ul>
        )}
        <FormMessage message={revokeState.message} ok={revokeState.ok} />
      </div>
    </div>
  );
}

function LiveLink({
  link,
  timeZone,
  revoke,
  revoking,
}: {
  link: SharedLinkView;
  timeZone: string;
  revoke: (formData: FormData) => void;
  revoking: boolean;
}) {
  const expires = formatDateTime(link.expiresAt, timeZone);
  return (
    <li className="rounded border border-neutral-200 p-2 text-sm dark:border-neutral-800">
      <p>
        By {link.createdBy ?? "a former colleague"},{" "}
        <time dateTime={link.createdAt}>{formatDateTime(link.createdAt, timeZone)}</time>
      </p>
      <p className="text-neutral-700 dark:text-neutral-300">
        Expires <time dateTime={link.expiresAt}>{expires}</time>
      </p>
      <form action={revoke} className="mt-1">
        <input type="hidden" name="linkId" value={link.id} />
        <button
          type="submit"
          disabled={revoking}
          className={secondaryButtonClass}
          aria-label={`Revoke the link expiring ${expires}`}
        >
          Revoke
        </button>
      </form>
    </li>
  );
}
