"use client";
import { SettingsField } from "@/components/admin/desk/settings-field";
import type { Byline } from "@/components/admin/desk/use-story-desk";
import { AuthorPicker } from "@/components/admin/editor/author-picker";
import { CountedField } from "@/components/admin/editor/counted-field";
import { HeroImageField } from "@/components/admin/editor/hero-image-field";
import type { LibraryImage } from "@/lib/content/media-url";

// What search engines show of a title and a description.
const SEO_TITLE_LENGTH = 60;
const SEO_DESCRIPTION_LENGTH = 160;

/** A field's value as the form starts with it: restored, sent by a failed save, or stored. */
export type FieldValue = (name: string, stored: string) => string;

type SettingsStory = {
  slug: string;
  sectionId: string | null;
  tags: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  heroImageAlt: string | null;
  heroImageCaption: string | null;
  heroImageCredit: string | null;
};

/** The story's settings in the side panel: address, section, tags, bylines, hero image, search engines. */
export function StorySettingsFields({
  form,
  story,
  value,
  errors,
  sections,
  authors,
  bylines,
  hero,
  library,
  onLibraryUpload,
  onChange,
}: {
  form: string;
  story?: SettingsStory;
  value: FieldValue;
  errors: Record<string, string[] | undefined>;
  sections: { id: string; name: string }[];
  authors: Byline[];
  bylines: { list: Byline[]; key: number };
  hero: LibraryImage | null;
  library: LibraryImage[];
  onLibraryUpload: (image: LibraryImage) => void;
  onChange: () => void;
}) {
  return (
    <>
      <SettingsField
        form={form}
        label="Slug"
        name="slug"
        defaultValue={value("slug", story?.slug ?? "")}
        errors={errors.slug}
        hint="The story's address. Left empty, it is made from the headline. A changed slug keeps the old address working."
      />
      <SettingsField
        form={form}
        label="Section"
        name="sectionId"
        defaultValue={value("sectionId", story?.sectionId ?? "")}
        errors={errors.sectionId}
        options={[
          { value: "", label: "No section" },
          ...sections.map((section) => ({ value: section.id, label: section.name })),
        ]}
      />
      <SettingsField
        form={form}
        label="Tags"
        name="tags"
        defaultValue={value("tags", story?.tags.join(", ") ?? "")}
        errors={errors.tags}
        hint="Separated by commas. New tags are created as you save."
      />
      <AuthorPicker
        key={bylines.key}
        name="authorIds"
        form={form}
        authors={authors}
        initial={bylines.list}
        errors={errors.authorIds}
        onChange={onChange}
      />
      <HeroImageField
        form={form}
        initial={hero}
        defaults={{
          alt: value("heroImageAlt", story?.heroImageAlt ?? ""),
          caption: value("heroImageCaption", story?.heroImageCaption ?? ""),
          credit: value("heroImageCredit", story?.heroImageCredit ?? ""),
        }}
        library={library}
        errors={errors}
        onLibraryUpload={onLibraryUpload}
        onChange={onChange}
      />
      <fieldset className="space-y-4 rounded border border-neutral-200 p-4 dark:border-neutral-800">
        <legend className="px-1 text-sm font-semibold">Search engines</legend>
        <CountedField
          form={form}
          label="SEO title"
          name="seoTitle"
          recommended={SEO_TITLE_LENGTH}
          defaultValue={value("seoTitle", story?.seoTitle ?? "")}
          hint="Shown in search results instead of the headline. Left empty, the headline is used."
          errors={errors.seoTitle}
        />
        <CountedField
          form={form}
          label="SEO description"
          name="seoDescription"
          recommended={SEO_DESCRIPTION_LENGTH}
          defaultValue={value("seoDescription", story?.seoDescription ?? "")}
          hint="Shown under the title in search results. Left empty, the dek is used."
          errors={errors.seoDescription}
          multiline
        />
      </fieldset>
    </>
  );
}
