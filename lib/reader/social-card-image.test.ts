import { afterEach, describe, expect, test, vi } from "vitest";
import { headlineSize, printable, siteCardResponse, storyCardResponse, unicodeRanges } from "./social-card-image";

const site = { name: "Newsroom", url: "https://news.example" };

afterEach(() => vi.unstubAllGlobals());

const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

describe("unicodeRanges and printable", () => {
  const covers = (codePoint: number) =>
    unicodeRanges("unicode-range: U+0000-00FF,U+2019; unicode-range: U+0400-045F;").some(
      ([from, to]) => codePoint >= from && codePoint <= to,
    );

  test("keep what the fonts cover and leave out the rest", () => {
    expect(printable("Zelenskiy’s Київ visit 🔥 香港  ends", covers)).toBe("Zelenskiy’s Київ visit ends");
  });
});

test("longer headlines get smaller type", () => {
  const sizes = [20, 60, 90, 130, 200].map((length) => headlineSize("x".repeat(length)));
  expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  expect(new Set(sizes).size).toBe(sizes.length);
});

test("cards are 1200 × 630 PNGs drawn without fetching anything, whatever the headline holds", async () => {
  const realFetch = globalThis.fetch;
  const network = vi.fn();
  // ImageResponse reads its own WebAssembly through data: URLs; anything else would go over the network.
  vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith("data:")) return realFetch(input, init);
    network(url);
    return Promise.reject(new Error("no network"));
  });
  const story = await storyCardResponse(
    { headline: "Łódź Ærø Київ: 🔥 香港 Ferry Strike Ends After Nine Days", section: { name: "Europe" } },
    site,
  );
  expect(story.headers.get("content-type")).toBe("image/png");
  expect(pngSize(Buffer.from(await story.arrayBuffer()))).toEqual([1200, 630]);
  const whole = await siteCardResponse(site);
  expect(pngSize(Buffer.from(await whole.arrayBuffer()))).toEqual([1200, 630]);
  expect(network).not.toHaveBeenCalled();
}, 30_000);
