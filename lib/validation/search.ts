/**
 * The reader search's address parameters
 * (/search?q=…&section=…&from=…&to=…&page=…, and before=… or after=… for older
 * or newer stories than a search's first window).
 * Anyone can type any address, so a value that does not parse is dropped with
 * a message the page shows, never an error.
 */
import { z } from "zod";

export const MAX_SEARCH_QUERY_LENGTH = 200;
// A search ranks at most 1,000 stories at a time (lib/reader/search.ts), ten to a page;
// older ones are reached with `before=`, not with a higher page number.
export const MAX_SEARCH_PAGE = 100;

const calendarDate = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date such as 2025-06-30, so it was left out.`)
    .refine((value) => {
      const [year, month, day] = value.split("-").map(Number) as [number, number, number];
      const date = new Date(Date.UTC(year, month - 1, day));
      return (
        year >= 1900 &&
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day
      );
    }, `${label} is not a day on the calendar, so it was left out.`);

const pageNumberMessage = "Page numbers are whole numbers from 1 up, so this is the first page.";

// The shape of a position in the results (lib/reader/archives.ts encodeCursor); one
// that has the shape but names no position gets the newest results.
const position = z
  .string()
  .trim()
  .regex(/^[\w-]{1,200}$/, "That link to older or newer results is damaged, so these are the newest.");

export const searchParamsSchema = z.object({
  // Longer queries are cut rather than refused: the reader still gets results.
  q: z
    .string()
    .transform((value) => value.replace(/\s+/g, " ").trim().slice(0, MAX_SEARCH_QUERY_LENGTH).trim()),
  section: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "That is not a section name, so all sections were searched.")
    .max(120, "That is not a section name, so all sections were searched."),
  from: calendarDate("The start date"),
  to: calendarDate("The end date"),
  page: z
    .string()
    .trim()
    .regex(/^\d+$/, pageNumberMessage)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, pageNumberMessage)
        .max(MAX_SEARCH_PAGE, `Results go up to page ${MAX_SEARCH_PAGE} at most, so this is the first page.`),
    ),
  before: position,
  after: position,
});

export type SearchField = keyof typeof searchParamsSchema.shape;

export type SearchParams = {
  q: string;
  section: string | null;
  from: string | null;
  to: string | null;
  page: number;
  /** Set only for a window of older (`before`) or newer (`after`) stories. */
  before?: string;
  after?: string;
};

export type SearchParamProblems = Partial<Record<SearchField, string>>;

type RawSearchParams = Record<string, string | string[] | undefined>;

const defaults: SearchParams = { q: "", section: null, from: null, to: null, page: 1 };

/**
 * Reads the address's parameters one by one, so a bad date does not cost the
 * reader their query: each value that fails is replaced by its default and
 * explained in `problems`.
 */
export function parseSearchParams(raw: RawSearchParams): {
  params: SearchParams;
  problems: SearchParamProblems;
} {
  const params: SearchParams = { ...defaults };
  const problems: SearchParamProblems = {};
  for (const field of Object.keys(searchParamsSchema.shape) as SearchField[]) {
    const given = raw[field];
    // A repeated parameter (?q=a&q=b) counts once; an empty form field is no filter.
    const value = Array.isArray(given) ? given[0] : given;
    if (value === undefined || value.trim() === "") continue;
    const parsed = searchParamsSchema.shape[field].safeParse(value);
    if (parsed.success) Object.assign(params, { [field]: parsed.data });
    else problems[field] = parsed.error.issues[0]?.message ?? "This value was left out.";
  }
  // Only one direction at a time, as on the archive pages.
  if (params.before) delete params.after;
  if (params.from && params.to && params.from > params.to) {
    problems.to = "The end date is before the start date, so both dates were left out.";
    params.from = null;
    params.to = null;
  }
  return { params, problems };
}

/** The address of a search, with only the filters that are set. */
export function searchHref(params: SearchParams, page = params.page): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.section) query.set("section", params.section);
  if (params.from) query.set("from", params.from);
  if (params.to) query.set("to", params.to);
  if (params.before) query.set("before", params.before);
  else if (params.after) query.set("after", params.after);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/search?${search}` : "/search";
}

/** The same search from its first page: of older or newer stories than a cursor, or of the newest. */
export function searchWindowHref(
  params: SearchParams,
  cursor: { before: string } | { after: string } | null,
): string {
  const { q, section, from, to } = params;
  return searchHref({ q, section, from, to, page: 1, ...cursor });
}
