/**
 * What the story editor can make: the nodes and marks lib/content/story-body.ts
 * accepts, and nothing else. Pasted content is parsed against this schema, so
 * whatever it does not name (fonts, colours, tables, scripts, frames) is dropped.
 */
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Extension, Node, type Extensions } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { findProviderEmbed } from "@/lib/content/embed-providers.mjs";
import { describeEmbed } from "@/lib/content/embeds";
import { isMediaSrc } from "@/lib/content/media-url";
import { isEmbeddableUrl, isSafeHref, normaliseTypedUrl } from "@/lib/content/safe-url";
import { insertBlock } from "./insert-block";

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

/**
 * An embed: a provider's player or, for any other address, a link card
 * (lib/content/embeds.ts decides which, as the renderer does). A block the editor
 * selects with a click and removes with Backspace, Delete or its Remove
 * button. The editor shows a box naming what readers will see, not the
 * provider's frame, which would take the clicks and keys and load the
 * provider's page while the story is written.
 */
export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return { url: nodeAttribute(""), title: nodeAttribute() };
  },

  parseHTML() {
    return [
      {
        // The editor's own copy (renderHTML below), pasted back.
        tag: "div[data-embed-url]",
        getAttrs: (element) => {
          const url = element.getAttribute("data-embed-url") ?? "";
          return isEmbeddableUrl(url)
            ? { url, title: element.getAttribute("data-embed-title") || null }
            : false;
        },
      },
      {
        // The cards stories published before players existed, pasted from a reader's page.
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
    const title = typeof node.attrs.title === "string" ? node.attrs.title : "";
    return ["div", { "data-embed-url": url, "data-embed-title": title }, title || url];
  },

  renderText({ node }) {
    return String(node.attrs.url ?? "");
  },

  addNodeView() {
    return ({ node, getPos, editor }) => {
      let current = node;
      const dom = document.createElement("div");
      dom.contentEditable = "false";
      dom.setAttribute("data-embed-preview", "");
      dom.className =
        "not-prose my-6 rounded border-2 border-dashed border-neutral-400 bg-neutral-50 p-3 font-sans dark:border-neutral-600 dark:bg-neutral-900";
      const remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "Remove";
      remove.className =
        "rounded border border-neutral-400 px-2 py-0.5 text-sm hover:bg-neutral-200 dark:border-neutral-500 dark:hover:bg-neutral-700";
      remove.addEventListener("mousedown", (event) => event.preventDefault());
      remove.addEventListener("click", () => {
        const pos = getPos();
        if (typeof pos !== "number") return;
        editor
          .chain()
          .focus()
          .command(({ tr }) => {
            tr.delete(pos, pos + current.nodeSize);
            return true;
          })
          .run();
      });
      const render = () => {
        const embed = describeEmbed(String(current.attrs.url ?? ""), current.attrs.title as string | null);
        const label = embed?.kind === "frame" ? `${embed.provider.name} ${embed.provider.kind}` : "Link card";
        remove.setAttribute("aria-label", `Remove ${label.toLowerCase()}`);
        const heading = element("div", "mb-2 flex items-center justify-between gap-2");
        heading.append(element("strong", "text-sm", embed?.kind === "frame" ? `▶ ${label}` : label), remove);
        const box =
          embed?.kind === "frame"
            ? element(
                "div",
                "flex min-h-24 flex-col justify-center gap-1 rounded bg-neutral-200 px-4 py-6 text-center dark:bg-neutral-800",
              )
            : element(
                "div",
                "rounded border border-neutral-300 bg-white px-4 py-3 dark:border-neutral-700 dark:bg-neutral-950",
              );
        if (embed?.kind === "frame") {
          box.append(
            element(
              "span",
              "font-semibold",
              embed.caption || `The ${embed.provider.name} ${embed.provider.kind}`,
            ),
            element(
              "span",
              "text-sm text-neutral-700 dark:text-neutral-300",
              `Readers see the ${embed.provider.name} player here.`,
            ),
          );
        } else if (embed) {
          box.append(
            element("span", "block font-semibold", embed.title),
            element("span", "block text-sm text-neutral-600 dark:text-neutral-400", embed.host),
          );
        }
        const address = element(
          "p",
          "mt-2 text-xs break-all text-neutral-600 dark:text-neutral-400",
          String(current.attrs.url ?? ""),
        );
        dom.replaceChildren(heading, box, address);
      };
      render();
      return {
        dom,
        // The Remove button's own clicks; everything else selects the block as a whole.
        stopEvent: (event) => event.target instanceof globalThis.Node && remove.contains(event.target),
        ignoreMutation: () => true,
        update: (updated) => {
          if (updated.type !== current.type) return false;
          current = updated;
          render();
          return true;
        },
      };
    };
  },
});

function element(tag: string, className: string, text?: string): HTMLElement {
  const made = document.createElement(tag);
  made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

/**
 * A provider's address pasted on its own into an empty paragraph becomes
 * its embed; any other address pasted stays a link in the text.
 */
const EmbedPaste = Extension.create({
  name: "embedPaste",
  // Before the default paste, which would make the address a link.
  priority: 1000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("embedPaste"),
        props: {
          handlePaste: (view, event) => {
            const text = event.clipboardData?.getData("text/plain").trim() ?? "";
            const { selection, schema } = view.state;
            const { parent } = selection.$from;
            if (!text || /\s/.test(text) || !selection.empty) return false;
            if (parent.type.name !== "paragraph" || parent.content.size > 0) return false;
            if (!/^https?:\/\//i.test(text) || !findProviderEmbed(text)) return false;
            view.dispatch(insertBlock(view.state.tr, schema.nodes.embed!.create({ url: text })));
            return true;
          },
        },
      }),
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
  EmbedPaste,
  LinkShortcut,
];
