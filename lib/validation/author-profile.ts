/** What an author's profile form accepts; serves the server and the form's messages. */
import { z } from "zod";
import { normaliseTypedUrl } from "@/lib/content/safe-url";

export const AUTHOR_NAME_MAX = 100;
export const AUTHOR_ROLE_TITLE_MAX = 100;
export const AUTHOR_BIO_MAX = 2_000;
const URL_MAX = 300;

/** NUL and the other control characters; tabs and newlines stay (a bio has paragraphs). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const plainText = (value: string) => value.replace(CONTROL_CHARACTERS, "").replace(/\r\n?/g, "\n").trim();

/** A web address a reader may follow: http or https, no user name or password in it. */
function webAddress(typed: string): URL | null {
  if (/[\s\\]/.test(typed)) return null;
  try {
    const url = new URL(typed);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    if (url.username || url.password || !url.hostname.includes(".")) return null;
    return url;
  } catch {
    return null;
  }
}

const hostIs = (url: URL, hosts: string[]) => hosts.includes(url.hostname.toLowerCase().replace(/^www\./, ""));

/**
 * An optional link field: empty is null; otherwise the address (https:// added
 * when the scheme was left off) must pass `accepts`, or `message` is shown.
 */
const optionalLink = (accepts: (url: URL) => boolean, message: string) =>
  z
    .string()
    .transform((value) => normaliseTypedUrl(plainText(value)))
    .pipe(
      z
        .string()
        .max(URL_MAX, `An address can have at most ${URL_MAX} characters.`)
        .refine((value) => {
          if (!value) return true;
          const url = webAddress(value);
          return url !== null && accepts(url);
        }, message),
    )
    .transform((value) => (value ? webAddress(value)!.toString() : null));

export const authorProfileSchema = z.object({
  /** The author whose profile it is; empty for the signed-in person's own. */
  authorId: z.string().trim().max(100),
  name: z
    .string()
    .transform(plainText)
    .pipe(
      z
        .string()
        .min(1, "Give the name readers see on bylines.")
        .max(AUTHOR_NAME_MAX, `A name can have at most ${AUTHOR_NAME_MAX} characters.`)
        .refine((value) => !value.includes("\n"), "Write the name on one line."),
    ),
  roleTitle: z
    .string()
    .transform(plainText)
    .pipe(
      z
        .string()
        .max(AUTHOR_ROLE_TITLE_MAX, `A title can have at most ${AUTHOR_ROLE_TITLE_MAX} characters.`)
        .refine((value) => !value.includes("\n"), "Write the title on one line."),
    )
    .transform((value) => value || null),
  bio: z
    .string()
    .transform(plainText)
    .pipe(z.string().max(AUTHOR_BIO_MAX, `A bio can have at most ${AUTHOR_BIO_MAX.toLocaleString("en")} characters.`))
    .transform((value) => value || null),
  photoId: z
    .string()
    .trim()
    .transform((value) => value || null),
  websiteUrl: optionalLink(() => true, "Give a web address, like https://example.com."),
  xUrl: optionalLink(
    (url) => hostIs(url, ["x.com", "twitter.com"]) && /^\/[A-Za-z0-9_]{1,15}\/?$/.test(url.pathname),
    "Give the address of the profile on X, like https://x.com/yourname.",
  ),
  mastodonUrl: optionalLink(
    (url) => url.protocol === "https:" && /^\/@[A-Za-z0-9_.]+(@[A-Za-z0-9.-]+)?\/?$/.test(url.pathname),
    "Give the address of the Mastodon profile, like https://mastodon.social/@yourname.",
  ),
  blueskyUrl: optionalLink(
    (url) => hostIs(url, ["bsky.app"]) && /^\/profile\/[A-Za-z0-9.:-]+\/?$/.test(url.pathname),
    "Give the address of the Bluesky profile, like https://bsky.app/profile/yourname.bsky.social.",
  ),
  contactEmail: z
    .string()
    .trim()
    .pipe(z.union([z.literal(""), z.email("Give an email address, like name@example.com.").max(254)]))
    .transform((value) => value.toLowerCase() || null),
});

export type AuthorProfileInput = z.output<typeof authorProfileSchema>;

/** The profile's links, in the order readers see them, for pages and JSON-LD's sameAs. */
export type AuthorLinks = {
  websiteUrl: string | null;
  xUrl: string | null;
  mastodonUrl: string | null;
  blueskyUrl: string | null;
};

export const AUTHOR_LINK_LABELS: Record<keyof AuthorLinks, string> = {
  websiteUrl: "Website",
  xUrl: "X",
  mastodonUrl: "Mastodon",
  blueskyUrl: "Bluesky",
};

/** The profile addresses that identify the same person elsewhere (schema.org sameAs). */
export const sameAsOf = (links: AuthorLinks) =>
  (Object.keys(AUTHOR_LINK_LABELS) as (keyof AuthorLinks)[]).map((key) => links[key]).filter((url) => url !== null);
