"use client";
import { useEditorState, type Editor } from "@tiptap/react";
import type { ToolbarButton } from "./toolbar";

/** The panels the toolbar opens under itself. */
export type Panel = "link" | "embed" | "image" | null;

/** Which formats the selection has, for the toolbar's pressed buttons. */
export function useActiveFormats(editor: Editor | null) {
  return useEditorState({
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
}

type ActiveFormats = ReturnType<typeof useActiveFormats>;

/** Buttons that change the text: the command runs on the editor, which takes the focus back. */
function formatButtons(editor: Editor | null, active: ActiveFormats): ToolbarButton[] {
  const run = (command: (editor: Editor) => void) => () => {
    if (editor) command(editor);
  };
  const format = (
    label: string,
    text: string,
    shortcut: string,
    pressed: boolean | undefined,
    command: (editor: Editor) => void,
    textClass?: string,
  ): ToolbarButton => ({ label, text, shortcut, pressed, textClass, onClick: run(command) });
  return [
    format("Bold", "B", "Ctrl+B", active?.bold, (e) => e.chain().focus().toggleBold().run(), "font-bold"),
    format(
      "Italic",
      "I",
      "Ctrl+I",
      active?.italic,
      (e) => e.chain().focus().toggleItalic().run(),
      "font-serif italic",
    ),
    format("Heading 2", "Heading 2", "Ctrl+Alt+2", active?.heading2, (e) =>
      e.chain().focus().toggleHeading({ level: 2 }).run(),
    ),
    format("Heading 3", "Heading 3", "Ctrl+Alt+3", active?.heading3, (e) =>
      e.chain().focus().toggleHeading({ level: 3 }).run(),
    ),
    format("Bulleted list", "• Bulleted list", "Ctrl+Shift+8", active?.bulletList, (e) =>
      e.chain().focus().toggleBulletList().run(),
    ),
    format("Numbered list", "Numbered list", "Ctrl+Shift+7", active?.orderedList, (e) =>
      e.chain().focus().toggleOrderedList().run(),
    ),
    format("Quote", "Quote", "Ctrl+Shift+B", active?.blockquote, (e) =>
      e.chain().focus().toggleBlockquote().run(),
    ),
  ];
}

/**
 * The body's toolbar, in order: formats, then the buttons that open a panel
 * (link, image, embed), then undo and redo.
 */
export function toolbarButtons({
  editor,
  active,
  panel,
  panelId,
  openPanel,
}: {
  editor: Editor | null;
  active: ActiveFormats;
  panel: Panel;
  panelId: string;
  openPanel: (panel: Panel) => void;
}): ToolbarButton[] {
  const opens = (next: Panel) => ({
    expanded: panel === next,
    controls: panelId,
    onClick: () => openPanel(next),
  });
  const run = (command: (editor: Editor) => void) => () => {
    if (editor) command(editor);
  };
  return [
    ...formatButtons(editor, active),
    { label: "Link", text: "Link", shortcut: "Ctrl+K", pressed: active?.link, ...opens("link") },
    { label: "Image", text: "Image", ...opens("image") },
    { label: "Embed a link", text: "Embed a link", ...opens("embed") },
    { label: "Undo", text: "↶", shortcut: "Ctrl+Z", onClick: run((e) => e.chain().focus().undo().run()) },
    {
      label: "Redo",
      text: "↷",
      shortcut: "Ctrl+Shift+Z",
      onClick: run((e) => e.chain().focus().redo().run()),
    },
  ];
}
