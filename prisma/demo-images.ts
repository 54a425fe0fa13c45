/**
 * The demo stories' hero images: locator maps of the places in the news,
 * drawn when the seed runs from Natural Earth's borders (the `world-atlas`
 * package) with `d3-geo`, and rasterised with sharp. Labels are set in Source
 * Serif 4 from `@fontsource/source-serif-4`. Nothing is downloaded.
 *
 * A map is stored under an id derived from what it shows and how it is drawn,
 * so seeding again (another database, the tests) rewrites the same files
 * instead of adding new ones, and finds them already there.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";
import {
  geoArea,
  geoAzimuthalEqualArea,
  geoBounds,
  geoCentroid,
  geoContains,
  geoGraticule,
  geoOrthographic,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from "d3-geo";
import sharp, { type OverlayOptions } from "sharp";
import { feature, merge, mesh } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import { MEDIA_VARIANT_WIDTHS, type MediaVariant } from "../lib/content/media-url";
import { originalKey, writeImageFiles } from "../lib/newsroom/media-files";

type LonLat = [longitude: number, latitude: number];

/** A place marked on the map: a dot (a ringed one for a capital) and its name on one side. */
export type MapPlace = { name: string; at: LonLat; side: "left" | "right" | "above" | "below"; capital?: boolean };

/** A name set on the map, centred on a point: a country (small capitals) or a sea (italics). */
export type MapLabel = { text: string; at: LonLat; kind: "country" | "highlight" | "water" };

/** What a locator map shows. */
export type LocatorMap = {
  /** The area drawn, west-south and east-north corners; the map shows at least this much. */
  area: [LonLat, LonLat];
  /** Countries filled in the highlight colour, by their Natural Earth names. */
  highlight: string[];
  places: MapPlace[];
  labels: MapLabel[];
  /** Natural Earth scale: 50m for most, 10m for a city-sized area. */
  detail?: "50m" | "10m";
  /** The corner of the globe that shows where the area is, where it hides the least. */
  globe?: "top-left" | "top-right" | "bottom-left" | "bottom-right";
};

export const MAP_WIDTH = 1600;
export const MAP_HEIGHT = 900;
/**
 * Lists show pictures cropped to 3:2 (components/site/story-card.tsx): the
 * area, the globe and the labels keep inside that middle part of the 16:9 map.
 */
const SAFE_LEFT = Math.round((MAP_WIDTH - MAP_HEIGHT * 1.5) / 2);
const SAFE_RIGHT = MAP_WIDTH - SAFE_LEFT;
/** Part of every map's id: change it when the drawing changes, so maps already stored are drawn again. */
const STYLE_VERSION = "locator-4";

const colors = {
  sea: "#d3e3ec",
  graticule: "#c3d6e2",
  land: "#f3f0e9",
  globeLand: "#e2ddd2",
  border: "#b5ad9f",
  coast: "#9db4c3",
  highlight: "#eab2a6",
  highlightBorder: "#b91c1c", // the site's red (Tailwind red-700)
  country: "#57534e",
  highlightText: "#7f1d1d",
  water: "#3f6e8c",
  place: "#1c1917",
  halo: "#ffffff",
};

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------
// Fonts. sharp sets text with Pango, whose FreeType reads TrueType but not
// WOFF: the package's WOFF files are unpacked (their tables inflated) into
// TrueType files once per process.

/** A WOFF 1.0 font as the TrueType (sfnt) file it wraps. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("Not a WOFF font");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const original = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compressed);
    return {
      tag: woff.readUInt32BE(entry),
      checksum: woff.readUInt32BE(entry + 16),
      data: compressed < original ? inflateSync(raw) : raw,
    };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    header.writeUInt32BE(table.tag, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

type TextStyle = { file: string; pango: string; size: number; color: string; spacing?: number; upper?: boolean };

const fontFiles = {
  place: "source-serif-4-latin-700-normal.woff",
  country: "source-serif-4-latin-600-normal.woff",
  water: "source-serif-4-latin-400-italic.woff",
};

// Pango names each file by its family and style (fc-scan shows them).
const textStyles: Record<"place" | "country" | "highlight" | "water", Omit<TextStyle, "file"> & { font: keyof typeof fontFiles }> = {
  place: { font: "place", pango: "Source Serif 4 Bold", size: 46, color: colors.place },
  country: { font: "country", pango: "Source Serif 4 SemiBold,", size: 34, color: colors.country, spacing: 5, upper: true },
  highlight: { font: "country", pango: "Source Serif 4 SemiBold,", size: 40, color: colors.highlightText, spacing: 6, upper: true },
  water: { font: "water", pango: "Source Serif 4 Italic", size: 36, color: colors.water },
};

let fontFolder: Promise<string> | undefined;

function unpackedFonts(): Promise<string> {
  fontFolder ??= (async () => {
    const folder = path.join(tmpdir(), `newsroom-map-fonts-${process.pid}`);
    await mkdir(folder, { recursive: true });
    for (const file of Object.values(fontFiles)) {
      const woff = await readFile(require.resolve(`@fontsource/source-serif-4/files/${file}`));
      await writeFile(path.join(folder, file.replace(/\.woff$/, ".ttf")), woffToSfnt(woff));
    }
    return folder;
  })();
  return fontFolder;
}

const escapeMarkup = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A label as an image: the words, and a white halo around them so they read over borders and lines. */
async function labelImage(text: string, kind: keyof typeof textStyles): Promise<{ image: Buffer; width: number; height: number }> {
  const style = textStyles[kind];
  const fontfile = path.join(await unpackedFonts(), fontFiles[style.font].replace(/\.woff$/, ".ttf"));
  const words = escapeMarkup(style.upper ? text.toUpperCase() : text);
  const set = (color: string) =>
    sharp({
      text: {
        text: `<span foreground="${color}"${style.spacing ? ` letter_spacing="${style.spacing * 1024}"` : ""}>${words}</span>`,
        font: `${style.pango} ${style.size}`,
        fontfile,
        rgba: true,
        dpi: 72,
        align: "centre",
        spacing: Math.round(style.size * 0.15),
      },
    })
      .extend({ top: 6, bottom: 6, left: 6, right: 6, background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer({ resolveWithObject: true });
  const [ink, halo] = await Promise.all([set(style.color), set(colors.halo)]);
  const haloAlpha = await sharp(halo.data).extractChannel("alpha").dilate(3).blur(1).toBuffer();
  const whiteHalo = await sharp({
    create: { width: halo.info.width, height: halo.info.height, channels: 3, background: colors.halo },
  })
    .joinChannel(haloAlpha)
    .png()
    .toBuffer();
  const image = await sharp(whiteHalo)
    .composite([{ input: ink.data }])
    .png()
    .toBuffer();
  return { image, width: ink.info.width, height: ink.info.height };
}

// ---------------------------------------------------------------------------
// The map itself, as SVG.

type CountryGeometry = Polygon<{ name: string }> | MultiPolygon<{ name: string }>;
type Country = {
  name: string;
  geometry: CountryGeometry;
  feature: GeoJSON.Feature<GeoJSON.Geometry, { name: string }>;
  /** West, south, east, north; west > east when it crosses the antimeridian. */
  bounds: [[number, number], [number, number]];
};
type Atlas = { topology: Topology; countries: Country[] };

const atlases = new Map<string, Atlas>();

/** A country's polygons, whatever its type in the topology. */
const polygonsOf = (geometry: CountryGeometry): number[][][] =>
  geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs;

/**
 * Natural Earth, as packaged by world-atlas, draws Crimea inside Russia's
 * border. Newsroom's maps show internationally recognised borders: Crimea's
 * polygon moves from Russia to Ukraine.
 */
function withCrimeaInUkraine(topology: Topology, geometries: CountryGeometry[]): CountryGeometry[] {
  const russia = geometries.find((geometry) => geometry.properties?.name === "Russia");
  const ukraine = geometries.find((geometry) => geometry.properties?.name === "Ukraine");
  if (!russia || !ukraine) return geometries;
  const inCrimea: LonLat[] = [
    [34.1, 44.95], // Simferopol
    [33.52, 44.6], // Sevastopol
  ];
  const crimea = polygonsOf(russia).filter((arcs) => {
    const polygon = feature(topology, { type: "Polygon", arcs });
    return inCrimea.some((point) => geoContains(polygon, point));
  });
  if (crimea.length === 0) return geometries;
  return geometries.map((geometry): CountryGeometry => {
    if (geometry === russia) {
      return { ...russia, type: "MultiPolygon", arcs: polygonsOf(russia).filter((arcs) => !crimea.includes(arcs)) };
    }
    if (geometry === ukraine) return { ...ukraine, type: "MultiPolygon", arcs: [...polygonsOf(ukraine), ...crimea] };
    return geometry;
  });
}

/**
 * A polygon whose rings run the wrong way covers the rest of the globe (one
 * of the 10m Maldives does): its rings are turned, in the topology itself so
 * that merged shapes are right too. A ring turns by taking its arcs in the
 * opposite order, each one backwards (~index).
 */
function rewound(topology: Topology, geometry: CountryGeometry): CountryGeometry {
  const polygons = polygonsOf(geometry).map((rings) => {
    if (geoArea(feature(topology, { type: "Polygon", arcs: rings })) <= 2 * Math.PI) return rings;
    return rings.map((ring) => [...ring].reverse().map((arc) => ~arc));
  });
  return { ...geometry, type: "MultiPolygon", arcs: polygons };
}

/**
 * Natural Earth's countries at one scale. With `only`, just those countries
 * (the 10m file is large: a map of a city reads only the countries near it).
 */
function atlas(detail: "110m" | "50m" | "10m", only?: Set<string>): Atlas {
  const key = only ? `${detail}:${[...only].sort().join(",")}` : detail;
  const cached = atlases.get(key);
  if (cached) return cached;
  const topology = require(`world-atlas/countries-${detail}.json`) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const shapes = topology.objects.countries.geometries.filter(
    (geometry): geometry is CountryGeometry =>
      (geometry.type === "Polygon" || geometry.type === "MultiPolygon") &&
      (!only || only.has(geometry.properties?.name ?? "")),
  );
  const countries = withCrimeaInUkraine(topology, shapes).map((shape) => {
    const geometry = rewound(topology, shape);
    const country = feature(topology, geometry) as Country["feature"];
    return { name: geometry.properties?.name ?? "", geometry, feature: country, bounds: geoBounds(country) };
  });
  const loaded = { topology, countries };
  atlases.set(key, loaded);
  return loaded;
}

/** The countries whose bounds meet the box [west, south, east, north] (any that cross the antimeridian). */
function countriesIn(countries: Country[], [west, south, east, north]: [number, number, number, number]): Country[] {
  return countries.filter(({ bounds: [[w, s], [e, n]] }) => w > e || (w <= east && e >= west && s <= north && n >= south));
}

/** The outline of an area on the globe: points along its four edges. */
function areaOutline([[west, south], [east, north]]: [LonLat, LonLat]): GeoJSON.MultiPoint {
  const steps = 16;
  const coordinates: LonLat[] = [];
  for (let step = 0; step <= steps; step++) {
    const t = step / steps;
    const lon = west + (east - west) * t;
    const lat = south + (north - south) * t;
    coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: "MultiPoint", coordinates };
}

/** The same area as a polygon, to outline it on the globe. */
function areaPolygon([[west, south], [east, north]]: [LonLat, LonLat]): GeoJSON.Polygon {
  const steps = 16;
  const ring: LonLat[] = [];
  // Clockwise, as d3-geo reads a polygon smaller than a hemisphere.
  for (let i = 0; i <= steps; i++) ring.push([west, south + ((north - south) * i) / steps]);
  for (let i = 1; i <= steps; i++) ring.push([west + ((east - west) * i) / steps, north]);
  for (let i = 1; i <= steps; i++) ring.push([east, north - ((north - south) * i) / steps]);
  for (let i = 1; i <= steps; i++) ring.push([east - ((east - west) * i) / steps, south]);
  return { type: "Polygon", coordinates: [ring] };
}

/** The longitudes and latitudes a projection shows on the canvas, with a margin: [west, south, east, north]. */
function visibleBox(projection: GeoProjection): [number, number, number, number] {
  const points: [number, number][] = [];
  for (let i = 0; i <= 20; i++) {
    const x = (MAP_WIDTH * i) / 20;
    const y = (MAP_HEIGHT * i) / 20;
    points.push([x, 0], [x, MAP_HEIGHT], [0, y], [MAP_WIDTH, y]);
  }
  const lonLats = points.map((point) => projection.invert?.(point)).filter((point) => point !== undefined && point !== null);
  const lons = lonLats.map(([lon]) => lon);
  const lats = lonLats.map(([, lat]) => lat);
  const margin = 2;
  return [Math.min(...lons) - margin, Math.min(...lats) - margin, Math.max(...lons) + margin, Math.max(...lats) + margin];
}

const GLOBE_RADIUS = 118;
const GLOBE_MARGIN = 36;

function globeCentre(corner: NonNullable<LocatorMap["globe"]>): [number, number] {
  const x = corner.endsWith("left") ? SAFE_LEFT + GLOBE_MARGIN + GLOBE_RADIUS : SAFE_RIGHT - GLOBE_MARGIN - GLOBE_RADIUS;
  const y = corner.startsWith("top") ? GLOBE_MARGIN + GLOBE_RADIUS : MAP_HEIGHT - GLOBE_MARGIN - GLOBE_RADIUS;
  return [x, y];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** An SVG path's data, to a tenth of a pixel. */
const pathOf = (projection: GeoProjection, object: GeoPermissibleObjects): string =>
  geoPath(projection).digits(1)(object) ?? "";

/** The land, the highlighted countries and the borders of some countries of an atlas, as SVG. */
function countriesSvg(
  { topology }: Atlas,
  shown: Country[],
  highlight: Set<string>,
  projection: GeoProjection,
  sizes: { coast: number; border: number; highlight: number },
  fills: { land: string; highlight: string },
) {
  const geometries = (countries: Country[]) => ({ type: "GeometryCollection" as const, geometries: countries.map((country) => country.geometry) });
  const highlighted = shown.filter((country) => highlight.has(country.name));
  // Merged, so a country's own seams (Crimea's isthmus) and shared borders are not drawn as coasts.
  const land = merge(topology, shown.map((country) => country.geometry));
  const highlightShape = merge(topology, highlighted.map((country) => country.geometry));
  const borders = mesh(topology, geometries(shown), (a, b) => a !== b);
  return [
    `<path d="${pathOf(projection, land)}" fill="${fills.land}"/>`,
    highlighted.length ? `<path d="${pathOf(projection, highlightShape)}" fill="${fills.highlight}"/>` : "",
    sizes.coast ? `<path d="${pathOf(projection, land)}" fill="none" stroke="${colors.coast}" stroke-width="${sizes.coast}" stroke-linejoin="round"/>` : "",
    sizes.border ? `<path d="${pathOf(projection, borders)}" fill="none" stroke="${colors.border}" stroke-width="${sizes.border}" stroke-linejoin="round"/>` : "",
    highlighted.length > 1 && sizes.highlight
      ? // Between two highlighted countries (the United States and Canada), a thinner line of the same red.
        `<path d="${pathOf(projection, mesh(topology, geometries(highlighted), (a, b) => a !== b))}" fill="none" stroke="${colors.highlightBorder}" stroke-width="${sizes.highlight / 2}" stroke-linejoin="round"/>`
      : "",
    highlighted.length && sizes.highlight
      ? `<path d="${pathOf(projection, highlightShape)}" fill="none" stroke="${colors.highlightBorder}" stroke-width="${sizes.highlight}" stroke-linejoin="round"/>`
      : "",
  ].join("\n");
}

function mapSvg(map: LocatorMap): { svg: string; projection: GeoProjection } {
  const highlight = new Set(map.highlight);
  const unknown = map.highlight.filter((name) => !atlas("50m").countries.some((country) => country.name === name));
  if (unknown.length) throw new Error(`No such country in Natural Earth: ${unknown.join(", ")}`);

  const [centreLon, centreLat] = geoCentroid(areaPolygon(map.area));
  // Equal-area and centred on the story's area, so shapes and sizes read true near the middle.
  const projection = geoAzimuthalEqualArea()
    .rotate([-centreLon, -centreLat])
    .fitExtent(
      [
        [SAFE_LEFT, 0],
        [SAFE_RIGHT, MAP_HEIGHT],
      ],
      areaOutline(map.area),
    );
  projection.clipExtent([
    [-20, -20],
    [MAP_WIDTH + 20, MAP_HEIGHT + 20],
  ]);
  // The countries on the canvas, found at 50m (quicker), then read at the map's own scale.
  const near = new Set(countriesIn(atlas("50m").countries, visibleBox(projection)).map((country) => country.name));
  const detailed = map.detail === "10m" ? atlas("10m", near) : atlas("50m");
  const shown = countriesIn(detailed.countries, visibleBox(projection));
  const spanDegrees = Math.max(map.area[1][0] - map.area[0][0], map.area[1][1] - map.area[0][1]);
  const step = spanDegrees > 30 ? 10 : spanDegrees > 8 ? 5 : 1;

  const placeMarks = map.places
    .map(({ at, capital }) => {
      const [x, y] = (projection(at) ?? [0, 0]).map(round);
      return capital
        ? `<circle cx="${x}" cy="${y}" r="12" fill="#fff" stroke="${colors.place}" stroke-width="4"/><circle cx="${x}" cy="${y}" r="5.5" fill="${colors.place}"/>`
        : `<circle cx="${x}" cy="${y}" r="9" fill="${colors.place}" stroke="#fff" stroke-width="3"/>`;
    })
    .join("\n");

  // The globe in a corner: the hemisphere around the area, the area outlined on it.
  const [gx, gy] = globeCentre(map.globe ?? "bottom-left");
  const globe = geoOrthographic()
    .rotate([-centreLon, -Math.max(-60, Math.min(60, centreLat))])
    .translate([gx, gy])
    .scale(GLOBE_RADIUS)
    .clipAngle(90);
  const world = atlas("110m");
  const globeSvg = [
    `<circle cx="${gx}" cy="${gy}" r="${GLOBE_RADIUS + 7}" fill="#fff" opacity="0.92"/>`,
    `<path d="${pathOf(globe, { type: "Sphere" })}" fill="${colors.sea}"/>`,
    `<path d="${pathOf(globe, geoGraticule().step([30, 30])())}" fill="none" stroke="${colors.graticule}" stroke-width="1"/>`,
    countriesSvg(world, world.countries, highlight, globe, { coast: 0, border: 0, highlight: 0 }, {
      land: colors.globeLand,
      highlight: colors.highlightBorder,
    }),
    `<path d="${pathOf(globe, { type: "Sphere" })}" fill="none" stroke="${colors.coast}" stroke-width="1.5"/>`,
    `<path d="${pathOf(globe, areaPolygon(map.area))}" fill="none" stroke="${colors.place}" stroke-width="3" stroke-linejoin="round"/>`,
  ].join("\n");

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">
<rect width="100%" height="100%" fill="${colors.sea}"/>
<path d="${pathOf(projection, geoGraticule().step([step, step])())}" fill="none" stroke="${colors.graticule}" stroke-width="1.5"/>
${countriesSvg(detailed, shown, highlight, projection, { coast: 1.5, border: 1.6, highlight: 2.5 }, colors)}
${placeMarks}
${globeSvg}
</svg>`;
  return { svg, projection };
}

/** Where a label's top-left corner goes, kept inside the map. */
function labelPosition(
  [x, y]: [number, number],
  size: { width: number; height: number },
  side: MapPlace["side"] | "centre",
): { left: number; top: number } {
  const gap = 16;
  const positions = {
    centre: [x - size.width / 2, y - size.height / 2],
    left: [x - gap - size.width, y - size.height / 2],
    right: [x + gap, y - size.height / 2],
    above: [x - size.width / 2, y - gap - size.height],
    below: [x - size.width / 2, y + gap],
  } as const;
  const [left, top] = positions[side];
  return {
    left: Math.round(Math.max(SAFE_LEFT, Math.min(SAFE_RIGHT - size.width, left))),
    top: Math.round(Math.max(0, Math.min(MAP_HEIGHT - size.height, top))),
  };
}

/** The map as a PNG, MAP_WIDTH by MAP_HEIGHT pixels. */
export async function drawLocatorMap(map: LocatorMap): Promise<Buffer> {
  const { svg, projection } = mapSvg(map);
  const place = async (
    text: string,
    kind: keyof typeof textStyles,
    at: LonLat,
    side: MapPlace["side"] | "centre",
  ): Promise<OverlayOptions> => {
    const point = projection(at);
    if (!point) throw new Error(`${text} is not on the map`);
    const label = await labelImage(text, kind);
    return { input: label.image, ...labelPosition(point as [number, number], label, side) };
  };
  // Set side by side, laid in a fixed order: places' names over the others.
  const overlays = await Promise.all([
    ...map.labels.map((label) => place(label.text, label.kind, label.at, "centre")),
    ...map.places.map((mark) => place(mark.name, "place", mark.at, mark.side)),
  ]);
  return sharp(Buffer.from(svg)).composite(overlays).png().toBuffer();
}

// ---------------------------------------------------------------------------
// Storing a map as the app stores an upload.

/** A stored map, ready to become a Media row. */
export type StoredMap = {
  id: string;
  fileName: string;
  mimeType: "image/png";
  width: number;
  height: number;
  bytes: number;
  storageKey: string;
  variants: MediaVariant[];
};

/** A UUID-shaped id (the media route serves only those) from what the map shows and how it is drawn. */
export function mapId(map: LocatorMap): string {
  const hex = createHash("sha256").update(JSON.stringify([STYLE_VERSION, MAP_WIDTH, MAP_HEIGHT, map])).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Every copy a stored map has, were it stored: the widths lib/newsroom/media-files.ts makes. */
function expectedVariants(id: string): MediaVariant[] {
  return [...new Set(MEDIA_VARIANT_WIDTHS.map((wanted) => Math.min(wanted, MAP_WIDTH)))].map((width) => ({
    width,
    height: Math.round((MAP_HEIGHT * width) / MAP_WIDTH),
    key: `${id}/w${width}.webp`,
  }));
}

/**
 * Draws the map and writes its files under `mediaRoot` (the original PNG and
 * the WebP copies), unless an earlier seed wrote them already.
 */
export async function storeLocatorMap(mediaRoot: string, map: LocatorMap, name: string): Promise<StoredMap> {
  const id = mapId(map);
  const storageKey = originalKey(id, "png");
  const known = expectedVariants(id);
  const stored = { id, fileName: `${name}.png`, mimeType: "image/png" as const, width: MAP_WIDTH, height: MAP_HEIGHT, storageKey };
  const original = path.join(mediaRoot, storageKey);
  if (existsSync(original) && known.every((variant) => existsSync(path.join(mediaRoot, variant.key)))) {
    return { ...stored, bytes: (await readFile(original)).length, variants: known };
  }
  const png = await drawLocatorMap(map);
  const variants = await writeImageFiles(mediaRoot, id, png, "png", MAP_WIDTH);
  return { ...stored, bytes: png.length, variants };
}
