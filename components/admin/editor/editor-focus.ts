import type { Editor, JSONContent } from "@tiptap/react";
import { insertBlock } from "./insert-block";

/**
 * Gives the text the focus before a panel closes. Tiptap's `focus` command
 * waits for the next animation frame; a keystroke typed before it went to the
 * panel's button as it was removed, and was lost.
 */
export function focusNow(editor: Editor) {
  editor.view.focus();
  editor.commands.scrollIntoView();
}

/** An image or embed goes in as a block with the caret after it (insert-block.ts), and the text has the focus. */
export function insertBlockNode(editor: Editor, content: JSONContent) {
  editor
    .chain()
    .command(({ tr }) => {
      insertBlock(tr, tr.doc.type.schema.nodeFromJSON(content));
      return true;
    })
    .run();
  focusNow(editor);
}
