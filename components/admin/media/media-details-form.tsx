"use client";
import { useActionState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { updateMediaDetailsAction } from "@/lib/actions/media-library";
import { MEDIA_CAPTION_MAX } from "@/lib/validation/media";

/** An image's alt text, caption and credit; what the editor typed comes back when a save is refused. */
export function MediaDetailsForm({
  mediaId,
  alt,
  caption,
  credit,
}: {
  mediaId: string;
  alt: string;
  caption: string;
  credit: string;
}) {
  const [state, action, pending] = useActionState(updateMediaDetailsAction, {} as FormState);
  const values = { alt, caption, credit, ...state.values };
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="mediaId" value={mediaId} />
      <Field label="Alt text" name="alt" errors={errors.alt} hint="What the image shows, for readers who cannot see it. Required.">
        {(props) => <textarea {...props} name="alt" rows={4} maxLength={300} defaultValue={values.alt} className={inputClass} />}
      </Field>
      <Field label="Caption" name="caption" errors={errors.caption} hint="Offered wherever the image is placed next.">
        {(props) => (
          <textarea {...props} name="caption" rows={3} maxLength={MEDIA_CAPTION_MAX} defaultValue={values.caption} className={inputClass} />
        )}
      </Field>
      <Field label="Credit" name="credit" errors={errors.credit} hint="Who made it, for example “Photo: Ana Ruiz”.">
        {(props) => <input {...props} name="credit" maxLength={200} defaultValue={values.credit} className={inputClass} />}
      </Field>
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save image details"}
      </button>
    </form>
  );
}
