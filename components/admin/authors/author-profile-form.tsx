"use client";
import Image from "next/image";
import { useActionState, useState } from "react";
import { MediaLibrary } from "@/components/admin/media/media-library";
import { buttonClass, Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { saveAuthorProfileAction } from "@/lib/actions/author-profiles";
import type { LibraryImage } from "@/lib/content/media-url";
import { AUTHOR_BIO_MAX, AUTHOR_NAME_MAX, AUTHOR_ROLE_TITLE_MAX } from "@/lib/validation/author-profile";

export type ProfileFormValues = {
  /** Empty for the signed-in person's own profile (the first save makes it). */
  authorId: string;
  name: string;
  roleTitle: string;
  bio: string;
  websiteUrl: string;
  xUrl: string;
  mastodonUrl: string;
  blueskyUrl: string;
  contactEmail: string;
};

const linkFields = [
  { name: "websiteUrl", label: "Website", hint: "https://example.com", type: "url" },
  { name: "xUrl", label: "X", hint: "https://x.com/yourname", type: "url" },
  { name: "mastodonUrl", label: "Mastodon", hint: "https://mastodon.social/@yourname", type: "url" },
  { name: "blueskyUrl", label: "Bluesky", hint: "https://bsky.app/profile/yourname.bsky.social", type: "url" },
  { name: "contactEmail", label: "Public email", hint: "An address readers may write to, shown on the author page.", type: "email" },
] as const;

/** An author's public profile: what readers see on their page and search engines in each story. */
export function AuthorProfileForm({
  profile,
  photo,
  library,
  submitLabel,
}: {
  profile: ProfileFormValues;
  photo: LibraryImage | null;
  library: LibraryImage[];
  submitLabel: string;
}) {
  const [state, action, pending] = useActionState(saveAuthorProfileAction, {} as FormState);
  const [chosen, setChosen] = useState<LibraryImage | null>(photo);
  const [images, setImages] = useState(library);
  const [choosing, setChoosing] = useState(false);
  const values = { ...profile, ...state.values };
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="authorId" value={profile.authorId} />
      <input type="hidden" name="photoId" value={chosen?.id ?? ""} />
      <Field label="Name" name="name" errors={errors.name} hint="As it appears on bylines.">
        {(props) => (
          <input {...props} name="name" required maxLength={AUTHOR_NAME_MAX} defaultValue={values.name} className={inputClass} />
        )}
      </Field>
      <Field label="Title" name="roleTitle" errors={errors.roleTitle} hint="The role readers see under the name, for example “Latin America correspondent”.">
        {(props) => (
          <input {...props} name="roleTitle" maxLength={AUTHOR_ROLE_TITLE_MAX} defaultValue={values.roleTitle} className={inputClass} />
        )}
      </Field>
      <Field label="Bio" name="bio" errors={errors.bio} hint="Plain text, a blank line between paragraphs. A few sentences readers see on the author page.">
        {(props) => (
          <textarea {...props} name="bio" rows={5} maxLength={AUTHOR_BIO_MAX} defaultValue={values.bio} className={inputClass} />
        )}
      </Field>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">Photo</legend>
        <div className="flex flex-wrap items-center gap-4">
          {chosen ? (
            <Image
              src={chosen.src}
              alt={chosen.alt}
              width={chosen.width}
              height={chosen.height}
              unoptimized
              className="size-24 rounded-full object-cover"
            />
          ) : (
            <p className="text-sm text-neutral-600 dark:text-neutral-400">No photo.</p>
          )}
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              aria-expanded={choosing}
              onClick={() => setChoosing((open) => !open)}
              className={secondaryButtonClass}
            >
              {choosing ? "Close the library" : chosen ? "Change photo" : "Choose a photo"}
            </button>
            {chosen && (
              <button type="button" onClick={() => setChosen(null)} className={secondaryButtonClass}>
                Remove photo
              </button>
            )}
          </div>
        </div>
        {errors.photoId && <p className="text-sm text-red-700 dark:text-red-400">{errors.photoId.join(" ")}</p>}
        {choosing && (
          <MediaLibrary
            images={images}
            chooseLabel="Use as photo"
            onChoose={(image) => {
              setChosen(image);
              setChoosing(false);
            }}
            onUploaded={(image) => setImages((shown) => [image, ...shown])}
          />
        )}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold">Links</legend>
        <p className="text-xs text-neutral-600 dark:text-neutral-400">
          Full addresses of your profiles elsewhere. Leave a field empty to leave it out.
        </p>
        {linkFields.map((field) => (
          <Field key={field.name} label={field.label} name={field.name} errors={errors[field.name]} hint={field.hint}>
            {(props) => (
              <input
                {...props}
                name={field.name}
                // Text, not url: "example.com" is accepted (https:// is added) and the server's message explains the rest.
                type={field.type === "email" ? "email" : "text"}
                inputMode={field.type === "email" ? "email" : "url"}
                autoComplete="off"
                defaultValue={values[field.name]}
                className={inputClass}
              />
            )}
          </Field>
        ))}
      </fieldset>

      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
