"use client";
import { EditorContent, useEditor, useEditorState, type Editor, type JSONContent } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { MediaLibrary } from "@/components/admin/media/media-library";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { EMBED_PROVIDERS } from "@/lib/content/embed-providers.mjs";
import { embedAddressFromInput } from "@/lib/content/embeds";
import type { LibraryImage } from "@/lib/content/media-url";
import { isEmbeddableUrl, isSafeHref, normaliseTypedUrl } from "@/lib/content/safe-url";
import { OPEN_LINK_FORM_EVENT, storyEditorExtensions } from "./extensions";
import { insertBlock } from "./insert-block";
import { cleanPastedHtml } from "./paste";
import { Toolbar, type ToolbarButton } from "./toolbar";

type Panel = "link" | "embed" | "image" | null;

/**
 * The story body as rich text. The document travels to the server as JSON in
 * the hidden input `name`, where lib/validation/story.ts checks it again.
 */
export function RichTextEditor({
  name,
  labelId,
  describedBy,
  invalid,
  initialContent,
  library,
  onLibraryUpload,
  onChange,
}: {
  name: string;
  labelId: string;
  describedBy?: string;
  invalid?: boolean;
  initialContent: JSONContent | null;
  library: LibraryImage[];
  onLibraryUpload: (image: LibraryImage) => void;
  onChange: () => void;
}) {
  const id = useId();
  const [json, setJson] = useState(() => JSON.stringify(initialContent ?? { type: "doc", content: [] }));
  const [panel, setPanel] = useState<Panel>(null);
  const [address, setAddress] = useState("");
  const [embedTitle, setEmbedTitle] = useState("");
  const [addressError, setAddressError] = useState<string | null>(null);
  // Ctrl/Cmd-K in the editor sends an event; the listener, added once, calls the current opener.
  const openLinkRef = useRef<() => void>(() => {});
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = wrapper.current;
    const open = () => openLinkRef.current();
    element?.addEventListener(OPEN_LINK_FORM_EVENT, open);
    return () => element?.removeEventListener(OPEN_LINK_FORM_EVENT, open);
  }, []);

  const editor = useEditor({
    extensions: storyEditorExtensions,
    content: initialContent ?? "",
    // The server renders no editor; making it on the client only avoids a hydration mismatch.
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id: `${id}-body`,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        class:
          "prose prose-neutral dark:prose-invert min-h-72 max-w-none rounded-b border border-neutral-300 bg-white px-4 py-3 font-serif focus:outline-2 focus:outline-offset-2 dark:border-neutral-700 dark:bg-neutral-900",
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: updated }) => {
      setJson(JSON.stringify(updated.getJSON()));
      onChange();
    },
  });

  const openPanel = (next: Panel) => {
    setAddressError(null);
    if (next === "link" && editor) setAddress(String(editor.getAttributes("link").href ?? ""));
    else setAddress("");
    setEmbedTitle("");
    setPanel((current) => (current === next ? null : next));
  };
  useEffect(() => {
    openLinkRef.current = () => openPanel("link");
  });

  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current?.isActive("bold") ?? false,
      italic: current?.isActive("italic") ?? false,
      heading2: current?.isActive("heading", { level: 2 }) ?? false,
      heading3: current?.isActive("heading", { level: 3 }) ?? false,
      bulletList: current?.isActive("bulletList") ?? false,
      orderedList: current?.isActive("orderedList") ?? false,
      blockquote: current?.isActive("blockquote") ?? false,
      link: current?.isActive("link") ?? false,
    }),
  });

  const run = (command: (editor: Editor) => void) => () => {
    if (editor) command(editor);
  };

  const buttons: ToolbarButton[] = [
    {
      label: "Bold",
      text: "B",
      textClass: "font-bold",
      shortcut: "Ctrl+B",
      pressed: active?.bold,
      onClick: run((e) => e.chain().focus().toggleBold().run()),
    },
    {
      label: "Italic",
      text: "I",
      textClass: "font-serif italic",
      shortcut: "Ctrl+I",
      pressed: active?.italic,
      onClick: run((e) => e.chain().focus().toggleItalic().run()),
    },
    {
      label: "Heading 2",
      text: "Heading 2",
      shortcut: "Ctrl+Alt+2",
      pressed: active?.heading2,
      onClick: run((e) => e.chain().focus().toggleHeading({ level: 2 }).run()),
    },
    {
      label: "Heading 3",
      text: "Heading 3",
      shortcut: "Ctrl+Alt+3",
      pressed: active?.heading3,
      onClick: run((e) => e.chain().focus().toggleHeading({ level: 3 }).run()),
    },
    {
      label: "Bulleted list",
      text: "• Bulleted list",
      shortcut: "Ctrl+Shift+8",
      pressed: active?.bulletList,
      onClick: run((e) => e.chain().focus().toggleBulletList().run()),
    },
    {
      label: "Numbered list",
      text: "Numbered list",
      shortcut: "Ctrl+Shift+7",
      pressed: active?.orderedList,
      onClick: run((e) => e.chain().focus().toggleOrderedList().run()),
    },
    {
      label: "Quote",
      text: "Quote",
      shortcut: "Ctrl+Shift+B",
      pressed: active?.blockquote,
      onClick: run((e) => e.chain().focus().toggleBlockquote().run()),
    },
    {
      label: "Link",
      text: "Link",
      shortcut: "Ctrl+K",
      pressed: active?.link,
      expanded: panel === "link",
      controls: `${id}-panel`,
      onClick: () => openPanel("link"),
    },
    {
      label: "Image",
      text: "Image",
      expanded: panel === "image",
      controls: `${id}-panel`,
      onClick: () => openPanel("image"),
    },
    {
      label: "Embed a link",
      text: "Embed a link",
      expanded: panel === "embed",
      controls: `${id}-panel`,
      onClick: () => openPanel("embed"),
    },
    { label: "Undo", text: "↶", shortcut: "Ctrl+Z", onClick: run((e) => e.chain().focus().undo().run()) },
    {
      label: "Redo",
      text: "↷",
      shortcut: "Ctrl+Shift+Z",
      onClick: run((e) => e.chain().focus().redo().run()),
    },
  ];

  function applyLink() {
    if (!editor) return;
    const href = normaliseTypedUrl(address);
    if (!href) return removeLink();
    if (!isSafeHref(href)) {
      return setAddressError(
        "Use a web address (https://…), a mail address (mailto:…) or a path on this site (/…).",
      );
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    // With nothing selected, the address itself becomes the linked text.
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    focusNow(editor);
    setPanel(null);
  }

  function removeLink() {
    if (!editor) return;
    editor.chain().extendMarkRange("link").unsetLink().run();
    focusNow(editor);
    setPanel(null);
  }

  // An image or embed goes in as a block with the caret after it (insert-block.ts).
  function insertBlockNode(content: JSONContent) {
    if (!editor) return;
    editor
      .chain()
      .command(({ tr }) => {
        insertBlock(tr, tr.doc.type.schema.nodeFromJSON(content));
        return true;
      })
      .run();
    focusNow(editor);
  }

  function insertEmbed() {
    const url = embedAddressFromInput(address);
    if (!isEmbeddableUrl(url)) return setAddressError("Use a web address starting with https://.");
    insertBlockNode({ type: "embed", attrs: { url, title: embedTitle.trim() || null } });
    setPanel(null);
  }

  function insertImage(image: LibraryImage) {
    insertBlockNode({
      type: "figure",
      attrs: {
        src: image.src,
        alt: image.alt,
        width: image.width,
        height: image.height,
        mediaId: image.id,
      },
    });
    setPanel(null);
  }

  // Enter in the panel's field applies it instead of submitting the story form.
  const onAddressKey = (apply: () => void) => (event: React.KeyboardEvent) => {
    if (event.key === "Enter") {
      event.preventDefault();
      apply();
    } else if (event.key === "Escape") {
      event.preventDefault();
      setPanel(null);
      if (editor) focusNow(editor);
    }
  };

  return (
    <div ref={wrapper}>
      <input type="hidden" name={name} value={json} />
      <Toolbar label="Formatting" controls={`${id}-body`} buttons={buttons} />
      <div id={`${id}-panel`}>
        {panel === "link" && (
          <AddressPanel
            id={`${id}-address`}
            label="Link address"
            value={address}
            error={addressError}
            onChange={setAddress}
            onKeyDown={onAddressKey(applyLink)}
          >
            <button type="button" onClick={applyLink} className={secondaryButtonClass}>
              Apply link
            </button>
            {active?.link && (
              <button type="button" onClick={removeLink} className={secondaryButtonClass}>
                Remove link
              </button>
            )}
          </AddressPanel>
        )}
        {panel === "embed" && (
          <AddressPanel
            id={`${id}-address`}
            label="Address to embed"
            value={address}
            error={addressError}
            onChange={setAddress}
            onKeyDown={onAddressKey(insertEmbed)}
            hint={`${embeddableNames} addresses show their player; any other address becomes a link card.`}
          >
            <div className="min-w-48 flex-1 sm:max-w-64">
              <label htmlFor={`${id}-embed-title`} className="block text-sm">
                Embed title (optional)
              </label>
              <input
                id={`${id}-embed-title`}
                value={embedTitle}
                onChange={(event) => setEmbedTitle(event.target.value)}
                onKeyDown={onAddressKey(insertEmbed)}
                maxLength={300}
                className={inputClass}
              />
            </div>
            <button type="button" onClick={insertEmbed} className={secondaryButtonClass}>
              Insert embed
            </button>
          </AddressPanel>
        )}
        {panel === "image" && (
          <div className="border-x border-neutral-300 p-2 dark:border-neutral-700">
            <MediaLibrary
              images={library}
              chooseLabel="Insert"
              onChoose={insertImage}
              onUploaded={onLibraryUpload}
            />
            <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
              The image goes in at the caret, and the caret moves to a new paragraph under it. Click the box
              under the image to type its caption.
            </p>
          </div>
        )}
      </div>
      <EditorContent editor={editor} />
      {!editor && (
        <div aria-hidden className="min-h-72 rounded-b border border-neutral-300 dark:border-neutral-700" />
      )}
    </div>
  );
}

// "YouTube, Vimeo, …, DocumentCloud and Google Maps", for the embed panel's hint.
const embeddableNames = new Intl.ListFormat("en-GB", { type: "conjunction" }).format(
  EMBED_PROVIDERS.map((provider) => provider.name),
);

function AddressPanel({
  id,
  label,
  value,
  error,
  hint,
  onChange,
  onKeyDown,
  children,
}: {
  id: string;
  label: string;
  value: string;
  error: string | null;
  hint?: string;
  onChange: (value: string) => void;
  onKeyDown: (event: React.KeyboardEvent) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end gap-2 border-x border-neutral-300 bg-neutral-50 p-2 dark:border-neutral-700 dark:bg-neutral-900">
      <div className="min-w-64 flex-1">
        <label htmlFor={id} className="block text-sm">
          {label}
        </label>
        {/* Not type="url": the browser would then check it when the story form is submitted. */}
        <input
          id={id}
          inputMode="url"
          autoFocus
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].join(" ").trim() || undefined
          }
          className={inputClass}
        />
        {hint && (
          <p id={`${id}-hint`} className="text-xs text-neutral-600 dark:text-neutral-400">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </div>
      {children}
    </div>
  );
}

/**
 * Gives the text the focus before the panel closes. Tiptap's `focus` command
 * waits for the next animation frame; a keystroke typed before it went to the
 * panel's button as it was removed, and was lost.
 */
function focusNow(editor: Editor) {
  editor.view.focus();
  editor.commands.scrollIntoView();
}
