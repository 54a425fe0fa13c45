/** What the About page's form accepts; serves the server and the form's messages. */
import { z } from "zod";

export const SITE_PAGE_TITLE_MAX = 120;
export const SITE_PAGE_BODY_MAX = 20_000;

/** NUL and the other control characters PostgreSQL or a reader's browser would choke on; tabs and newlines stay. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const plainText = (value: string) => value.replace(CONTROL_CHARACTERS, "").replace(/\r\n?/g, "\n");

export const sitePageSchema = z.object({
  title: z
    .string()
    .transform(plainText)
    .pipe(
      z
        .string()
        .trim()
        .min(1, "Give the page a title.")
        .max(SITE_PAGE_TITLE_MAX, `A title can have at most ${SITE_PAGE_TITLE_MAX} characters.`),
    ),
  body: z
    .string()
    .transform(plainText)
    .pipe(
      z
        .string()
        .trim()
        .min(1, "Write the page: a paragraph at least.")
        .max(SITE_PAGE_BODY_MAX, `The page can have at most ${SITE_PAGE_BODY_MAX.toLocaleString("en")} characters.`),
    ),
});

export type SitePageInput = z.output<typeof sitePageSchema>;

/** The body's paragraphs: text between blank lines, each line break inside one kept. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
