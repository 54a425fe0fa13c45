import { getSchema } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { EditorState, NodeSelection, TextSelection } from "@tiptap/pm/state";
import { describe, expect, test } from "vitest";
import { storyEditorExtensions } from "@/components/admin/editor/extensions";
import { insertBlock } from "@/components/admin/editor/insert-block";

const schema = getSchema(storyEditorExtensions);
const embed = () => schema.nodes.embed!.create({ url: "https://youtu.be/dQw4w9WgXcQ" });
const p = (text = "") => schema.nodes.paragraph!.create(null, text ? schema.text(text) : undefined);

/** The document's blocks as short strings, and the block the caret is in and where. */
function insert(blocks: ProseMirrorNode[], place: (doc: ProseMirrorNode) => TextSelection | NodeSelection) {
  const doc = schema.nodes.doc!.create(null, blocks);
  const state = EditorState.create({ doc, selection: place(doc) });
  const after = state.apply(insertBlock(state.tr, embed()));
  const { $from } = after.selection;
  return {
    blocks: after.doc.children.map((block) =>
      block.type.name === "embed" ? "[embed]" : `${block.type.name}:${block.textContent}`,
    ),
    caret: {
      index: $from.index(0),
      text: $from.parent.textContent,
      offset: $from.parentOffset,
      empty: after.selection.empty,
    },
  };
}

describe("inserting a block", () => {
  test("into an empty paragraph: the block takes its place, and the caret is in a new paragraph under it", () => {
    expect(insert([p("Before."), p()], (doc) => TextSelection.create(doc, doc.content.size - 1))).toEqual({
      blocks: ["paragraph:Before.", "[embed]", "paragraph:"],
      caret: { index: 2, text: "", offset: 0, empty: true },
    });
  });

  test("at the end of a paragraph: after it, with a new paragraph for the caret", () => {
    expect(insert([p("Before."), p("Next.")], (doc) => TextSelection.create(doc, 8))).toEqual({
      blocks: ["paragraph:Before.", "[embed]", "paragraph:", "paragraph:Next."],
      caret: { index: 2, text: "", offset: 0, empty: true },
    });
  });

  test("inside a paragraph: between its halves, the caret at the start of the second", () => {
    expect(insert([p("One two")], (doc) => TextSelection.create(doc, 4))).toEqual({
      blocks: ["paragraph:One", "[embed]", "paragraph: two"],
      caret: { index: 2, text: " two", offset: 0, empty: true },
    });
  });

  test("at the start of a paragraph: before it, the caret staying with the words", () => {
    expect(insert([p("Words.")], (doc) => TextSelection.create(doc, 1))).toEqual({
      blocks: ["[embed]", "paragraph:Words."],
      caret: { index: 1, text: "Words.", offset: 0, empty: true },
    });
  });

  test("with a block selected: after it, never replacing it", () => {
    expect(insert([embed(), p("Words.")], (doc) => NodeSelection.create(doc, 0))).toEqual({
      blocks: ["[embed]", "[embed]", "paragraph:", "paragraph:Words."],
      caret: { index: 2, text: "", offset: 0, empty: true },
    });
  });

  test("in an image's caption: after the image, not in the caption", () => {
    const figure = schema.nodes.figure!.create(
      { src: "/media/a/b.jpg", alt: "A", width: 10, height: 10 },
      schema.text("Caption"),
    );
    expect(insert([figure], (doc) => TextSelection.create(doc, 4))).toEqual({
      blocks: ["figure:Caption", "[embed]", "paragraph:"],
      caret: { index: 2, text: "", offset: 0, empty: true },
    });
  });

  test("in a list: after the list", () => {
    const list = schema.nodes.bulletList!.create(null, schema.nodes.listItem!.create(null, p("Item")));
    expect(insert([list], (doc) => TextSelection.create(doc, 4))).toEqual({
      blocks: ["bulletList:Item", "[embed]", "paragraph:"],
      caret: { index: 2, text: "", offset: 0, empty: true },
    });
  });
});
