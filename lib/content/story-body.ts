/**
 * A story's body is stored as structured rich text: a ProseMirror document as
 * the Tiptap editor writes it. This module checks such a document against the
 * short list of things a story may contain, turns it into the sanitised HTML
 * readers get and the plain text search, summaries and revision diffs use,
 * and converts plain typed text into it.
 */
import sanitizeHtml from "sanitize-html";
import { z } from "zod";
import { FRAME_REFERRER_POLICY, FRAME_SANDBOX, providerOfFrame } from "./embed-providers.mjs";
import { describeEmbed, frameBoxStyle, frameWidthStyle } from "./embeds";
import { isMediaSrc } from "./media-url";
import { isEmbeddableUrl, isSafeHref } from "./safe-url";

export { isEmbeddableUrl, isSafeHref };

export type Mark = { type: string; attrs?: Record<string, unknown> };
export type BodyNode = {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: Mark[];
  content?: BodyNode[];
};
export type BodyDocument = { type: "doc"; content: BodyNode[] };

// The schema names every node and mark the editor can make. Anything else is
// refused, and attributes it does not name are dropped.
const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({ type: z.literal("link"), attrs: z.object({ href: z.string().trim().max(2000) }) }),
]);

const textNode = z.object({
  type: z.literal("text"),
  text: z.string().min(1).max(100_000),
  // An unsafe link is dropped, keeping its words.
  marks: z
    .array(markSchema)
    .max(3)
    .optional()
    .transform((marks) => {
      const kept = marks?.filter((mark) => mark.type !== "link" || isSafeHref(mark.attrs.href));
      return kept?.length ? kept : undefined;
    }),
});
const hardBreakNode = z.object({ type: z.literal("hardBreak") });
const inlineNode = z.discriminatedUnion("type", [textNode, hardBreakNode]);
const inlineContent = z.array(inlineNode).max(10_000).optional();

const blockNode: z.ZodType<BodyNode> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("paragraph"), content: inlineContent }),
    z.object({
      type: z.literal("heading"),
      attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }),
      content: inlineContent,
    }),
    z.object({ type: z.literal("blockquote"), content: z.array(blockNode).min(1).max(1000) }),
    z.object({ type: z.literal("bulletList"), content: z.array(listItemNode).min(1).max(1000) }),
    z.object({
      type: z.literal("orderedList"),
      attrs: z.object({ start: z.number().int().min(0).max(100_000).optional() }).optional(),
      content: z.array(listItemNode).min(1).max(1000),
    }),
    z.object({
      type: z.literal("figure"),
      attrs: z.object({
        src: z.string().refine(isMediaSrc, "An image in the body must come from the media library."),
        alt: z.string().trim().min(1, "Every image needs alt text.").max(300),
        width: z.number().int().positive().max(10_000),
        height: z.number().int().positive().max(10_000),
        mediaId: z.string().max(64).nullish(),
      }),
      // The caption.
      content: inlineContent,
    }),
    z.object({
      type: z.literal("embed"),
      attrs: z.object({
        url: z.string().trim().max(2000).refine(isEmbeddableUrl, "An embed needs a web address."),
        // The link card's title, or the player's, for screen readers. Older embeds have none.
        title: z.string().trim().max(300).nullish(),
      }),
    }),
  ]),
);
const listItemNode: z.ZodType<BodyNode> = z.lazy(() =>
  z.object({ type: z.literal("listItem"), content: z.array(blockNode).min(1).max(1000) }),
);

/** A body the site can publish: only the nodes and marks the editor makes. */
export const bodyDocumentSchema: z.ZodType<BodyDocument> = z.object({
  type: z.literal("doc"),
  content: z.array(blockNode).max(10_000),
});

/** Why a document was refused, in words for the editor's message. */
export function describeBodyProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  // Our own checks explain themselves; the rest means a node or mark the editor never makes.
  return issue?.code === "custom" ? issue.message : "It holds content the editor cannot make.";
}

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
        const href = typeof mark.attrs?.href === "string" ? mark.attrs.href.trim() : "";
        return isSafeHref(href) ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
      }
      default:
        return html;
    }
  }, escapeHtml(text));
}

const numberAttr = (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) ? Math.round(value) : null;
const stringAttr = (value: unknown) => (typeof value === "string" ? value : "");

function renderFigure(node: BodyNode, caption: string): string {
  const src = stringAttr(node.attrs?.src);
  if (!isMediaSrc(src)) return caption ? `<p>${caption}</p>` : "";
  const width = numberAttr(node.attrs?.width);
  const height = numberAttr(node.attrs?.height);
  const size = width && height ? ` width="${width}" height="${height}"` : "";
  const image = `<img src="${escapeHtml(src)}" alt="${escapeHtml(stringAttr(node.attrs?.alt))}"${size} loading="lazy" decoding="async">`;
  return `<figure>${image}${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
}

/**
 * A provider's player in a box of its shape, with a link to the page under
 * it (for readers whose browser shows no frames), or a card linking out.
 * Stories saved before players existed keep the quotation-shaped card they
 * were published with (blockquote.link-embed); saving them again renders this.
 */
function renderEmbed(node: BodyNode): string {
  const embed = describeEmbed(stringAttr(node.attrs?.url), stringAttr(node.attrs?.title));
  if (!embed) return "";
  const href = escapeHtml(embed.url);
  if (embed.kind === "card") {
    return (
      `<div class="link-card not-prose"><a class="link-card-link" href="${href}">` +
      `<span class="link-card-title">${escapeHtml(embed.title)}</span>` +
      `<span class="link-card-host">${escapeHtml(embed.host)}</span></a></div>`
    );
  }
  const width = frameWidthStyle(embed.size);
  const caption = embed.caption ? `${escapeHtml(embed.caption)} · ` : "";
  return (
    `<figure class="embed"${width ? ` style="${width}"` : ""}>` +
    `<div class="embed-frame" style="${frameBoxStyle(embed.size)}">` +
    `<iframe src="${escapeHtml(embed.src)}" title="${escapeHtml(embed.frameTitle)}"></iframe></div>` +
    `<figcaption>${caption}<a href="${href}">Open on ${escapeHtml(embed.provider.name)}</a></figcaption></figure>`
  );
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
    case "orderedList": {
      const start = numberAttr(node.attrs?.start);
      return start !== null && start !== 1 ? `<ol start="${start}">${inner()}</ol>` : `<ol>${inner()}</ol>`;
    }
    case "listItem":
      return `<li>${inner()}</li>`;
    case "hardBreak":
      return "<br>";
    case "figure":
      return renderFigure(node, inner());
    case "embed":
      return renderEmbed(node);
    default:
      return inner();
  }
}

const allowedHtml: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "a",
    "br",
    "figure",
    "figcaption",
    "img",
    "div",
    "span",
    "iframe",
  ],
  allowedAttributes: {
    a: ["href", "rel", "class"],
    img: ["src", "alt", "width", "height", "loading", "decoding"],
    ol: ["start"],
    blockquote: ["class"],
    figure: ["class", "style"],
    div: ["class", "style"],
    span: ["class"],
    iframe: ["src", "title", "loading", "allow", "allowfullscreen", "referrerpolicy", "sandbox"],
  },
  allowedClasses: {
    blockquote: ["link-embed"],
    figure: ["embed"],
    div: ["embed-frame", "link-card", "not-prose"],
    a: ["link-card-link"],
    span: ["link-card-title", "link-card-host"],
  },
  // The shapes of embed boxes (lib/content/embeds.ts), and nothing else.
  allowedStyles: {
    figure: { "max-width": [/^\d{2,4}px$/] },
    div: { "aspect-ratio": [/^\d{1,4} \/ \d{1,4}$/], height: [/^\d{2,4}px$/] },
  },
  allowedSchemes: ["http", "https", "mailto"],
  // Images come from this site's media route only: no scheme at all.
  allowedSchemesByTag: { img: [], iframe: ["https"] },
  allowProtocolRelative: false,
  allowIframeRelativeUrls: false,
  transformTags: {
    // A link card links out to a page nobody here vouches for.
    a: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...attribs,
        rel: attribs.class === "link-card-link" ? "noopener noreferrer nofollow" : "noopener noreferrer",
      },
    }),
    // A frame keeps its address and title only if a provider claims the
    // address, and gets the same fixed attributes whatever it came with.
    iframe: (tagName, attribs): sanitizeHtml.Tag => {
      const src = attribs.src ?? "";
      const provider = providerOfFrame(src);
      if (!provider) return { tagName, attribs: {} };
      return {
        tagName,
        attribs: {
          src,
          title: attribs.title || `${provider.name} ${provider.kind}`,
          loading: "lazy",
          allow: provider.allow,
          allowfullscreen: "",
          referrerpolicy: FRAME_REFERRER_POLICY,
          sandbox: FRAME_SANDBOX,
        },
      };
    },
  },
  // What is left of a frame no provider claims goes, with whatever it held.
  exclusiveFilter: (frame) => frame.tag === "iframe" && !providerOfFrame(frame.attribs.src ?? ""),
};

/** HTML made safe for a story body: only what the renderer makes, and frames only from known providers. */
export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, allowedHtml);
}

/** The body as HTML, sanitised whatever the document holds. */
export function renderBodyHtml(document: BodyDocument): string {
  return sanitizeBodyHtml(document.content.map(renderNode).join(""));
}

function nodeText(node: BodyNode): string {
  switch (node.type) {
    case "text":
      return node.text ?? "";
    case "hardBreak":
      return "\n";
    case "paragraph":
    case "heading":
    case "figure":
      return (node.content ?? []).map(nodeText).join("");
    case "embed":
      return [stringAttr(node.attrs?.title).trim(), stringAttr(node.attrs?.url)].filter(Boolean).join("\n");
    default:
      // Containers (quotes, lists, list items): one line a block.
      return (node.content ?? []).map(nodeText).filter(Boolean).join("\n");
  }
}

/** The body as plain text, one block a paragraph. */
export function bodyToText(document: BodyDocument): string {
  return document.content.map(nodeText).filter(Boolean).join("\n\n");
}

/** True when the document holds words or an image: something worth saving as a story. */
export function hasBodyContent(document: BodyDocument): boolean {
  const visit = (node: BodyNode): boolean =>
    (node.type === "text" && Boolean(node.text?.trim())) ||
    node.type === "figure" ||
    node.type === "embed" ||
    (node.content ?? []).some(visit);
  return document.content.some(visit);
}

/**
 * Plain typed text as a document: blocks separated by a blank line; a block
 * starting with "## " is a subheading, one starting with "> " a quotation.
 * Scripts and tests write bodies this way.
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

/** Minutes a reader needs at about 230 words a minute; never less than one. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
