"use client";
import { useActionState } from "react";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { saveStoryAction } from "@/lib/actions/stories";

export type StoryFormStory = {
  id: string;
  headline: string;
  slug: string;
  dek: string | null;
  bodyText: string;
  sectionId: string | null;
  tags: string[];
  version: number;
};

export function StoryForm({
  story,
  sections,
}: {
  story?: StoryFormStory;
  sections: { id: string; name: string }[];
}) {
  const [state, action, pending] = useActionState(saveStoryAction, {} as FormState);
  // After a failed save the form shows what the editor sent, not what is stored.
  const value = (name: string, stored: string) => state.values?.[name] ?? stored;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-5" aria-label="Story">
      {story && <input type="hidden" name="storyId" value={story.id} />}
      <input type="hidden" name="version" value={story?.version ?? 0} />
      <Field label="Headline" name="headline" errors={errors.headline}>
        {(props) => (
          <input {...props} name="headline" required maxLength={200} defaultValue={value("headline", story?.headline ?? "")} className={`${inputClass} font-serif text-xl`} />
        )}
      </Field>
      <Field label="Slug" name="slug" errors={errors.slug} hint="The story's address. Left empty, it is made from the headline.">
        {(props) => <input {...props} name="slug" defaultValue={value("slug", story?.slug ?? "")} className={inputClass} />}
      </Field>
      <Field label="Dek" name="dek" errors={errors.dek} hint="One sentence under the headline.">
        {(props) => <textarea {...props} name="dek" rows={2} defaultValue={value("dek", story?.dek ?? "")} className={inputClass} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Section" name="sectionId" errors={errors.sectionId}>
          {(props) => (
            <select {...props} name="sectionId" defaultValue={value("sectionId", story?.sectionId ?? "")} className={inputClass}>
              <option value="">No section</option>
              {sections.map((section) => (
                <option key={section.id} value={section.id}>
                  {section.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Tags" name="tags" errors={errors.tags} hint="Separated by commas.">
          {(props) => <input {...props} name="tags" defaultValue={value("tags", story?.tags.join(", ") ?? "")} className={inputClass} />}
        </Field>
      </div>
      <Field label="Body" name="body" errors={errors.body} hint="Paragraphs separated by a blank line. Start a line with ## for a subheading, > for a quotation.">
        {(props) => <textarea {...props} name="body" rows={16} defaultValue={value("body", story?.bodyText ?? "")} className={`${inputClass} font-serif leading-relaxed`} />}
      </Field>
      <FormMessage message={state.message} ok={state.ok} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : story ? "Save story" : "Create story"}
      </button>
    </form>
  );
}
