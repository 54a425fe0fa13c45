import { expect, test } from "vitest";
import { MAX_SEARCH_QUERY_LENGTH, parseSearchParams, searchHref } from "./search";

test("a well-formed search is read as it is", () => {
  expect(
    parseSearchParams({
      q: "  venezuela   talks ",
      section: "americas",
      from: "2025-06-01",
      to: "2025-06-30",
      page: "2",
    }),
  ).toEqual({
    params: { q: "venezuela talks", section: "americas", from: "2025-06-01", to: "2025-06-30", page: 2 },
    problems: {},
  });
});

test("empty form fields are no filter, and a repeated parameter counts once", () => {
  expect(parseSearchParams({ q: ["first", "second"], section: "", from: "", to: " " })).toEqual({
    params: { q: "first", section: null, from: null, to: null, page: 1 },
    problems: {},
  });
});

test("each value that cannot be read is dropped with a reason; the rest of the search stays", () => {
  for (const page of ["abc", "-1", "0", "1.5", "1e3", "1001"]) {
    const { params, problems } = parseSearchParams({ q: "cuba", page });
    expect(params).toMatchObject({ q: "cuba", page: 1 });
    expect(problems.page, page).toMatch(/first page/);
  }
  const { params, problems } = parseSearchParams({
    q: "cuba",
    from: "2025-02-30",
    to: "tomorrow",
    section: "<script>",
  });
  expect(params).toEqual({ q: "cuba", section: null, from: null, to: null, page: 1 });
  expect(Object.keys(problems).sort()).toEqual(["from", "section", "to"]);
});

test("dates in the wrong order are both left out", () => {
  const { params, problems } = parseSearchParams({ q: "cuba", from: "2025-06-30", to: "2025-06-01" });
  expect(params).toMatchObject({ from: null, to: null });
  expect(problems.to).toMatch(/before the start date/);
});

test("a long query is cut, not refused", () => {
  const { params, problems } = parseSearchParams({ q: "word ".repeat(100) });
  expect(params.q.length).toBeLessThanOrEqual(MAX_SEARCH_QUERY_LENGTH);
  expect(params.q.startsWith("word word")).toBe(true);
  expect(problems).toEqual({});
});

test("links to a search carry only the filters that are set", () => {
  const params = { q: "café & co", section: "europe", from: null, to: "2025-06-30", page: 3 };
  expect(searchHref(params)).toBe("/search?q=caf%C3%A9+%26+co&section=europe&to=2025-06-30&page=3");
  expect(searchHref(params, 1)).toBe("/search?q=caf%C3%A9+%26+co&section=europe&to=2025-06-30");
  expect(searchHref({ q: "", section: null, from: null, to: null, page: 1 })).toBe("/search");
});
