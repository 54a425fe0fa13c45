/**
 * Draws social cards: 1200 × 630 PNGs in the site's look (white page, serif
 * headline, the section in red), for a story without a hero image and for the
 * site as a whole. Set in Source Serif 4 from `@fontsource/source-serif-4`,
 * read from disk: nothing is fetched. Characters none of its files cover
 * (emoji, Chinese) are left out rather than sent for a font over the network,
 * which is what ImageResponse would otherwise do.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH } from "@/lib/reader/social-card";

const FAMILY = "Source Serif 4";
const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "vietnamese"] as const;
const WEIGHTS = [400, 600, 700] as const;
const familyOf = (subset: (typeof SUBSETS)[number]) => (subset === "latin" ? FAMILY : `${FAMILY} ${subset}`);
/** Latin first, then the other subsets for the characters it lacks. */
const FONT_FAMILY = SUBSETS.map((subset) => `"${familyOf(subset)}"`).join(", ");
const fontFolder = () => path.join(process.cwd(), "node_modules", "@fontsource", "source-serif-4");

type Font = { name: string; data: Buffer; weight: (typeof WEIGHTS)[number]; style: "normal" };
type Fonts = { fonts: Font[]; covers: (codePoint: number) => boolean };

/** The code points a fontsource stylesheet gives each of its files (its unicode-range lines). */
export function unicodeRanges(css: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const [, list] of css.matchAll(/unicode-range:\s*([^;]+);/g)) {
    for (const part of list!.split(",")) {
      const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
      if (!from) continue;
      ranges.push([parseInt(from, 16), parseInt(to ?? from, 16)]);
    }
  }
  return ranges;
}

let loading: Promise<Fonts> | undefined;

/** Every subset of the weights the cards use (WOFF: satori reads no WOFF2), read once per process. */
function loadFonts(): Promise<Fonts> {
  loading ??= (async () => {
    const folder = fontFolder();
    const fonts = await Promise.all(
      WEIGHTS.flatMap((weight) =>
        SUBSETS.map(async (subset) => ({
          // One name a subset: satori keeps one font per name and weight.
          name: familyOf(subset),
          data: await readFile(path.join(folder, "files", `source-serif-4-${subset}-${weight}-normal.woff`)),
          weight,
          style: "normal" as const,
        })),
      ),
    );
    const ranges = unicodeRanges(await readFile(path.join(folder, "700.css"), "utf8"));
    const covers = (codePoint: number) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
    return { fonts, covers };
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The text without the characters the fonts lack, spaces tidied. */
export function printable(text: string, covers: (codePoint: number) => boolean): string {
  return [...text]
    .filter((character) => /\s/.test(character) || covers(character.codePointAt(0)!))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** Smaller type for longer headlines, so that any headline fits in four lines. */
export function headlineSize(headline: string): number {
  const length = headline.length;
  if (length <= 45) return 80;
  if (length <= 70) return 68;
  if (length <= 100) return 58;
  if (length <= 140) return 50;
  return 42;
}

const colors = { text: "#171717", muted: "#525252", rule: "#171717", accent: "#b91c1c", page: "#ffffff" };

function Masthead({ siteName, host }: { siteName: string; host: string }) {
  return (
    <div
      style={{
        display: "flex",
        alignItems: "baseline",
        justifyContent: "space-between",
        borderBottom: `3px solid ${colors.rule}`,
        paddingBottom: 18,
      }}
    >
      <div style={{ fontSize: 44, fontWeight: 700, color: colors.text }}>{siteName}</div>
      <div style={{ fontSize: 26, fontWeight: 400, color: colors.muted }}>{host}</div>
    </div>
  );
}

function Card({ children, siteName, host }: { children: React.ReactNode; siteName: string; host: string }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: colors.page,
        fontFamily: FONT_FAMILY,
        color: colors.text,
        padding: "56px 72px 0",
      }}
    >
      <Masthead siteName={siteName} host={host} />
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "center", flexGrow: 1, paddingBottom: 24 }}>
        {children}
      </div>
      <div style={{ display: "flex", height: 14, background: colors.accent, margin: "0 -72px" }} />
    </div>
  );
}

const hostOf = (siteUrl: string) => new URL(siteUrl).host;

type CardSite = { name: string; url: string };

/** A story's card: the site's name, the story's section and headline. */
export async function storyCardResponse(
  story: { headline: string; section: { name: string } | null },
  site: CardSite,
  headers: Record<string, string> = {},
): Promise<ImageResponse> {
  const { fonts, covers } = await loadFonts();
  const headline = printable(story.headline, covers);
  const section = story.section ? printable(story.section.name, covers) : "";
  return new ImageResponse(
    (
      <Card siteName={printable(site.name, covers)} host={hostOf(site.url)}>
        {section && (
          <div
            style={{
              fontSize: 28,
              fontWeight: 600,
              letterSpacing: 3,
              textTransform: "uppercase",
              color: colors.accent,
              marginBottom: 20,
            }}
          >
            {section}
          </div>
        )}
        <div
          style={{
            display: "block",
            fontSize: headlineSize(headline),
            fontWeight: 700,
            lineHeight: 1.12,
            lineClamp: 4,
            color: colors.text,
          }}
        >
          {headline}
        </div>
      </Card>
    ),
    { width: SOCIAL_CARD_WIDTH, height: SOCIAL_CARD_HEIGHT, fonts, headers },
  );
}

/** The site's own card, for the front page and every page without a picture of its own. */
export async function siteCardResponse(site: CardSite): Promise<ImageResponse> {
  const { fonts, covers } = await loadFonts();
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "center",
          background: colors.page,
          fontFamily: FONT_FAMILY,
          color: colors.text,
          padding: "0 96px",
          borderBottom: `14px solid ${colors.accent}`,
        }}
      >
        <div style={{ display: "flex", width: 120, height: 8, background: colors.accent, marginBottom: 40 }} />
        <div style={{ fontSize: 132, fontWeight: 700, lineHeight: 1 }}>{printable(site.name, covers)}</div>
        <div style={{ fontSize: 40, fontWeight: 400, color: colors.muted, marginTop: 36 }}>{hostOf(site.url)}</div>
      </div>
    ),
    { width: SOCIAL_CARD_WIDTH, height: SOCIAL_CARD_HEIGHT, fonts },
  );
}
