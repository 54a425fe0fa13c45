"use client";
import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { flushSync } from "react-dom";
import { DeskBar } from "@/components/admin/desk/desk-bar";
import {
  differsFrom,
  formFields,
  NEW_STORY_KEY,
  readLocalCopy,
  removeLocalCopy,
  writeLocalCopy,
  type LocalCopy,
} from "@/components/admin/desk/local-copy";
import { RestoreOffer } from "@/components/admin/desk/restore-offer";
import { SaveFirstContext } from "@/components/admin/desk/save-first";
import type { SaveStatus } from "@/components/admin/desk/save-status";
import { SettingsPanel } from "@/components/admin/desk/settings-panel";
import { AuthorPicker } from "@/components/admin/editor/author-picker";
import { ConflictPanel } from "@/components/admin/editor/conflict-panel";
import { CountedField } from "@/components/admin/editor/counted-field";
import { HeroImageField } from "@/components/admin/editor/hero-image-field";
import { RichTextEditor } from "@/components/admin/editor/rich-text-editor";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/actions/form-action";
import { autosaveStoryAction, saveStoryAction } from "@/lib/actions/stories";
import type { LibraryImage } from "@/lib/content/media-url";
import type { BodyDocument } from "@/lib/content/story-body";
import type { ConflictingVersion } from "@/lib/newsroom/story-writes";
import { countWords, documentText } from "@/lib/content/word-count";

// A draft is saved this long after the writing pauses...
const AUTOSAVE_PAUSE_MS = 2_000;
// ...and at the latest this long after its first unsaved change, however fast the writing goes on.
const AUTOSAVE_MAX_WAIT_MS = 10_000;
// What search engines show of a title and a description.
const SEO_TITLE_LENGTH = 60;
const SEO_DESCRIPTION_LENGTH = 160;
const FORM_ID = "story-form";

type Byline = { id: string; name: string };

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

/**
 * Stories whose form, in this page session (not after a reload), had text the
 * server did not: Next.js remounts a page whose search params change, as the
 * notice after each workflow step does, and that text then comes back by
 * itself instead of being offered. With the versions it was typed on.
 */
const remounting = new Map<string, { version: number; contentVersion: number }>();

/** Field values a restored copy (or a failed save) puts in place of the stored ones, and a key to remount the fields with them. */
type Seed = { values: Record<string, string>; key: number };

const parseBody = (json: string | undefined): BodyDocument | null => {
  try {
    return json ? (JSON.parse(json) as BodyDocument) : null;
  } catch {
    return null;
  }
};

/**
 * The editing desk: the story's text in a column, a sticky bar with the save
 * state, length and publishing steps, and the settings in a side panel.
 * Nothing typed is lost: every change is copied to this browser at once and
 * removed when the server has it; drafts (new ones included) save themselves
 * at each pause; leaving with unsaved changes asks first; a workflow step
 * leaves the form as it is.
 */
export function StoryForm({
  story,
  sections,
  authors,
  initialAuthors = [],
  library: initialLibrary,
  timeZone,
  publishActions,
  aside,
  belowText,
  notice,
}: {
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
}) {
  const [state, action, pending] = useActionState(saveStoryAction, {} as FormState);
  const router = useRouter();
  const [seed, setSeed] = useState<Seed>({ values: {}, key: 0 });
  // A restored copy wins, then what a failed save sent, then what is stored.
  const value = (name: string, stored: string) => seed.values[name] ?? state.values?.[name] ?? stored;
  const errors = state.fieldErrors ?? {};

  const formRef = useRef<HTMLFormElement>(null);
  const [storyId, setStoryId] = useState(story?.id);
  const [version, setVersion] = useState(story?.version ?? 0);
  const contentVersion = useRef(story?.contentVersion ?? 0);
  const [library, setLibrary] = useState(initialLibrary);
  const addToLibrary = (image: LibraryImage) => setLibrary((images) => [image, ...images]);

  // A refused save's stored version, until the editor decides what to do about it.
  const [autosaveConflict, setAutosaveConflict] = useState<ConflictingVersion | null>(null);
  const [settledConflict, setSettledConflict] = useState<ConflictingVersion | null>(null);
  const theirs = autosaveConflict ?? (state.theirs && state.theirs !== settledConflict ? state.theirs : null);

  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: "clean" });
  const [autosaving, setAutosaving] = useState(false);
  const [offer, setOffer] = useState<LocalCopy | null>(null);
  const [words, setWords] = useState(() => countWords(documentText(story?.body)));
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Whether the editor changed anything since the page came: the last step's notice is stale then.
  const [edited, setEdited] = useState(false);
  // The byline a new story got from the server when it was first saved without one.
  const [createdBylines, setCreatedBylines] = useState<{ list: Byline[] | null; key: number }>({
    list: null,
    key: 0,
  });
  const closeSettings = useCallback(() => setSettingsOpen(false), []);
  const autosaves = !story || story.status === "draft";

  // Timers and window listeners outlive the render that set them: they read these.
  const storyIdRef = useRef(storyId);
  const versionRef = useRef(version);
  const paused = useRef(false);
  const autosavesRef = useRef(autosaves);
  // Counted changes: the server has everything up to `savedChanges`.
  const changes = useRef(0);
  const savedChanges = useRef(0);
  const firstUnsavedAt = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const copyTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const autosavingNow = useRef(false);
  const saveWhenAutosaved = useRef(false);
  // An explicit save on its way, and how many changes it carries.
  const submitting = useRef<number | null>(null);
  const unsaved = () => changes.current !== savedChanges.current;
  const localKey = () => storyIdRef.current ?? NEW_STORY_KEY;

  useEffect(() => {
    storyIdRef.current = storyId;
    versionRef.current = version;
    paused.current = Boolean(theirs) || pending;
    autosavesRef.current = autosaves;
  });

  function writeCopy() {
    if (copyTimer.current) clearTimeout(copyTimer.current);
    copyTimer.current = null;
    const form = formRef.current;
    if (!form) return;
    const fields = formFields(form);
    setWords(countWords(documentText(parseBody(fields.body))));
    if (unsaved()) {
      writeLocalCopy(localKey(), {
        savedAt: new Date().toISOString(),
        baseVersion: versionRef.current,
        fields,
      });
      remounting.set(localKey(), { version: versionRef.current, contentVersion: contentVersion.current });
    }
  }

  function scheduleAutosave(wait = AUTOSAVE_PAUSE_MS) {
    if (!autosavesRef.current) return;
    if (timer.current) clearTimeout(timer.current);
    const waited = firstUnsavedAt.current === null ? 0 : Date.now() - firstUnsavedAt.current;
    timer.current = setTimeout(
      () => latest.current.autosave(),
      Math.max(0, Math.min(wait, AUTOSAVE_MAX_WAIT_MS - waited)),
    );
  }

  function markChanged(byEditor = true) {
    if (byEditor) setEdited(true);
    changes.current += 1;
    firstUnsavedAt.current ??= Date.now();
    setSaveStatus(navigator.onLine ? { kind: "dirty" } : { kind: "offline" });
    // After React has written the change into the form's inputs (the body's is rendered).
    copyTimer.current ??= setTimeout(() => latest.current.writeCopy(), 0);
    scheduleAutosave();
  }

  function savedUpTo(changesSaved: number, at: string) {
    savedChanges.current = Math.max(savedChanges.current, changesSaved);
    if (unsaved()) {
      setSaveStatus({ kind: "dirty" });
      writeCopy();
      scheduleAutosave();
    } else {
      firstUnsavedAt.current = null;
      removeLocalCopy(localKey());
      remounting.delete(localKey());
      setSaveStatus({ kind: "saved", at });
    }
  }

  async function autosave() {
    timer.current = null;
    const form = formRef.current;
    if (!form || paused.current || autosavingNow.current || !unsaved()) return;
    // Published, scheduled, approved: saved with the button only.
    if (!autosavesRef.current) return;
    if (!navigator.onLine) {
      setSaveStatus({ kind: "offline" });
      writeCopy();
      return;
    }
    const data = new FormData(form);
    if (!storyIdRef.current && !String(data.get("headline") ?? "").trim()) {
      writeCopy();
      setSaveStatus({ kind: "local", message: "Kept on this device: give it a headline to save the draft." });
      return;
    }
    const changesAtStart = changes.current;
    autosavingNow.current = true;
    setAutosaving(true);
    setSaveStatus({ kind: "saving" });
    let result: FormState;
    try {
      result = await autosaveStoryAction({}, data);
    } catch {
      // The request never reached the server, or its answer never came back.
      autosavingNow.current = false;
      setAutosaving(false);
      writeCopy();
      setSaveStatus(
        navigator.onLine
          ? { kind: "failed", message: "Not saved: the server did not answer. Kept on this device." }
          : { kind: "offline" },
      );
      if (navigator.onLine) scheduleAutosave(AUTOSAVE_MAX_WAIT_MS);
      return;
    }
    autosavingNow.current = false;
    setAutosaving(false);
    const savedVersion = result.ok ? result.result?.version : undefined;
    if (typeof savedVersion === "number") {
      const savedId = String(result.result?.storyId ?? storyIdRef.current);
      if (!storyIdRef.current) {
        // The new draft has an address now: a reload opens it there.
        removeLocalCopy(NEW_STORY_KEY);
        storyIdRef.current = savedId;
        window.history.replaceState(null, "", `/admin/stories/${savedId}`);
      }
      const bylines = result.result?.bylines;
      // The next save, automatic or not, names the version just made.
      flushSync(() => {
        setStoryId(savedId);
        setVersion(savedVersion);
        if (typeof bylines === "string")
          setCreatedBylines((current) => ({ list: JSON.parse(bylines) as Byline[], key: current.key + 1 }));
      });
      versionRef.current = savedVersion;
      contentVersion.current = savedVersion;
      savedUpTo(changesAtStart, String(result.result?.savedAt ?? new Date().toISOString()));
    } else if (result.theirs) {
      setAutosaveConflict(result.theirs);
      setSaveStatus({ kind: "failed", message: "Not saved: someone else saved this story first." });
    } else if (!autosavesRef.current) {
      // It stopped being a draft while the save was on its way: the button saves it now.
      setSaveStatus({ kind: "dirty" });
    } else {
      setSaveStatus({ kind: "failed", message: `Not saved automatically. ${result.message ?? ""}`.trim() });
    }
    if (saveWhenAutosaved.current) {
      saveWhenAutosaved.current = false;
      formRef.current?.requestSubmit();
    }
  }

  /** Ctrl/Cmd+S and the button: the explicit save, after any automatic one under way. True if one was started. */
  function saveNow(): boolean {
    if (paused.current) return false;
    if (autosavingNow.current) saveWhenAutosaved.current = true;
    else formRef.current?.requestSubmit();
    return true;
  }

  // Publishing steps waiting for the save they asked for (SaveFirstContext).
  const saveWaiters = useRef<((saved: boolean) => void)[]>([]);
  const settleWaiters = (saved: boolean) => {
    for (const resolve of saveWaiters.current.splice(0)) resolve(saved);
  };
  const saveFirst = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        if (!latest.current.unsaved() && !autosavingNow.current) return resolve(true);
        saveWaiters.current.push(resolve);
        // A save already on its way settles the wait when it comes back.
        if (submitting.current === null && !latest.current.saveNow()) settleWaiters(false);
      }),
    [],
  );

  const latest = useRef({ autosave, writeCopy, saveNow, unsaved });
  useEffect(() => {
    latest.current = { autosave, writeCopy, saveNow, unsaved };
  });

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!latest.current.unsaved()) return;
      latest.current.writeCopy();
      event.preventDefault();
      // Older browsers show the warning only when this is set.
      event.returnValue = "";
    };
    const onPageHide = () => {
      if (latest.current.unsaved()) latest.current.writeCopy();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        latest.current.saveNow();
      }
    };
    const onOnline = () => {
      if (latest.current.unsaved()) latest.current.autosave();
    };
    const onOffline = () => {
      if (latest.current.unsaved()) setSaveStatus({ kind: "offline" });
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      if (timer.current) clearTimeout(timer.current);
      if (copyTimer.current) clearTimeout(copyTimer.current);
    };
  }, []);

  function restoreCopy(copy: LocalCopy) {
    setOffer(null);
    // Saved on the version it was typed on, unless only workflow steps came since: then a
    // save meets nobody's text but its own. Someone else's text since is a conflict, shown.
    applyCopy(copy, story && story.contentVersion <= copy.baseVersion ? story.version : copy.baseVersion);
  }

  function applyCopy(copy: LocalCopy, base: number) {
    setVersion(base);
    versionRef.current = base;
    setSeed((current) => ({ values: copy.fields, key: current.key + 1 }));
    // Counted once the restored fields are in the form.
    setTimeout(() => markChangedRef.current(false), 0);
  }
  const markChangedRef = useRef(markChanged);
  useEffect(() => {
    markChangedRef.current = markChanged;
  });

  // A copy of text the server never got (a crash, a reload, a lost connection) is offered back.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const fields = formFields(form);
    const key = story?.id ?? NEW_STORY_KEY;
    const copy = readLocalCopy(key);
    const live = remounting.get(key);
    remounting.delete(key);
    if (copy && differsFrom(copy, fields)) {
      if (live && story) {
        // Remounted by a workflow step: its version is ours to go on from, unless someone else saved text since.
        applyCopy(copy, story.contentVersion === live.contentVersion ? story.version : live.version);
      } else {
        // Read from this browser's storage, which the server render cannot see.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setOffer(copy);
      }
    } else if (copy) {
      removeLocalCopy(key);
    }
    // A new story created with the button: its copy is this text, now stored.
    const newCopy = story ? readLocalCopy(NEW_STORY_KEY) : null;
    if (newCopy && !differsFrom(newCopy, fields)) removeLocalCopy(NEW_STORY_KEY);
    // Runs once, on the text the page arrived with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function discardCopy() {
    removeLocalCopy(story?.id ?? NEW_STORY_KEY);
    setOffer(null);
  }

  // The page re-rendered with the story as stored now: after a workflow step, an explicit save or a link change.
  const seen = useRef({ version: story?.version, contentVersion: story?.contentVersion });
  useEffect(() => {
    if (!story) return;
    if (seen.current.version === story.version && seen.current.contentVersion === story.contentVersion)
      return;
    seen.current = { version: story.version, contentVersion: story.contentVersion };
    if (story.contentVersion === contentVersion.current) {
      // Only the status moved: the text in the form, saved or not, goes on from the new version,
      // and the step's notice is news again.
      setVersion(story.version);
      setEdited(false);
      return;
    }
    if (!unsaved()) {
      // Someone else's text, and nothing here to lose: show theirs.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the stored story changed under the form
      setVersion(story.version);
      contentVersion.current = story.contentVersion;
      setSeed((current) => ({ values: {}, key: current.key + 1 }));
    }
    // Otherwise the version stays: the next save meets the conflict and shows both texts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [story?.version, story?.contentVersion]);

  // Back to being a draft (unpublished, withdrawn, sent back) with text unsaved: it saves itself again.
  useEffect(() => {
    if (autosaves && latest.current.unsaved()) scheduleAutosave();
  }, [autosaves]);

  // An explicit save came back (a new story's first one goes to its edit page instead).
  useEffect(() => {
    if (pending || submitting.current === null) return;
    const carried = submitting.current;
    const savedVersion = state.result?.version;
    if (state.ok && typeof savedVersion === "number") {
      submitting.current = null;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the save's answer is known only once it comes back
      setVersion(savedVersion);
      versionRef.current = savedVersion;
      contentVersion.current = savedVersion;
      savedUpTo(carried, String(state.result?.savedAt ?? new Date().toISOString()));
      settleWaiters(true);
      // The rest of the page (links, preview, status) catches up; the form stays as it is.
      router.refresh();
    } else if (state.message && !state.ok) {
      submitting.current = null;
      setSaveStatus({ kind: "failed", message: "Not saved: see the message above the headline." });
      settleWaiters(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending, state]);

  function keepMine() {
    if (!theirs) return;
    // Naming their version makes the next save replace it, knowingly.
    flushSync(() => {
      setVersion(theirs.version);
      setSettledConflict(state.theirs ?? null);
      setAutosaveConflict(null);
    });
    versionRef.current = theirs.version;
    formRef.current?.requestSubmit();
  }

  const seededAuthors = seed.values.authorIds?.split(",").filter(Boolean);
  // The byline the server gave a new story comes after any restored (then empty) list.
  const initialBylines =
    createdBylines.list ??
    (seededAuthors
      ? seededAuthors.flatMap((id) => authors.filter((author) => author.id === id))
      : (story?.authors ?? initialAuthors));
  const seededImageId = seed.values.heroImageId;
  const initialHero =
    seededImageId === undefined
      ? (story?.heroImage ?? null)
      : (library.find((image) => image.id === seededImageId) ??
        (seededImageId ? (story?.heroImage ?? null) : null));
  const initialBody = parseBody(seed.values.body) ?? story?.body ?? null;

  return (
    <SaveFirstContext value={saveFirst}>
      <div
        onInput={(event) => {
          // Only the story's own fields: the link picker and the notes have forms of their own.
          if ((event.target as HTMLInputElement).form === formRef.current) markChanged(true);
        }}
      >
        {notice && !edited && (
          <p role="status" className="mb-3 text-sm text-green-700 dark:text-green-400">
            {notice}
          </p>
        )}
        <DeskBar
          status={story?.status ?? "draft"}
          saveStatus={saveStatus}
          timeZone={timeZone}
          words={words}
          formId={FORM_ID}
          saveLabel={pending ? "Saving…" : story ? "Save story" : "Create story"}
          saveDisabled={pending || autosaving}
          publishActions={publishActions}
          settings={{ open: settingsOpen, onToggle: () => setSettingsOpen((open) => !open) }}
        />
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <div className="mx-auto w-full max-w-2xl min-w-0 space-y-6">
            {offer && (
              <RestoreOffer
                copy={offer}
                timeZone={timeZone}
                onRestore={() => restoreCopy(offer)}
                onDiscard={discardCopy}
              />
            )}
            <form
              id={FORM_ID}
              ref={formRef}
              action={action}
              onSubmit={() => {
                if (timer.current) clearTimeout(timer.current);
                timer.current = null;
                writeCopy();
                submitting.current = changes.current;
                setSaveStatus({ kind: "saving" });
              }}
              className="space-y-5"
              aria-label="Story"
            >
              {storyId && <input type="hidden" name="storyId" value={storyId} />}
              {!story && <input type="hidden" name="afterSave" value="edit" />}
              <input type="hidden" name="version" value={version} />
              {theirs && storyId && (
                <ConflictPanel
                  theirs={theirs}
                  timeZone={timeZone}
                  onKeepMine={keepMine}
                  reloadHref={`/admin/stories/${storyId}`}
                />
              )}
              {/* "Saved." is true until the next change. */}
              <FormMessage
                message={state.ok && saveStatus.kind !== "saved" ? undefined : state.message}
                ok={state.ok}
              />
              <div key={seed.key} className="space-y-5">
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
                    initialContent={initialBody}
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
              </div>
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
            </form>
            {belowText}
          </div>
          <SettingsPanel open={settingsOpen} onClose={closeSettings}>
            <div key={seed.key} className="space-y-5">
              <Field
                label="Slug"
                name="slug"
                errors={errors.slug}
                hint="The story's address. Left empty, it is made from the headline. A changed slug keeps the old address working."
              >
                {(props) => (
                  <input
                    {...props}
                    form={FORM_ID}
                    name="slug"
                    defaultValue={value("slug", story?.slug ?? "")}
                    className={inputClass}
                  />
                )}
              </Field>
              <Field label="Section" name="sectionId" errors={errors.sectionId}>
                {(props) => (
                  <select
                    {...props}
                    form={FORM_ID}
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
                    form={FORM_ID}
                    name="tags"
                    defaultValue={value("tags", story?.tags.join(", ") ?? "")}
                    className={inputClass}
                  />
                )}
              </Field>
              <AuthorPicker
                key={createdBylines.key}
                name="authorIds"
                form={FORM_ID}
                authors={authors}
                initial={initialBylines}
                errors={errors.authorIds}
                onChange={markChanged}
              />
              <HeroImageField
                form={FORM_ID}
                initial={initialHero}
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
                  form={FORM_ID}
                  label="SEO title"
                  name="seoTitle"
                  recommended={SEO_TITLE_LENGTH}
                  defaultValue={value("seoTitle", story?.seoTitle ?? "")}
                  hint="Shown in search results instead of the headline. Left empty, the headline is used."
                  errors={errors.seoTitle}
                />
                <CountedField
                  form={FORM_ID}
                  label="SEO description"
                  name="seoDescription"
                  recommended={SEO_DESCRIPTION_LENGTH}
                  defaultValue={value("seoDescription", story?.seoDescription ?? "")}
                  hint="Shown under the title in search results. Left empty, the dek is used."
                  errors={errors.seoDescription}
                  multiline
                />
              </fieldset>
            </div>
            {aside}
          </SettingsPanel>
        </div>
      </div>
    </SaveFirstContext>
  );
}
