import { describe, expect, test } from "vitest";
import { bodyToEditableText, bodyToText, readingMinutes, renderBodyHtml, textToBody, type BodyDocument } from "./story-body";

describe("story bodies", () => {
  test("typed text becomes paragraphs, subheadings and quotations, and back", () => {
    const text = "First paragraph\ncontinues here.\n\n## A subheading\n\n> A quotation.";
    const body = textToBody(text);
    expect(renderBodyHtml(body)).toBe(
      "<p>First paragraph continues here.</p><h2>A subheading</h2><blockquote><p>A quotation.</p></blockquote>",
    );
    expect(bodyToEditableText(body)).toBe("First paragraph continues here.\n\n## A subheading\n\n> A quotation.");
    expect(bodyToText(body)).toContain("A subheading");
  });

  test("markup in the text is shown as text, never run", () => {
    const html = renderBodyHtml(textToBody('<img src=x onerror="alert(1)"> and <script>alert(2)</script>'));
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;");
  });

  test("links keep safe addresses only", () => {
    const linked = (href: string): BodyDocument => ({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "here", marks: [{ type: "link", attrs: { href } }] }] }],
    });
    expect(renderBodyHtml(linked("javascript:alert(1)"))).toBe("<p><a rel=\"noopener noreferrer\">here</a></p>");
    expect(renderBodyHtml(linked("https://example.com/a?b=1&c=2"))).toBe(
      '<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">here</a></p>',
    );
  });

  test("reading time is at least a minute", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("word ".repeat(690))).toBe(3);
  });
});
