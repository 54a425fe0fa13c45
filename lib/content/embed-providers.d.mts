// Types of lib/content/embed-providers.mjs (plain JavaScript, which next.config.mjs loads outside the bundle).

/** A frame's box: a fixed height, or an aspect ratio ("16 / 9"); at most maxWidth pixels wide. */
export type FrameSize = { aspectRatio: string; maxWidth?: number } | { height: number; maxWidth?: number };

export type EmbedProvider = {
  id: string;
  /** The provider's name, as readers know it. */
  name: string;
  /** What it shows ("video", "map"): with the name, the frame's title when the editor gave none. */
  kind: string;
  /** Host names of the page addresses it embeds, exactly (no subdomain matching). */
  hosts: string[];
  /** Where its frames come from: one entry of the CSP's frame-src. */
  frameOrigin: string;
  /** The whole of every frame address it may have; the sanitiser keeps no other. */
  frame: RegExp;
  /** The frame address for one of its page addresses, or null when the page is not one thing to embed. */
  toFrame(url: URL): string | null;
  size: FrameSize | ((src: string) => FrameSize);
  /** The frame's allow attribute (permissions policy). */
  allow: string;
};

export declare const EMBED_PROVIDERS: EmbedProvider[];
export declare const FRAME_SANDBOX: string;
export declare const FRAME_REFERRER_POLICY: string;
export declare function findProviderEmbed(address: string): { provider: EmbedProvider; src: string } | null;
export declare function providerOfFrame(src: string): EmbedProvider | null;
export declare function frameSize(provider: EmbedProvider, src: string): FrameSize;
export declare function embedFrameOrigins(): string[];
