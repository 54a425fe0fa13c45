"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { AuthorPicker } from "@/components/admin/editor/author-picker";
import { ConflictPanel } from "@/components/admin/editor/conflict-panel";
import { CountedField } from "@/components/admin/editor/counted-field";
import { HeroImageField } from "@/components/admin/editor/hero-image-field";
import { RichTextEditor } from "@/components/admin/editor/rich-text-editor";
import { buttonClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { autosaveStoryAction, saveStoryAction } from "@/lib/actions/stories";
import type { LibraryImage } from "@/lib/media-url";
import type { BodyDocument } from "@/lib/story-body";
import type { ConflictingVersion } from "@/lib/story-mutations";

// A draft is saved this long after its first unsaved change, however fast the writing goes on.
const AUTOSAVE_DELAY_MS = 10_000;
// What search engines show of a title and a description.
const SEO_TITLE_LENGTH = 60;
const SEO_DESCRIPTION_LENGTH = 160;

type Byline = { id: string; name: string };

export type StoryFormStory = {
  id: string;
  headline: string;
  slug: string;
  dek: string | null;
  body: BodyDocument;
  status: string;
  version: number;
  publishedAt: Date | null;
  sectionId: string | null;
  tags: string[];
  authors: Byline[];
  seoTitle: string | null;
  seoDescription: string | null;
  heroImage: LibraryImage | null;
  heroImageAlt: string | null;
  heroImageCaption: string | null;
  heroImageCredit: string | null;
};

type SaveStatus =
  | { kind: "clean" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; message: string };

export function StoryForm({
  story,
  sections,
  authors,
  initialAuthors = [],
  library: initialLibrary,
  timeZone,
}: {
  story?: StoryFormStory;
  sections: { id: string; name: string }[];
  authors: Byline[];
  /** The bylines a new story starts with. */
  initialAuthors?: Byline[];
  library: LibraryImage[];
  timeZone: string;
}) {
  const [state, action, pending] = useActionState(saveStoryAction, {} as FormState);
  // After a failed save the form shows what the editor sent, not what is stored.
  const value = (name: string, stored: string) => state.values?.[name] ?? stored;
  const errors = state.fieldErrors ?? {};

  const formRef = useRef<HTMLFormElement>(null);
  const [version, setVersion] = useState(story?.version ?? 0);
  const [library, setLibrary] = useState(initialLibrary);
  const addToLibrary = (image: LibraryImage) => setLibrary((images) => [image, ...images]);

  // A refused save's stored version, until the editor decides what to do about it.
  const [autosaveConflict, setAutosaveConflict] = useState<ConflictingVersion | null>(null);
  const [settledConflict, setSettledConflict] = useState<ConflictingVersion | null>(null);
  const theirs = autosaveConflict ?? (state.theirs && state.theirs !== settledConflict ? state.theirs : null);

  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: "clean" });
  const [autosaving, setAutosaving] = useState(false);
  const autosaves = story?.status === "draft";
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const changes = useRef(0);
  // Read by the timer, which outlives the render that set it.
  const paused = useRef(false);
  useEffect(() => {
    paused.current = Boolean(theirs) || pending;
  });

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function scheduleAutosave() {
    if (autosaves && !timer.current) timer.current = setTimeout(autosave, AUTOSAVE_DELAY_MS);
  }

  function markChanged() {
    changes.current += 1;
    setSaveStatus({ kind: "dirty" });
    scheduleAutosave();
  }

  async function autosave() {
    timer.current = null;
    const form = formRef.current;
    if (!form || paused.current) return;
    const changesAtStart = changes.current;
    setAutosaving(true);
    setSaveStatus({ kind: "saving" });
    const result = await autosaveStoryAction({}, new FormData(form));
    setAutosaving(false);
    const savedVersion = result.ok ? result.result?.version : undefined;
    if (typeof savedVersion === "number") {
      // The next save, automatic or not, names the version just made.
      flushSync(() => setVersion(savedVersion));
      if (changes.current === changesAtStart) {
        setSaveStatus({ kind: "saved", at: String(result.result?.savedAt ?? new Date().toISOString()) });
      } else {
        setSaveStatus({ kind: "dirty" });
        scheduleAutosave();
      }
    } else if (result.theirs) {
      setAutosaveConflict(result.theirs);
      setSaveStatus({ kind: "failed", message: "Not saved: someone else saved this story first." });
    } else {
      setSaveStatus({ kind: "failed", message: `Not saved automatically. ${result.message ?? ""}`.trim() });
    }
  }

  function keepMine() {
    if (!theirs) return;
    // Naming their version makes the next save replace it, knowingly.
    flushSync(() => {
      setVersion(theirs.version);
      setSettledConflict(state.theirs ?? null);
      setAutosaveConflict(null);
    });
    formRef.current?.requestSubmit();
  }

  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={() => {
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
      }}
      onInput={markChanged}
      className="space-y-5"
      aria-label="Story"
    >
      {story && <input type="hidden" name="storyId" value={story.id} />}
      <input type="hidden" name="version" value={version} />
      {theirs && story && (
        <ConflictPanel
          theirs={theirs}
          timeZone={timeZone}
          onKeepMine={keepMine}
          reloadHref={`/admin/stories/${story.id}`}
        />
      )}
      <Field label="Headline" name="headline" errors={errors.headline}>
        {(props) => (
          <input
            {...props}
            name="headline"
            required
            maxLength={200}
            defaultValue={value("headline", story?.headline ?? "")}
            className={`${inputClass} font-serif text-xl`}
          />
        )}
      </Field>
      <Field
        label="Slug"
        name="slug"
        errors={errors.slug}
        hint="The story's address. Left empty, it is made from the headline. A changed slug keeps the old address working."
      >
        {(props) => (
          <input
            {...props}
            name="slug"
            defaultValue={value("slug", story?.slug ?? "")}
            className={inputClass}
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
            className={inputClass}
          />
        )}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Section" name="sectionId" errors={errors.sectionId}>
          {(props) => (
            <select
              {...props}
              name="sectionId"
              defaultValue={value("sectionId", story?.sectionId ?? "")}
              className={inputClass}
            >
              <option value="">No section</option>
              {sections.map((section) => (
                <option key={section.id} value={section.id}>
                  {section.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Tags"
          name="tags"
          errors={errors.tags}
          hint="Separated by commas. New tags are created as you save."
        >
          {(props) => (
            <input
              {...props}
              name="tags"
              defaultValue={value("tags", story?.tags.join(", ") ?? "")}
              className={inputClass}
            />
          )}
        </Field>
      </div>
      <AuthorPicker
        name="authorIds"
        authors={authors}
        initial={story?.authors ?? initialAuthors}
        errors={errors.authorIds}
        onChange={markChanged}
      />
      <div className="space-y-1">
        <span id="story-body-label" className="block text-sm font-semibold">
          Body
        </span>
        <RichTextEditor
          name="body"
          labelId="story-body-label"
          describedBy={errors.body?.length ? "story-body-error" : undefined}
          invalid={Boolean(errors.body?.length)}
          initialContent={story?.body ?? null}
          library={library}
          onLibraryUpload={addToLibrary}
          onChange={markChanged}
        />
        {errors.body?.length ? (
          <p id="story-body-error" className="text-sm text-red-700 dark:text-red-400">
            {errors.body.join(" ")}
          </p>
        ) : null}
      </div>
      <HeroImageField
        initial={story?.heroImage ?? null}
        defaults={{
          alt: value("heroImageAlt", story?.heroImageAlt ?? ""),
          caption: value("heroImageCaption", story?.heroImageCaption ?? ""),
          credit: value("heroImageCredit", story?.heroImageCredit ?? ""),
        }}
        library={library}
        errors={errors}
        onLibraryUpload={addToLibrary}
        onChange={markChanged}
      />
      <fieldset className="space-y-4 rounded border border-neutral-200 p-4 dark:border-neutral-800">
        <legend className="px-1 text-sm font-semibold">Search engines</legend>
        <CountedField
          label="SEO title"
          name="seoTitle"
          recommended={SEO_TITLE_LENGTH}
          defaultValue={value("seoTitle", story?.seoTitle ?? "")}
          hint="Shown in search results instead of the headline. Left empty, the headline is used."
          errors={errors.seoTitle}
        />
        <CountedField
          label="SEO description"
          name="seoDescription"
          recommended={SEO_DESCRIPTION_LENGTH}
          defaultValue={value("seoDescription", story?.seoDescription ?? "")}
          hint="Shown under the title in search results. Left empty, the dek is used."
          errors={errors.seoDescription}
          multiline
        />
      </fieldset>
      {story?.publishedAt && (
        <div className="flex items-start gap-2">
          <input
            id="field-majorUpdate"
            type="checkbox"
            name="majorUpdate"
            defaultChecked={state.values?.majorUpdate === "on"}
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
      )}
      <FormMessage message={state.message} ok={state.ok} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending || autosaving} className={buttonClass}>
          {pending ? "Saving…" : story ? "Save story" : "Create story"}
        </button>
        <SaveStatusText status={saveStatus} timeZone={timeZone} />
        {autosaves && (
          <span className="text-xs text-neutral-600 dark:text-neutral-400">
            Drafts save themselves every few seconds while you write.
          </span>
        )}
      </div>
    </form>
  );
}

function SaveStatusText({ status, timeZone }: { status: SaveStatus; timeZone: string }) {
  const text =
    status.kind === "dirty"
      ? "Unsaved changes"
      : status.kind === "saving"
        ? "Saving draft…"
        : status.kind === "saved"
          ? `Saved at ${new Intl.DateTimeFormat("en-US", { timeStyle: "medium", timeZone }).format(new Date(status.at))}`
          : status.kind === "failed"
            ? status.message
            : "";
  return (
    <p
      role="status"
      aria-live="polite"
      className={`text-sm ${status.kind === "failed" ? "text-red-700 dark:text-red-400" : "text-neutral-600 dark:text-neutral-400"}`}
    >
      {text}
    </p>
  );
}
