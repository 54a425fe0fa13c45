/**
 * How an image or an embed goes into the story: as a block at the caret,
 * with the caret after it, ready for the next paragraph. Never inside the
 * new block's caption, never with the block selected (where the next
 * keystroke would replace it).
 */
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { NodeSelection, TextSelection, type Transaction } from "@tiptap/pm/state";

export function insertBlock(tr: Transaction, block: ProseMirrorNode): Transaction {
  const paragraph = () => tr.doc.type.schema.nodes.paragraph!.create();
  // Selected words are replaced; a selected block stays, and the new one goes after it.
  if (!tr.selection.empty && !(tr.selection instanceof NodeSelection)) tr.deleteSelection();
  const { $from } = tr.selection;
  const parent = $from.parent;
  // Caret in a paragraph or heading of the story itself (not in a list, a quotation or a caption).
  const inTopLevelText = $from.depth === 1 && ["paragraph", "heading"].includes(parent.type.name);
  let caret: number;
  if (inTopLevelText && parent.type.name === "paragraph" && parent.content.size === 0) {
    // An empty paragraph: the block takes its place, and an empty one follows it.
    const start = $from.before();
    tr.replaceWith(start, $from.after(), [block, paragraph()]);
    caret = start + block.nodeSize + 1;
  } else if (inTopLevelText && $from.parentOffset === 0) {
    // At the start of a paragraph: the block goes before it, the caret stays where the words are.
    const start = $from.before();
    tr.insert(start, block);
    caret = start + block.nodeSize + 1;
  } else if (inTopLevelText && $from.parentOffset < parent.content.size) {
    // Inside a paragraph: it is split, and the block goes between the halves.
    const at = $from.pos;
    tr.split(at);
    tr.insert(at + 1, block);
    caret = at + 1 + block.nodeSize + 1;
  } else {
    // At the end of a block, in a list, quotation or caption, or with a block selected:
    // after the top-level block, with a new paragraph.
    const at = $from.depth === 0 ? tr.selection.to : $from.after(1);
    tr.insert(at, [block, paragraph()]);
    caret = at + block.nodeSize + 1;
  }
  return tr.setSelection(TextSelection.create(tr.doc, caret)).scrollIntoView();
}
