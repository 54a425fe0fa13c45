"use client";
import Image from "next/image";
import { useState } from "react";
import { MediaLibrary } from "@/components/admin/media/media-library";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import type { LibraryImage } from "@/lib/content/media-url";

type Errors = Record<string, string[] | undefined>;

/** The image at the top of the story, with the alt text, caption and credit readers get. */
export function HeroImageField({
  initial,
  defaults,
  library,
  errors,
  onLibraryUpload,
  onChange,
  form,
}: {
  initial: LibraryImage | null;
  defaults: { alt: string; caption: string; credit: string };
  library: LibraryImage[];
  errors: Errors;
  onLibraryUpload: (image: LibraryImage) => void;
  onChange: () => void;
  /** The id of the form it belongs to, when it sits outside it. */
  form?: string;
}) {
  const [image, setImage] = useState(initial);
  const [choosing, setChoosing] = useState(false);
  // Controlled, so choosing an image can fill in its alt text, caption and credit from the library.
  const [alt, setAlt] = useState(defaults.alt);
  const [caption, setCaption] = useState(defaults.caption);
  const [credit, setCredit] = useState(defaults.credit);

  const choose = (chosen: LibraryImage) => {
    setImage(chosen);
    // What the library says about the image, where the editor has typed nothing.
    setAlt((current) => current || chosen.alt);
    setCaption((current) => current || chosen.caption || "");
    setCredit((current) => current || chosen.credit || "");
    setChoosing(false);
    onChange();
  };
  const edit =
    (set: (value: string) => void) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      set(event.target.value);
      onChange();
    };

  return (
    <fieldset className="space-y-3 rounded border border-neutral-200 p-4 dark:border-neutral-800">
      <legend className="px-1 text-sm font-semibold">Hero image</legend>
      <input type="hidden" name="heroImageId" form={form} value={image?.id ?? ""} />
      <HeroImagePicker
        image={image}
        choosing={choosing}
        library={library}
        onToggle={() => setChoosing(!choosing)}
        onChoose={choose}
        onRemove={() => {
          setImage(null);
          onChange();
        }}
        onLibraryUpload={onLibraryUpload}
      />
      {errors.heroImageId && (
        <p className="text-sm text-red-700 dark:text-red-400">{errors.heroImageId.join(" ")}</p>
      )}
      <HeroTextField
        form={form}
        label="Hero alt text"
        name="heroImageAlt"
        value={alt}
        onChange={edit(setAlt)}
        maxLength={300}
        errors={errors.heroImageAlt}
        hint="What the image shows, for readers who cannot see it. Required with an image."
      />
      <HeroTextField
        form={form}
        label="Hero caption"
        name="heroImageCaption"
        value={caption}
        onChange={edit(setCaption)}
        maxLength={600}
        errors={errors.heroImageCaption}
        multiline
      />
      <HeroTextField
        form={form}
        label="Hero credit"
        name="heroImageCredit"
        value={credit}
        onChange={edit(setCredit)}
        maxLength={200}
        errors={errors.heroImageCredit}
        hint="The photographer or agency, as readers should see it."
      />
    </fieldset>
  );
}

/** One of the words readers get with the hero image, belonging to the story form. */
function HeroTextField({
  form,
  label,
  name,
  value,
  onChange,
  maxLength,
  errors,
  hint,
  multiline = false,
}: {
  form?: string;
  label: string;
  name: string;
  value: string;
  onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  maxLength: number;
  errors?: string[];
  hint?: string;
  multiline?: boolean;
}) {
  const common = { name, form, value, onChange, maxLength, className: inputClass };
  return (
    <Field label={label} name={name} errors={errors} hint={hint}>
      {(props) =>
        multiline ? <textarea {...props} {...common} rows={2} /> : <input {...props} {...common} />
      }
    </Field>
  );
}

/** The hero image as it is now, and the library to choose another from. */
function HeroImagePicker({
  image,
  choosing,
  library,
  onToggle,
  onChoose,
  onRemove,
  onLibraryUpload,
}: {
  image: LibraryImage | null;
  choosing: boolean;
  library: LibraryImage[];
  onToggle: () => void;
  onChoose: (image: LibraryImage) => void;
  onRemove: () => void;
  onLibraryUpload: (image: LibraryImage) => void;
}) {
  return (
    <>
      {image ? (
        <Image
          src={image.src}
          alt=""
          width={image.width}
          height={image.height}
          unoptimized
          className="h-auto max-h-64 w-auto rounded"
        />
      ) : (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">No hero image.</p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onToggle} aria-expanded={choosing} className={secondaryButtonClass}>
          {image ? "Change hero image" : "Choose hero image"}
        </button>
        {image && (
          <button type="button" onClick={onRemove} className={secondaryButtonClass}>
            Remove hero image
          </button>
        )}
      </div>
      {choosing && (
        <MediaLibrary
          images={library}
          chooseLabel="Use as hero image"
          onChoose={onChoose}
          onUploaded={onLibraryUpload}
        />
      )}
    </>
  );
}
