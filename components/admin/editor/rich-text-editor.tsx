"use client";
import { EditorContent, useEditor, type JSONContent } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import type { LibraryImage } from "@/lib/content/media-url";
import { OPEN_LINK_FORM_EVENT, storyEditorExtensions } from "./extensions";
import { toolbarButtons, useActiveFormats, type Panel } from "./format-buttons";
import { EmbedPanel, ImagePanel, LinkPanel } from "./insert-panels";
import { cleanPastedHtml } from "./paste";
import { Toolbar } from "./toolbar";

/** Ctrl/Cmd-K in the editor sends an event; the listener, added once, calls the current opener. */
function useOpenLinkShortcut(wrapper: React.RefObject<HTMLDivElement | null>, open: () => void) {
  const openLinkRef = useRef(open);
  useEffect(() => {
    openLinkRef.current = open;
  });
  useEffect(() => {
    const element = wrapper.current;
    const listener = () => openLinkRef.current();
    element?.addEventListener(OPEN_LINK_FORM_EVENT, listener);
    return () => element?.removeEventListener(OPEN_LINK_FORM_EVENT, listener);
  }, [wrapper]);
}

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
  const wrapper = useRef<HTMLDivElement>(null);
  const openPanel = (next: Panel) => setPanel((current) => (current === next ? null : next));
  const closePanel = () => setPanel(null);
  useOpenLinkShortcut(wrapper, () => openPanel("link"));

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
  const active = useActiveFormats(editor);
  const buttons = toolbarButtons({ editor, active, panel, panelId: `${id}-panel`, openPanel });

  return (
    <div ref={wrapper}>
      <input type="hidden" name={name} value={json} />
      <Toolbar label="Formatting" controls={`${id}-body`} buttons={buttons} />
      <div id={`${id}-panel`}>
        {editor && panel === "link" && (
          <LinkPanel
            editor={editor}
            id={`${id}-address`}
            linked={Boolean(active?.link)}
            onClose={closePanel}
          />
        )}
        {editor && panel === "embed" && (
          <EmbedPanel editor={editor} id={`${id}-address`} onClose={closePanel} />
        )}
        {editor && panel === "image" && (
          <ImagePanel
            editor={editor}
            library={library}
            onLibraryUpload={onLibraryUpload}
            onClose={closePanel}
          />
        )}
      </div>
      <EditorContent editor={editor} />
      {!editor && (
        <div aria-hidden className="min-h-72 rounded-b border border-neutral-300 dark:border-neutral-700" />
      )}
    </div>
  );
}
