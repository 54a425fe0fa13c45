import { expect, test } from "vitest";
import { countWords, documentText, readingMinutes } from "./word-count";

test("a document's words are counted across its paragraphs, marks and lists", () => {
  const document = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "The tide" },
          { type: "text", text: " was low." },
        ],
      },
      { type: "heading", content: [{ type: "text", text: "Noon" }] },
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] },
        ],
      },
    ],
  };
  expect(documentText(document)).toBe("The tide was low. Noon one");
  expect(countWords(documentText(document))).toBe(6);
  expect(countWords("  ")).toBe(0);
  expect(documentText(null)).toBe("");
});

test("reading time is whole minutes, at least one for any text", () => {
  expect(readingMinutes(0)).toBe(0);
  expect(readingMinutes(10)).toBe(1);
  expect(readingMinutes(1150)).toBe(5);
});
