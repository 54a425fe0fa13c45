/**
 * What an embed in a story shows: a provider's player (lib/content/embed-providers.mjs)
 * or, for any other address, a card linking out. Pure, so the editor's preview
 * and the renderer on the server agree; nothing here fetches the address.
 */
import { findProviderEmbed, frameSize, type EmbedProvider, type FrameSize } from "./embed-providers.mjs";
import { isEmbeddableUrl, normaliseTypedUrl } from "./safe-url";

export type EmbedView =
  | {
      kind: "frame";
      provider: EmbedProvider;
      url: string;
      src: string;
      size: FrameSize;
      /** The frame's title for screen readers: "YouTube video: <the editor's title>". */
      frameTitle: string;
      /** The title the editor gave, if any. */
      caption: string;
    }
  | { kind: "card"; url: string; host: string; title: string };

/** The player or link card for an embed's address and title; null for an address no reader may follow. */
export function describeEmbed(url: string, title?: string | null): EmbedView | null {
  const address = url.trim();
  if (!isEmbeddableUrl(address)) return null;
  const named = title?.trim() ?? "";
  const found = findProviderEmbed(address);
  if (found) {
    const { provider, src } = found;
    const what = `${provider.name} ${provider.kind}`;
    return {
      kind: "frame",
      provider,
      url: address,
      src,
      size: frameSize(provider, src),
      frameTitle: named ? `${what}: ${named}` : what,
      caption: named,
    };
  }
  const host = new URL(address).hostname.replace(/^www\./, "");
  return { kind: "card", url: address, host, title: named || address.replace(/^https?:\/\//, "") };
}

/** The frame box's inline style: its height or aspect ratio. */
export function frameBoxStyle(size: FrameSize): string {
  return "aspectRatio" in size ? `aspect-ratio: ${size.aspectRatio}` : `height: ${size.height}px`;
}

/** The embed's own inline style: its width limit, for players narrower than the text. */
export function frameWidthStyle(size: FrameSize): string {
  return size.maxWidth ? `max-width: ${size.maxWidth}px` : "";
}

/**
 * The address an editor meant, from what they typed or pasted: a page
 * address, or a provider's whole <iframe …> embed code (Google Maps and
 * Datawrapper hand those out), whose src is taken.
 */
export function embedAddressFromInput(typed: string): string {
  const value = typed.trim();
  const frameSrc = /^<iframe\b[^>]*?\ssrc\s*=\s*(["'])(.*?)\1/i.exec(value)?.[2];
  return normaliseTypedUrl(frameSrc ? frameSrc.replaceAll("&amp;", "&") : value);
}
