/**
 * Addresses a browser would never send as they are (a broken % escape, a NUL
 * byte), sent byte for byte with Node's HTTP client: each is refused with a
 * 400 or answered with a 404, never a server error, and a page in HTML keeps
 * the site's header and footer.
 */
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

const BAD_ADDRESSES = [
  "/stories/%zz",
  "/media/%zz",
  "/stories/%00",
  "/search?q=a%00b",
  "/sections/americas%00/feed.xml",
  "/tags/%E0%A4%A",
  "/authors/%00",
  "/sections/%zz",
  "/sitemaps/stories/%zz",
  "/search?section=%00",
  "/search?q=%zz",
  "/?q=%zz",
  "/admin/stories/%zz",
  "/feed.xml?x=%00",
  "/stories/%zz?q=%00",
  "/corrections?before=%00",
];

type RawResponse = { status: number; contentType: string; body: string };

/** GET with the address exactly as written: Node's client sends `path` unchanged, unlike a browser or `new URL`. */
function rawGet(baseURL: string, path: string): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ hostname, port, path, method: "GET", headers: { accept: "text/html" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers["content-type"] ?? ""),
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

for (const path of BAD_ADDRESSES) {
  test(`${path} is refused or not found, never a server error`, async ({ baseURL }) => {
    const response = await rawGet(baseURL!, path);
    expect([400, 404], `${path} answered ${response.status}`).toContain(response.status);
    if (response.contentType.startsWith("text/html")) {
      // The reader's header (the sections and the search box) and footer.
      expect(response.body).toContain('aria-label="Sections"');
      expect(response.body).toContain('role="search"');
      expect(response.body).toContain("<footer");
    }
  });
}

test("a page with a broken address shows the header, a way on and a proper title", async ({ page, baseURL }) => {
  // The browser keeps a broken escape as it is in the address it sends.
  const response = await page.goto(`${baseURL}/stories/%zz`);
  expect([400, 404]).toContain(response?.status());
  await expect(page).toHaveTitle(/Page not found|could not be read/);
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the front page" })).toBeVisible();
});

test("a well-formed address with escapes still reaches its page", async ({ baseURL }) => {
  const response = await rawGet(baseURL!, "/search?q=caf%C3%A9+au+lait");
  expect(response.status).toBe(200);
});
