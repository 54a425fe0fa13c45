import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { leadStory, relatedStories } from "@/prisma/demo-content";
import { drawLocatorMap, MAP_HEIGHT, MAP_WIDTH, mapId, woffToSfnt, type LocatorMap } from "@/prisma/demo-images";

const require = createRequire(import.meta.url);
const demoStories = [leadStory, ...relatedStories];

describe("the demo stories' maps", () => {
  test("at least six stories have one, the lead story among them, each with alt text, caption and credit", () => {
    const withMaps = demoStories.filter((story) => story.hero);
    expect(withMaps.length).toBeGreaterThanOrEqual(6);
    expect(leadStory.hero?.map.highlight).toEqual(["Cuba", "Venezuela"]);
    for (const { hero } of withMaps) {
      expect(hero!.alt).toMatch(/^Locator map of /);
      expect(hero!.caption.length).toBeGreaterThan(20);
      expect(hero!.credit).toBe("Map: Newsroom, from Natural Earth data");
    }
  });

  test("each is stored under an id of its own that the media route serves, the same every time", () => {
    const ids = demoStories.flatMap((story) => (story.hero ? [mapId(story.hero.map)] : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(mapId(structuredClone(leadStory.hero!.map))).toBe(ids[0]);
  });
});

test("a WOFF font unpacks into the TrueType file it wraps", () => {
  const woff = readFileSync(require.resolve("@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff"));
  const font = woffToSfnt(woff);
  expect(font.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavour: TrueType or CFF
  const tables = font.readUInt16BE(4);
  expect(tables).toBe(woff.readUInt16BE(12));
  const tags = Array.from({ length: tables }, (_, index) => font.toString("latin1", 12 + index * 16, 16 + index * 16));
  expect(tags).toEqual(expect.arrayContaining(["cmap", "glyf", "head", "name"]));
});

test("a map is drawn at its full size, the highlighted country in the highlight colour", async () => {
  const ireland: LocatorMap = {
    area: [
      [-11, 51],
      [-4.5, 55.8],
    ],
    highlight: ["Ireland"],
    places: [{ name: "Dublin", at: [-6.26, 53.35], side: "right", capital: true }],
    labels: [],
  };
  const png = await drawLocatorMap(ireland);
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height]).toEqual([MAP_WIDTH, MAP_HEIGHT]);
  const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
  // The middle of the island (the map is centred on the area) is highlighted; the far west is the Atlantic.
  expect(pixel(MAP_WIDTH / 2 - 60, MAP_HEIGHT / 2)).toEqual([0xea, 0xb2, 0xa6]);
  expect(pixel(300, MAP_HEIGHT / 2)).toEqual([0xd3, 0xe3, 0xec]);
}, 30_000);
