"use client";
import { useActionState, useCallback, useState } from "react";
import { DeskBar } from "@/components/admin/desk/desk-bar";
import { RestoreOffer } from "@/components/admin/desk/restore-offer";
import { SaveFirstContext } from "@/components/admin/desk/save-first";
import { SettingsPanel } from "@/components/admin/desk/settings-panel";
import { StorySettingsFields } from "@/components/admin/desk/story-settings-fields";
import { MajorUpdateField, StoryTextFields } from "@/components/admin/desk/story-text-fields";
import { parseBody, useStoryDesk, type Byline, type Seed } from "@/components/admin/desk/use-story-desk";
import { ConflictPanel } from "@/components/admin/editor/conflict-panel";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { saveStoryAction } from "@/lib/actions/stories";
import type { LibraryImage } from "@/lib/content/media-url";
import type { BodyDocument } from "@/lib/content/story-body";
import type { ConflictingVersion } from "@/lib/newsroom/story-writes";

const FORM_ID = "story-form";

export type StoryFormStory = {
  id: string;
  headline: string;
  slug: string;
  dek: string | null;
  body: BodyDocument;
  status: string;
  version: number;
  /** The version whose text this is; workflow steps raise `version` only. */
  contentVersion: number;
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

type StoryFormProps = {
  story?: StoryFormStory;
  sections: { id: string; name: string }[];
  authors: Byline[];
  /** The bylines a new story starts with. */
  initialAuthors?: Byline[];
  library: LibraryImage[];
  timeZone: string;
  /** The one-click publishing steps, shown in the bar. */
  publishActions?: React.ReactNode;
  /** More of the side panel: the other publishing steps, review notes, links. */
  aside?: React.ReactNode;
  /** Shown under the text, outside the form: corrections and updates. */
  belowText?: React.ReactNode;
  /** What the last step did ("Published."), shown until the text changes again. */
  notice?: string;
};

/** What the fields start with: a restored copy's or a failed save's values over the stored story's. */
function initialValues(
  { story, authors, initialAuthors = [] }: StoryFormProps,
  seed: Seed,
  library: LibraryImage[],
  createdBylines: Byline[] | null,
) {
  const seededAuthors = seed.values.authorIds?.split(",").filter(Boolean);
  // The byline the server gave a new story comes after any restored (then empty) list.
  const bylines =
    createdBylines ??
    (seededAuthors
      ? seededAuthors.flatMap((id) => authors.filter((author) => author.id === id))
      : (story?.authors ?? initialAuthors));
  const seededImageId = seed.values.heroImageId;
  const hero =
    seededImageId === undefined
      ? (story?.heroImage ?? null)
      : (library.find((image) => image.id === seededImageId) ??
        (seededImageId ? (story?.heroImage ?? null) : null));
  const body = parseBody(seed.values.body) ?? story?.body ?? null;
  return { bylines, hero, body };
}

/**
 * The editing desk: the story's text in a column, a sticky bar with the save
 * state, length and publishing steps, and the settings in a side panel.
 * Nothing typed is lost: every change is copied to this browser at once and
 * removed when the server has it; drafts (new ones included) save themselves
 * at each pause; leaving with unsaved changes asks first; a workflow step
 * leaves the form as it is (use-story-desk.ts).
 */
export function StoryForm(props: StoryFormProps) {
  const { story, sections, authors, timeZone, publishActions, aside, belowText, notice } = props;
  const [state, action, pending] = useActionState(saveStoryAction, {} as FormState);
  const desk = useStoryDesk({ story, state, pending });
  const { seed, formRef } = desk;
  // A restored copy wins, then what a failed save sent, then what is stored.
  const value = (name: string, stored: string) => seed.values[name] ?? state.values?.[name] ?? stored;
  const errors = state.fieldErrors ?? {};
  const [library, setLibrary] = useState(props.library);
  const addToLibrary = (image: LibraryImage) => setLibrary((images) => [image, ...images]);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const closeSettings = useCallback(() => setSettingsOpen(false), []);
  const markChanged = () => desk.markChanged();
  const initial = initialValues(props, seed, library, desk.createdBylines.list);

  return (
    <SaveFirstContext value={desk.saveFirst}>
      <div
        onInput={(event) => {
          // Only the story's own fields: the link picker and the notes have forms of their own.
          if ((event.target as HTMLInputElement).form === formRef.current) desk.markChanged(true);
        }}
      >
        {notice && !desk.edited && (
          <p role="status" className="mb-3 text-sm text-green-700 dark:text-green-400">
            {notice}
          </p>
        )}
        <DeskBar
          status={story?.status ?? "draft"}
          saveStatus={desk.saveStatus}
          timeZone={timeZone}
          words={desk.words}
          formId={FORM_ID}
          saveLabel={pending ? "Saving…" : story ? "Save story" : "Create story"}
          saveDisabled={pending || desk.autosaving}
          publishActions={publishActions}
          settings={{ open: settingsOpen, onToggle: () => setSettingsOpen((open) => !open) }}
        />
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <div className="mx-auto w-full max-w-2xl min-w-0 space-y-6">
            {desk.offer && (
              <RestoreOffer
                copy={desk.offer}
                timeZone={timeZone}
                onRestore={() => desk.offer && desk.restoreCopy(desk.offer)}
                onDiscard={desk.discardCopy}
              />
            )}
            <StoryTextForm
              formRef={formRef}
              desk={{
                storyId: desk.storyId,
                version: desk.version,
                theirs: desk.theirs,
                saved: desk.saveStatus.kind === "saved",
                seedKey: seed.key,
                onSubmit: desk.onSubmit,
                keepMine: desk.keepMine,
              }}
              story={story}
              state={state}
              action={action}
              timeZone={timeZone}
              fields={{
                value,
                errors,
                body: initial.body,
                library,
                onLibraryUpload: addToLibrary,
                onChange: markChanged,
              }}
            />
            {belowText}
          </div>
          <SettingsPanel open={settingsOpen} onClose={closeSettings}>
            <div key={seed.key} className="space-y-5">
              <StorySettingsFields
                form={FORM_ID}
                story={story}
                value={value}
                errors={errors}
                sections={sections}
                authors={authors}
                bylines={{ list: initial.bylines, key: desk.createdBylines.key }}
                hero={initial.hero}
                library={library}
                onLibraryUpload={addToLibrary}
                onChange={markChanged}
              />
            </div>
            {aside}
          </SettingsPanel>
        </div>
      </div>
    </SaveFirstContext>
  );
}

/** The story form itself, in the desk's column: what identifies the save, a conflict or refusal, and the text. */
function StoryTextForm({
  formRef,
  desk,
  story,
  state,
  action,
  timeZone,
  fields,
}: {
  formRef: React.RefObject<HTMLFormElement | null>;
  desk: {
    storyId: string | undefined;
    version: number;
    theirs: ConflictingVersion | null;
    /** Whether everything is saved: a save's message is true until the next change. */
    saved: boolean;
    /** Remounts the fields with a restored copy's values. */
    seedKey: number;
    onSubmit: () => void;
    keepMine: () => void;
  };
  story?: StoryFormStory;
  state: FormState;
  action: (payload: FormData) => void;
  timeZone: string;
  fields: Omit<React.ComponentProps<typeof StoryTextFields>, "story">;
}) {
  return (
    <form
      id={FORM_ID}
      ref={formRef}
      action={action}
      onSubmit={desk.onSubmit}
      className="space-y-5"
      aria-label="Story"
    >
      {desk.storyId && <input type="hidden" name="storyId" value={desk.storyId} />}
      {!story && <input type="hidden" name="afterSave" value="edit" />}
      <input type="hidden" name="version" value={desk.version} />
      {desk.theirs && desk.storyId && (
        <ConflictPanel
          theirs={desk.theirs}
          timeZone={timeZone}
          onKeepMine={desk.keepMine}
          reloadHref={`/admin/stories/${desk.storyId}`}
        />
      )}
      {/* "Saved." is true until the next change. */}
      <FormMessage message={state.ok && !desk.saved ? undefined : state.message} ok={state.ok} />
      <div key={desk.seedKey} className="space-y-5">
        <StoryTextFields story={story} {...fields} />
      </div>
      {story?.publishedAt && <MajorUpdateField defaultChecked={state.values?.majorUpdate === "on"} />}
    </form>
  );
}
