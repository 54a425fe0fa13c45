"use client";
import type { FieldValue } from "@/components/admin/desk/story-settings-fields";
import { RichTextEditor } from "@/components/admin/editor/rich-text-editor";
import { Field, inputClass } from "@/components/ui/field";
import type { LibraryImage } from "@/lib/content/media-url";
import type { BodyDocument } from "@/lib/content/story-body";

/** The story's text in the desk's column: headline, dek and body. */
export function StoryTextFields({
  story,
  value,
  errors,
  body,
  library,
  onLibraryUpload,
  onChange,
}: {
  story?: { headline: string; dek: string | null };
  value: FieldValue;
  errors: Record<string, string[] | undefined>;
  body: BodyDocument | null;
  library: LibraryImage[];
  onLibraryUpload: (image: LibraryImage) => void;
  onChange: () => void;
}) {
  return (
    <>
      <Field label="Headline" name="headline" errors={errors.headline}>
        {(props) => (
          <textarea
            {...props}
            name="headline"
            required
            maxLength={200}
            rows={2}
            defaultValue={value("headline", story?.headline ?? "")}
            onKeyDown={(event) => {
              // A headline is one line.
              if (event.key === "Enter") event.preventDefault();
            }}
            className={`${inputClass} resize-none font-serif text-2xl leading-snug font-bold sm:text-3xl`}
          />
        )}
      </Field>
      <Field label="Dek" name="dek" errors={errors.dek} hint="One sentence under the headline.">
        {(props) => (
          <textarea
            {...props}
            name="dek"
            rows={2}
            defaultValue={value("dek", story?.dek ?? "")}
            className={`${inputClass} font-serif text-lg`}
          />
        )}
      </Field>
      <div className="space-y-1">
        <span id="story-body-label" className="block text-sm font-semibold">
          Body
        </span>
        <RichTextEditor
          name="body"
          labelId="story-body-label"
          describedBy={errors.body?.length ? "story-body-error" : undefined}
          invalid={Boolean(errors.body?.length)}
          initialContent={body}
          library={library}
          onLibraryUpload={onLibraryUpload}
          onChange={onChange}
        />
        {errors.body?.length ? (
          <p id="story-body-error" className="text-sm text-red-700 dark:text-red-400">
            {errors.body.join(" ")}
          </p>
        ) : null}
      </div>
    </>
  );
}

/** For a story readers have seen: whether this save is news, shown to them as “Updated”. */
export function MajorUpdateField({ defaultChecked }: { defaultChecked: boolean }) {
  return (
    <div className="flex items-start gap-2">
      <input
        id="field-majorUpdate"
        type="checkbox"
        name="majorUpdate"
        defaultChecked={defaultChecked}
        aria-describedby="field-majorUpdate-hint"
        className="mt-1"
      />
      <div>
        <label htmlFor="field-majorUpdate" className="text-sm font-semibold">
          Major update
        </label>
        <p id="field-majorUpdate-hint" className="text-xs text-neutral-600 dark:text-neutral-400">
          Readers see “Updated” with the time of this save.
        </p>
      </div>
    </div>
  );
}
