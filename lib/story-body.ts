/**
 * A story's body is stored as structured rich text: a ProseMirror document as
 * the Tiptap editor writes it. This module turns it into the sanitised HTML
 * readers get and the plain text search and summaries use, and converts the
 * plain-text form editors type into it.
 */
import sanitizeHtml from "sanitize-html";
import { z } from "zod";

export type Mark = { type: string; attrs?: Record<string, unknown> };
export type BodyNode = {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: Mark[];
  content?: BodyNode[];
};
export type BodyDocument = { type: "doc"; content: BodyNode[] };

const nodeSchema: z.ZodType<BodyNode> = z.lazy(() =>
  z.object({
    type: z.string(),
    text: z.string().optional(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    marks: z.array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    content: z.array(nodeSchema).optional(),
  }),
);
export const bodyDocumentSchema = z.object({ type: z.literal("doc"), content: z.array(nodeSchema) });

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

function renderMarks(text: string, marks: Mark[] = []): string {
  return marks.reduce((html, mark) => {
    switch (mark.type) {
      case "bold":
        return `<strong>${html}</strong>`;
      case "italic":
        return `<em>${html}</em>`;
      case "link": {
        const href = typeof mark.attrs?.href === "string" ? mark.attrs.href : "";
        return `<a href="${escapeHtml(href)}">${html}</a>`;
      }
      default:
        return html;
    }
  }, escapeHtml(text));
}

function renderNode(node: BodyNode): string {
  const inner = () => (node.content ?? []).map(renderNode).join("");
  switch (node.type) {
    case "text":
      return renderMarks(node.text ?? "", node.marks);
    case "paragraph":
      return `<p>${inner()}</p>`;
    case "heading": {
      const level = Math.min(Math.max(Number(node.attrs?.level) || 2, 2), 4);
      return `<h${level}>${inner()}</h${level}>`;
    }
    case "blockquote":
      return `<blockquote>${inner()}</blockquote>`;
    case "bulletList":
      return `<ul>${inner()}</ul>`;
    case "orderedList":
      return `<ol>${inner()}</ol>`;
    case "listItem":
      return `<li>${inner()}</li>`;
    case "hardBreak":
      return "<br>";
    default:
      return inner();
  }
}

const allowedHtml: sanitizeHtml.IOptions = {
  allowedTags: ["p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "strong", "em", "a", "br", "figure", "figcaption", "img"],
  allowedAttributes: { a: ["href", "rel"], img: ["src", "alt", "width", "height"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }) },
};

/** The body as HTML, sanitised whatever the document holds. */
export function renderBodyHtml(document: BodyDocument): string {
  return sanitizeHtml(document.content.map(renderNode).join(""), allowedHtml);
}

function nodeText(node: BodyNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(nodeText).join("");
}

/** The body as plain text, one block a paragraph. */
export function bodyToText(document: BodyDocument): string {
  return document.content.map(nodeText).join("\n\n");
}

/**
 * The plain-text form editors type: blocks separated by a blank line; a block
 * starting with "## " is a subheading, one starting with "> " a quotation.
 */
export function textToBody(text: string): BodyDocument {
  const blocks = text
    .replaceAll("\r\n", "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const inline = (value: string): BodyNode[] => (value ? [{ type: "text", text: value }] : []);
  return {
    type: "doc",
    content: blocks.map((block): BodyNode => {
      if (block.startsWith("## ")) {
        return { type: "heading", attrs: { level: 2 }, content: inline(block.slice(3).trim()) };
      }
      if (block.startsWith("> ")) {
        const quoted = block.replace(/^> ?/gm, "").trim();
        return { type: "blockquote", content: [{ type: "paragraph", content: inline(quoted) }] };
      }
      return { type: "paragraph", content: inline(block.replace(/\s*\n\s*/g, " ")) };
    }),
  };
}

/** The editable plain-text form of a document (the inverse of textToBody). */
export function bodyToEditableText(document: BodyDocument): string {
  return document.content
    .map((node) => {
      if (node.type === "heading") return `## ${nodeText(node)}`;
      if (node.type === "blockquote") return `> ${nodeText(node)}`;
      return nodeText(node);
    })
    .join("\n\n");
}

/** Minutes a reader needs at about 230 words a minute; never less than one. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
