// @ts-check
/**
 * The providers whose players a story may embed, one entry each: which page
 * addresses belong to it, the official embed address each becomes, the shape
 * of the frame, and the frame's origin. The body's renderer and sanitiser
 * (lib/content/story-body.ts), the editor (components/admin/editor/) and the
 * Content-Security-Policy's frame-src (next.config.mjs) all read this list, so
 * adding a provider is adding an entry here (and its tests).
 *
 * Plain JavaScript because next.config.mjs loads it outside the bundle; its
 * types are in embed-providers.d.mts. Nothing here fetches anything: an embed
 * address is worked out from the page address alone.
 *
 * Every `frame` pattern matches the whole address, and `toFrame` builds only
 * addresses it matches; the sanitiser keeps a frame only if its src matches a
 * provider's pattern, and then gives it that provider's fixed attributes.
 */

/** @param {URL} url */
const segments = (url) => url.pathname.split("/").filter(Boolean);

/** Seconds from YouTube's t= or start= ("90", "90s", "1m30s", "1h2m3s"); null when absent or unreadable. */
function youtubeStart(/** @type {URL} */ url) {
  const value = url.searchParams.get("t") ?? url.searchParams.get("start");
  if (!value) return null;
  const match = /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s?)?$/.exec(value);
  if (!match) return null;
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return seconds > 0 && seconds < 1_000_000 ? seconds : null;
}

const VIDEO_ALLOW = "autoplay; encrypted-media; fullscreen; picture-in-picture";

// Words after a SoundCloud user's name that are pages of the user, not a track.
const SOUNDCLOUD_USER_PAGES = new Set([
  "likes",
  "tracks",
  "albums",
  "sets",
  "reposts",
  "followers",
  "following",
  "popular-tracks",
  "comments",
]);

const GOOGLE_MAPS_FRAME =
  /^https:\/\/www\.google\.com\/maps(?:\/embed\?pb=[A-Za-z0-9!._~%-]{1,4000}|\?q=[A-Za-z0-9!._~%-]{1,500}&z=\d{1,2}&output=embed)$/;

/** @type {import("./embed-providers.d.mts").EmbedProvider[]} */
export const EMBED_PROVIDERS = [
  {
    id: "youtube",
    name: "YouTube",
    kind: "video",
    hosts: [
      "youtube.com",
      "www.youtube.com",
      "m.youtube.com",
      "youtu.be",
      "youtube-nocookie.com",
      "www.youtube-nocookie.com",
    ],
    // The privacy-enhanced player: no cookies until the reader plays the video.
    frameOrigin: "https://www.youtube-nocookie.com",
    frame: /^https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}(?:\?start=\d{1,6})?$/,
    toFrame(url) {
      const [first, second] = segments(url);
      const id =
        url.hostname === "youtu.be"
          ? first
          : first === "watch"
            ? url.searchParams.get("v")
            : ["shorts", "embed", "live", "v"].includes(first ?? "")
              ? second
              : null;
      if (!id || !/^[A-Za-z0-9_-]{11}$/.test(id)) return null;
      const start = youtubeStart(url);
      return `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ""}`;
    },
    size: { aspectRatio: "16 / 9" },
    allow: VIDEO_ALLOW,
  },
  {
    id: "vimeo",
    name: "Vimeo",
    kind: "video",
    hosts: ["vimeo.com", "www.vimeo.com", "player.vimeo.com"],
    frameOrigin: "https://player.vimeo.com",
    // dnt=1: Vimeo's "do not track" player, which sets no cookies.
    frame: /^https:\/\/player\.vimeo\.com\/video\/\d{1,12}\?(?:h=[0-9a-f]{6,20}&)?dnt=1$/,
    toFrame(url) {
      // vimeo.com/123, /123/abcdef (unlisted, with its hash), /channels/x/123, player.vimeo.com/video/123?h=abcdef
      const parts = segments(url);
      const at = parts.findIndex((part) => /^\d{1,12}$/.test(part));
      if (at < 0) return null;
      const next = parts[at + 1];
      const hash = url.searchParams.get("h") ?? (next && /^[0-9a-f]{6,20}$/.test(next) ? next : null);
      if (hash !== null && !/^[0-9a-f]{6,20}$/.test(hash)) return null;
      return `https://player.vimeo.com/video/${parts[at]}?${hash ? `h=${hash}&` : ""}dnt=1`;
    },
    size: { aspectRatio: "16 / 9" },
    allow: VIDEO_ALLOW,
  },
  {
    id: "x",
    name: "X",
    kind: "post",
    hosts: ["x.com", "www.x.com", "mobile.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com"],
    // X's official embed is a blockquote that its widgets.js turns into this
    // frame; the frame alone needs no script of X's on our page (our CSP allows
    // none). It cannot grow to fit the post without that script, so it has a
    // fixed height. dnt=true asks X not to personalise from the reader's visit.
    frameOrigin: "https://platform.twitter.com",
    frame: /^https:\/\/platform\.twitter\.com\/embed\/Tweet\.html\?id=\d{1,20}&dnt=true$/,
    toFrame(url) {
      // /<user>/status/<id>, /<user>/statuses/<id>, /i/web/status/<id>, with /photo/1 and the like after it
      const parts = segments(url);
      const at = parts.findIndex((part) => part === "status" || part === "statuses");
      const id = at > 0 ? parts[at + 1] : undefined;
      if (!id || !/^\d{1,20}$/.test(id)) return null;
      return `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`;
    },
    size: { height: 560, maxWidth: 550 },
    allow: "fullscreen",
  },
  {
    id: "instagram",
    name: "Instagram",
    kind: "post",
    hosts: ["instagram.com", "www.instagram.com"],
    // Instagram's official embed is a blockquote plus its embed.js, which makes
    // this frame; the frame alone needs no script on our page. Posts, reels
    // and videos share one code space, and /p/<code>/embed/ serves them all.
    frameOrigin: "https://www.instagram.com",
    frame: /^https:\/\/www\.instagram\.com\/p\/[A-Za-z0-9_-]{5,40}\/embed\/$/,
    toFrame(url) {
      // /p/<code>/, /reel/<code>/, /tv/<code>/, /<user>/p/<code>/
      const parts = segments(url);
      const at = parts.findIndex(
        (part) => part === "p" || part === "reel" || part === "reels" || part === "tv",
      );
      const code = at >= 0 ? parts[at + 1] : undefined;
      if (!code || !/^[A-Za-z0-9_-]{5,40}$/.test(code)) return null;
      return `https://www.instagram.com/p/${code}/embed/`;
    },
    size: { height: 720, maxWidth: 540 },
    allow: "fullscreen",
  },
  {
    id: "tiktok",
    name: "TikTok",
    kind: "video",
    hosts: ["tiktok.com", "www.tiktok.com", "m.tiktok.com"],
    // TikTok's official embed is a blockquote plus its embed.js, which loads
    // this frame; the frame alone needs no script on our page. Short links
    // (vm.tiktok.com/…) name no video until followed, so they become link cards.
    frameOrigin: "https://www.tiktok.com",
    frame: /^https:\/\/www\.tiktok\.com\/embed\/v2\/\d{15,21}$/,
    toFrame(url) {
      // /@user/video/<id>, /@user/photo/<id>, /embed/v2/<id>, /embed/<id>, /player/v1/<id>
      const parts = segments(url);
      const id = parts.at(-1);
      const ofVideo =
        (parts.length === 3 && parts[0]?.startsWith("@") && (parts[1] === "video" || parts[1] === "photo")) ||
        (parts[0] === "embed" && (parts.length === 2 || (parts.length === 3 && parts[1] === "v2"))) ||
        (parts.length === 3 && parts[0] === "player" && parts[1] === "v1");
      if (!ofVideo || !id || !/^\d{15,21}$/.test(id)) return null;
      return `https://www.tiktok.com/embed/v2/${id}`;
    },
    size: { height: 740, maxWidth: 325 },
    allow: VIDEO_ALLOW,
  },
  {
    id: "spotify",
    name: "Spotify",
    kind: "player",
    hosts: ["open.spotify.com"],
    frameOrigin: "https://open.spotify.com",
    frame:
      /^https:\/\/open\.spotify\.com\/embed\/(?:track|album|playlist|episode|show|artist)\/[A-Za-z0-9]{22}$/,
    toFrame(url) {
      // /track/<id>, /intl-de/track/<id>, /embed/track/<id>; ?si= share marks are dropped
      const parts = segments(url).filter(
        (part, index) => !(index === 0 && /^(?:intl-[a-z-]+|embed)$/.test(part)),
      );
      const [type, id] = parts;
      if (parts.length !== 2 || !type || !id) return null;
      if (!/^(?:track|album|playlist|episode|show|artist)$/.test(type) || !/^[A-Za-z0-9]{22}$/.test(id))
        return null;
      return `https://open.spotify.com/embed/${type}/${id}`;
    },
    // Spotify's own sizes: the compact player for one track or episode, the list player for the rest.
    size: (src) => ({ height: /\/embed\/(?:track|episode)\//.test(src) ? 152 : 352 }),
    allow: "autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture",
  },
  {
    id: "soundcloud",
    name: "SoundCloud",
    kind: "player",
    hosts: ["soundcloud.com", "www.soundcloud.com", "m.soundcloud.com"],
    // SoundCloud's official player takes the track's address as a parameter.
    // Short links (on.soundcloud.com/…) name no track until followed, so they become link cards.
    frameOrigin: "https://w.soundcloud.com",
    frame:
      /^https:\/\/w\.soundcloud\.com\/player\/\?url=https%3A%2F%2Fsoundcloud\.com%2F[A-Za-z0-9_-]{1,100}%2F(?:sets%2F)?[A-Za-z0-9_-]{1,200}$/,
    toFrame(url) {
      const parts = segments(url);
      const [user, second, third] = parts;
      if (!user || !second || !/^[A-Za-z0-9_-]{1,100}$/.test(user)) return null;
      const track = parts.length === 2 && !SOUNDCLOUD_USER_PAGES.has(second) ? second : null;
      const set = parts.length === 3 && second === "sets" ? third : null;
      const name = track ?? set;
      if (!name || !/^[A-Za-z0-9_-]{1,200}$/.test(name)) return null;
      const page = `https://soundcloud.com/${user}/${set ? "sets/" : ""}${name}`;
      return `https://w.soundcloud.com/player/?url=${encodeURIComponent(page)}`;
    },
    size: (src) => ({ height: src.includes("%2Fsets%2F") ? 450 : 166 }),
    allow: "autoplay",
  },
  {
    id: "datawrapper",
    name: "Datawrapper",
    kind: "chart",
    hosts: ["datawrapper.dwcdn.net", "www.datawrapper.de", "datawrapper.de"],
    frameOrigin: "https://datawrapper.dwcdn.net",
    frame: /^https:\/\/datawrapper\.dwcdn\.net\/[A-Za-z0-9]{5}\/(?:\d{1,4}\/)?$/,
    toFrame(url) {
      // datawrapper.dwcdn.net/<id>/<version>/ (the published chart), www.datawrapper.de/_/<id>/ (the share link)
      const parts = segments(url);
      const [id, version] =
        url.hostname === "datawrapper.dwcdn.net" ? parts : parts[0] === "_" ? parts.slice(1) : [];
      if (!id || !/^[A-Za-z0-9]{5}$/.test(id)) return null;
      if (version !== undefined && !/^\d{1,4}$/.test(version)) return null;
      return `https://datawrapper.dwcdn.net/${id}/${version ? `${version}/` : ""}`;
    },
    size: { height: 500 },
    allow: "fullscreen",
  },
  {
    id: "flourish",
    name: "Flourish",
    kind: "graphic",
    hosts: ["public.flourish.studio", "flo.uri.sh", "app.flourish.studio"],
    // Flourish's own script-free embed code is this frame, 600 pixels high.
    frameOrigin: "https://flo.uri.sh",
    frame: /^https:\/\/flo\.uri\.sh\/(?:visualisation|story)\/\d{1,12}\/embed$/,
    toFrame(url) {
      const [type, id] = segments(url);
      if ((type !== "visualisation" && type !== "story") || !id || !/^\d{1,12}$/.test(id)) return null;
      return `https://flo.uri.sh/${type}/${id}/embed`;
    },
    size: { height: 600 },
    allow: "fullscreen",
  },
  {
    id: "documentcloud",
    name: "DocumentCloud",
    kind: "document",
    hosts: [
      "www.documentcloud.org",
      "documentcloud.org",
      "embed.documentcloud.org",
      "beta.documentcloud.org",
    ],
    frameOrigin: "https://embed.documentcloud.org",
    frame: /^https:\/\/embed\.documentcloud\.org\/documents\/\d{1,12}(?:-[a-z0-9-]{1,200})?\/\?embed=1$/,
    toFrame(url) {
      // /documents/<id>-<slug>, with .html or /pages/… after it
      const [documents, document] = segments(url);
      const idAndSlug = document?.replace(/\.html$/, "");
      if (documents !== "documents" || !idAndSlug || !/^\d{1,12}(?:-[a-z0-9-]{1,200})?$/.test(idAndSlug))
        return null;
      return `https://embed.documentcloud.org/documents/${idAndSlug}/?embed=1`;
    },
    size: { height: 720 },
    allow: "fullscreen",
  },
  {
    id: "google-maps",
    name: "Google Maps",
    kind: "map",
    hosts: ["www.google.com", "google.com", "maps.google.com"],
    // The map Google's "Embed a map" code shows (/maps/embed?pb=…, pasted as
    // is or as the whole <iframe> code); a map's page address (a place, a
    // search or @latitude,longitude,zoom) becomes Google's keyless
    // output=embed map of it. The Maps Embed API (/maps/embed/v1/…) would need
    // an API key in every story.
    frameOrigin: "https://www.google.com",
    frame: GOOGLE_MAPS_FRAME,
    toFrame(url) {
      const parts = segments(url);
      if (parts[0] !== "maps") return null;
      if (parts[1] === "embed" && parts.length === 2) {
        const pb = url.searchParams.get("pb");
        const src = pb ? `https://www.google.com/maps/embed?pb=${encodeURIComponent(pb)}` : null;
        return src && GOOGLE_MAPS_FRAME.test(src) ? src : null;
      }
      const at = parts.find((part) => part.startsWith("@"));
      const position =
        at && /^@(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?)z)?/.exec(at);
      const named =
        (parts[1] === "place" || parts[1] === "search") && parts[2] && !parts[2].startsWith("@")
          ? parts[2]
          : null;
      const query = named
        ? decodeURIComponent(named.replaceAll("+", " "))
        : position
          ? `${position[1]},${position[2]}`
          : parts.length === 1
            ? url.searchParams.get("q")
            : null;
      if (!query?.trim()) return null;
      const zoom = Math.min(21, Math.max(1, Math.round(Number(position?.[3] ?? 14))));
      const src = `https://www.google.com/maps?q=${encodeURIComponent(query.trim())}&z=${zoom}&output=embed`;
      return GOOGLE_MAPS_FRAME.test(src) ? src : null;
    },
    size: { aspectRatio: "4 / 3" },
    allow: "fullscreen",
  },
];

/**
 * Attributes every embedded frame gets, whatever the provider: lazy, and
 * sandboxed to what players need (their own scripts and storage, opening the
 * provider's page in a new tab, full screen); they may not navigate the
 * reader's page.
 */
export const FRAME_SANDBOX =
  "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation";
export const FRAME_REFERRER_POLICY = "strict-origin-when-cross-origin";

// Browsers ignore tabs and newlines inside addresses, and read "\" as "/".
const hasHiddenCharacters = (/** @type {string} */ value) => /[\u0000-\u0020\\]/.test(value);

/**
 * The provider and frame address for a page address an editor gave, or null
 * for any other address: another host (however like one it looks), another
 * scheme, a port or a user name, or a page of the provider that is not one
 * thing to embed. An http address is embedded over https like any other.
 */
export function findProviderEmbed(/** @type {string} */ address) {
  if (hasHiddenCharacters(address)) return null;
  let url;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.port || url.username || url.password)
    return null;
  for (const provider of EMBED_PROVIDERS) {
    if (!provider.hosts.includes(url.hostname)) continue;
    const src = provider.toFrame(url);
    if (src && provider.frame.test(src)) return { provider, src };
  }
  return null;
}

/** The provider whose frame pattern the address matches whole, or null: the sanitiser keeps only such frames. */
export function providerOfFrame(/** @type {string} */ src) {
  if (hasHiddenCharacters(src)) return null;
  return EMBED_PROVIDERS.find((provider) => provider.frame.test(src)) ?? null;
}

/** The frame's box: a fixed height or an aspect ratio, and a width limit for players narrower than the text. */
export function frameSize(
  /** @type {import("./embed-providers.d.mts").EmbedProvider} */ provider,
  /** @type {string} */ src,
) {
  return typeof provider.size === "function" ? provider.size(src) : provider.size;
}

/** Every frame origin, once each, for the Content-Security-Policy's frame-src. */
export function embedFrameOrigins() {
  return [...new Set(EMBED_PROVIDERS.map((provider) => provider.frameOrigin))];
}
