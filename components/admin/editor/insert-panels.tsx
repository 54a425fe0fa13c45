"use client";
import type { Editor } from "@tiptap/react";
import { useState } from "react";
import { MediaLibrary } from "@/components/admin/media/media-library";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { EMBED_PROVIDERS } from "@/lib/content/embed-providers.mjs";
import { embedAddressFromInput } from "@/lib/content/embeds";
import type { LibraryImage } from "@/lib/content/media-url";
import { isEmbeddableUrl, isSafeHref, normaliseTypedUrl } from "@/lib/content/safe-url";
import { AddressPanel, panelKeys } from "./address-panel";
import { focusNow, insertBlockNode } from "./editor-focus";

// "YouTube, Vimeo, …, DocumentCloud and Google Maps", for the embed panel's hint.
const embeddableNames = new Intl.ListFormat("en-GB", { type: "conjunction" }).format(
  EMBED_PROVIDERS.map((provider) => provider.name),
);

type PanelProps = {
  editor: Editor;
  /** The address field's id. */
  id: string;
  /** Closes the panel (the text already has the focus). */
  onClose: () => void;
};

/** Links the selection (or, with none, the typed address itself), or removes the link under the caret. */
export function LinkPanel({ editor, id, linked, onClose }: PanelProps & { linked: boolean }) {
  const [address, setAddress] = useState(() => String(editor.getAttributes("link").href ?? ""));
  const [error, setError] = useState<string | null>(null);
  const done = () => {
    focusNow(editor);
    onClose();
  };

  function removeLink() {
    editor.chain().extendMarkRange("link").unsetLink().run();
    done();
  }

  function applyLink() {
    const href = normaliseTypedUrl(address);
    if (!href) return removeLink();
    if (!isSafeHref(href)) {
      return setError(
        "Use a web address (https://…), a mail address (mailto:…) or a path on this site (/…).",
      );
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    // With nothing selected, the address itself becomes the linked text.
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    done();
  }

  return (
    <AddressPanel
      id={id}
      label="Link address"
      value={address}
      error={error}
      onChange={setAddress}
      onKeyDown={panelKeys(applyLink, done)}
    >
      <button type="button" onClick={applyLink} className={secondaryButtonClass}>
        Apply link
      </button>
      {linked && (
        <button type="button" onClick={removeLink} className={secondaryButtonClass}>
          Remove link
        </button>
      )}
    </AddressPanel>
  );
}

/** Puts a player (or, for other addresses, a link card) in the text. */
export function EmbedPanel({ editor, id, onClose }: PanelProps) {
  const [address, setAddress] = useState("");
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);

  function insertEmbed() {
    const url = embedAddressFromInput(address);
    if (!isEmbeddableUrl(url)) return setError("Use a web address starting with https://.");
    insertBlockNode(editor, { type: "embed", attrs: { url, title: title.trim() || null } });
    onClose();
  }
  const keys = panelKeys(insertEmbed, () => {
    onClose();
    focusNow(editor);
  });

  return (
    <AddressPanel
      id={id}
      label="Address to embed"
      value={address}
      error={error}
      onChange={setAddress}
      onKeyDown={keys}
      hint={`${embeddableNames} addresses show their player; any other address becomes a link card.`}
    >
      <div className="min-w-48 flex-1 sm:max-w-64">
        <label htmlFor={`${id}-embed-title`} className="block text-sm">
          Embed title (optional)
        </label>
        <input
          id={`${id}-embed-title`}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={keys}
          maxLength={300}
          className={inputClass}
        />
      </div>
      <button type="button" onClick={insertEmbed} className={secondaryButtonClass}>
        Insert embed
      </button>
    </AddressPanel>
  );
}

/** Puts a library image (or a new upload) in the text as a figure. */
export function ImagePanel({
  editor,
  library,
  onLibraryUpload,
  onClose,
}: Omit<PanelProps, "id"> & { library: LibraryImage[]; onLibraryUpload: (image: LibraryImage) => void }) {
  const insertImage = (image: LibraryImage) => {
    insertBlockNode(editor, {
      type: "figure",
      attrs: { src: image.src, alt: image.alt, width: image.width, height: image.height, mediaId: image.id },
    });
    onClose();
  };
  return (
    <div className="border-x border-neutral-300 p-2 dark:border-neutral-700">
      <MediaLibrary
        images={library}
        chooseLabel="Insert"
        onChoose={insertImage}
        onUploaded={onLibraryUpload}
      />
      <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
        The image goes in at the caret, and the caret moves to a new paragraph under it. Click the box under
        the image to type its caption.
      </p>
    </div>
  );
}
