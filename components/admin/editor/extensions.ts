/**
 * What the story editor can make: the nodes and marks lib/story-body.ts
 * accepts, and nothing else. Pasted content is parsed against this schema, so
 * whatever it does not name (fonts, colours, tables, scripts, frames) is dropped.
 */
import { Extension, Node, type Extensions } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { isMediaSrc } from "@/lib/media-url";
import { isEmbeddableUrl, isSafeHref, normaliseTypedUrl } from "@/lib/safe-url";

// Attributes the node's own rule reads and its renderHTML writes, never copied to the outer element.
const nodeAttribute = (fallback: unknown = null) => ({
  default: fallback,
  parseHTML: () => null,
  renderHTML: () => ({}),
});

const positiveNumber = (value: string | null | undefined) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
};

/** An image from the media library with its caption, typed under it. */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  content: "inline*",
  marks: "bold italic link",
  draggable: true,
  isolating: true,
  selectable: true,

  addAttributes() {
    return {
      src: nodeAttribute(),
      alt: nodeAttribute(""),
      width: nodeAttribute(),
      height: nodeAttribute(),
      mediaId: nodeAttribute(),
    };
  },

  parseHTML() {
    return [
      {
        tag: "figure",
        contentElement: "figcaption",
        getAttrs: (element) => {
          const image = element.querySelector("img");
          const src = image?.getAttribute("src") ?? "";
          const width = positiveNumber(image?.getAttribute("width"));
          const height = positiveNumber(image?.getAttribute("height"));
          // Only the newsroom's own images: a figure pasted from elsewhere keeps its caption as text.
          if (!isMediaSrc(src) || !width || !height) return false;
          return { src, alt: image?.getAttribute("alt") ?? "", width, height };
        },
      },
    ];
  },

  renderHTML({ node }) {
    const { src, alt, width, height } = node.attrs as {
      src: string;
      alt: string;
      width: number;
      height: number;
    };
    return [
      "figure",
      { class: "my-6 rounded border border-neutral-200 p-2 dark:border-neutral-700" },
      ["img", { src: isMediaSrc(src) ? src : "", alt, width, height, class: "m-0 h-auto max-w-full" }],
      [
        "figcaption",
        {
          class:
            "mt-2 min-h-6 border-t border-dashed border-neutral-300 pt-1 text-sm text-neutral-600 dark:text-neutral-400",
          "data-caption": "",
        },
        0,
      ],
    ];
  },
});

/** A link shown as a card: third-party frames are forbidden by the site's CSP. */
export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return { url: nodeAttribute("") };
  },

  parseHTML() {
    return [
      {
        tag: "blockquote.link-embed",
        // Before the plain quotation, which would otherwise claim it.
        priority: 60,
        getAttrs: (element) => {
          const url = element.querySelector("a[href]")?.getAttribute("href") ?? "";
          return isEmbeddableUrl(url) ? { url } : false;
        },
      },
    ];
  },

  renderHTML({ node }) {
    const url = String(node.attrs.url ?? "");
    const safe = isEmbeddableUrl(url);
    return [
      "blockquote",
      { class: "link-embed", "data-embed": "" },
      ["p", {}, ["strong", {}, safe ? new URL(url).hostname : "Link"]],
      ["p", {}, safe ? ["a", { href: url, rel: "noopener noreferrer nofollow" }, url] : ["span", {}, url]],
    ];
  },
});

/** The event Ctrl/Cmd-K sends from the editor; the component around it opens the link form. */
export const OPEN_LINK_FORM_EVENT = "story-editor:open-link-form";

const LinkShortcut = Extension.create({
  name: "linkShortcut",
  addKeyboardShortcuts() {
    return {
      "Mod-k": () => {
        this.editor.view.dom.dispatchEvent(new CustomEvent(OPEN_LINK_FORM_EVENT, { bubbles: true }));
        return true;
      },
    };
  },
});

export const storyEditorExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: "https",
      HTMLAttributes: { target: null, rel: "noopener noreferrer nofollow" },
      isAllowedUri: (url, { defaultValidate }) => isSafeHref(url) && defaultValidate(url),
      shouldAutoLink: (url) => isSafeHref(normaliseTypedUrl(url)),
    },
  }),
  Figure,
  Embed,
  LinkShortcut,
];
