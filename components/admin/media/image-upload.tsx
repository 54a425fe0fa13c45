"use client";
import { useId, useRef, useState, useTransition } from "react";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { uploadImageAction } from "@/lib/actions/media-uploads";
import type { LibraryImage } from "@/lib/content/media-url";
import { libraryImageFrom } from "./library-image";

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Uploads one image with its alt text and credit. It lives inside the story
 * form, so its fields have no names (they are never sent with the story) and
 * Enter uploads rather than saving the story.
 */
export function ImageUpload({ onUploaded }: { onUploaded: (image: LibraryImage) => void }) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState("");
  const [credit, setCredit] = useState("");
  const [state, setState] = useState<FormState>({});
  const [pending, startTransition] = useTransition();
  const errors = state.fieldErrors ?? {};
  // A refusal about one field is shown beside it (and announced there), not twice.
  const generalMessage = Object.values(errors).some((messages) => messages?.includes(state.message ?? ""))
    ? undefined
    : state.message;

  function upload() {
    const file = fileInput.current?.files?.[0];
    if (!file) return setState({ fieldErrors: { file: ["Choose an image to upload."] } });
    if (file.size > MAX_BYTES)
      return setState({ fieldErrors: { file: ["The image is larger than 10 MB. Export a smaller one."] } });
    const data = new FormData();
    data.set("file", file);
    data.set("alt", alt);
    data.set("credit", credit);
    startTransition(async () => {
      const result = await uploadImageAction({}, data);
      setState(result);
      const image = libraryImageFrom(result.result);
      if (result.ok && image) {
        setAlt("");
        setCredit("");
        if (fileInput.current) fileInput.current.value = "";
        onUploaded(image);
      }
    });
  }

  const uploadOnEnter = (event: React.KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    upload();
  };

  return (
    <fieldset className="space-y-2 rounded border border-neutral-200 p-3 dark:border-neutral-700">
      <legend className="px-1 text-sm font-semibold">Upload an image</legend>
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm">
          Image file (JPEG, PNG, WebP or AVIF, up to 10 MB)
        </label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={errors.file ? `${id}-file-error` : undefined}
          className="block w-full text-sm"
        />
        {errors.file && (
          <p id={`${id}-file-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
            {errors.file.join(" ")}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={`${id}-alt`} className="block text-sm">
          Alt text for the new image
        </label>
        <input
          id={`${id}-alt`}
          value={alt}
          onChange={(event) => setAlt(event.target.value)}
          onKeyDown={uploadOnEnter}
          maxLength={300}
          aria-invalid={errors.alt ? true : undefined}
          aria-describedby={`${id}-alt-hint${errors.alt ? ` ${id}-alt-error` : ""}`}
          className={inputClass}
        />
        <p id={`${id}-alt-hint`} className="text-xs text-neutral-600 dark:text-neutral-400">
          What the image shows, for readers who cannot see it. Required.
        </p>
        {errors.alt && (
          <p id={`${id}-alt-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
            {errors.alt.join(" ")}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={`${id}-credit`} className="block text-sm">
          Credit for the new image
        </label>
        <input
          id={`${id}-credit`}
          value={credit}
          onChange={(event) => setCredit(event.target.value)}
          onKeyDown={uploadOnEnter}
          maxLength={200}
          className={inputClass}
        />
      </div>
      <button type="button" onClick={upload} disabled={pending} className={secondaryButtonClass}>
        {pending ? "Uploading…" : "Upload image"}
      </button>
      <FormMessage message={generalMessage} ok={state.ok} />
    </fieldset>
  );
}
