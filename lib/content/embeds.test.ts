import { describe, expect, test } from "vitest";
import {
  EMBED_PROVIDERS,
  embedFrameOrigins,
  findProviderEmbed,
  providerOfFrame,
} from "./embed-providers.mjs";
import { describeEmbed, embedAddressFromInput } from "./embeds";
import { sanitizeBodyHtml } from "./story-body";

const frameOf = (address: string) => findProviderEmbed(address)?.src ?? null;

// Page addresses as people copy them from each provider (watch, short, share
// and embed forms), and the official frame address each must become.
const cases: Record<string, [address: string, frame: string][]> = {
  youtube: [
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    [
      "https://youtube.com/watch?v=dQw4w9WgXcQ&list=PL123&index=2",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ],
    [
      "https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90",
    ],
    [
      "https://youtu.be/dQw4w9WgXcQ?si=AbCdEfGh12345&t=42",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42",
    ],
    ["https://www.youtube.com/shorts/aBcDeFgHi_-", "https://www.youtube-nocookie.com/embed/aBcDeFgHi_-"],
    [
      "https://www.youtube.com/live/dQw4w9WgXcQ?feature=share",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ],
    ["https://www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    [
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ],
    // An http address is embedded over https.
    ["http://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
  ],
  vimeo: [
    ["https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"],
    ["https://vimeo.com/76979871/8272103f6e", "https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1"],
    ["https://vimeo.com/channels/staffpicks/76979871", "https://player.vimeo.com/video/76979871?dnt=1"],
    [
      "https://player.vimeo.com/video/76979871?h=8272103f6e",
      "https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1",
    ],
  ],
  x: [
    [
      "https://x.com/NASA/status/1790456765401243857",
      "https://platform.twitter.com/embed/Tweet.html?id=1790456765401243857&dnt=true",
    ],
    [
      "https://twitter.com/NASA/status/1790456765401243857?s=20",
      "https://platform.twitter.com/embed/Tweet.html?id=1790456765401243857&dnt=true",
    ],
    [
      "https://mobile.twitter.com/NASA/status/1790456765401243857/photo/1",
      "https://platform.twitter.com/embed/Tweet.html?id=1790456765401243857&dnt=true",
    ],
    [
      "https://twitter.com/i/web/status/1790456765401243857",
      "https://platform.twitter.com/embed/Tweet.html?id=1790456765401243857&dnt=true",
    ],
  ],
  instagram: [
    ["https://www.instagram.com/p/C1a2B3c4D5e/", "https://www.instagram.com/p/C1a2B3c4D5e/embed/"],
    [
      "https://www.instagram.com/reel/C1a2B3c4D5e/?igsh=MWQ1ZGUxMzBkMA==",
      "https://www.instagram.com/p/C1a2B3c4D5e/embed/",
    ],
    ["https://instagram.com/natgeo/p/C1a2B3c4D5e", "https://www.instagram.com/p/C1a2B3c4D5e/embed/"],
  ],
  tiktok: [
    [
      "https://www.tiktok.com/@scout2015/video/6718335390845095173",
      "https://www.tiktok.com/embed/v2/6718335390845095173",
    ],
    [
      "https://www.tiktok.com/@scout2015/video/6718335390845095173?is_from_webapp=1&sender_device=pc",
      "https://www.tiktok.com/embed/v2/6718335390845095173",
    ],
    [
      "https://www.tiktok.com/embed/v2/6718335390845095173",
      "https://www.tiktok.com/embed/v2/6718335390845095173",
    ],
  ],
  spotify: [
    [
      "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC?si=1a2b3c4d",
      "https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC",
    ],
    [
      "https://open.spotify.com/intl-de/album/1DFixLWuPkv3KT3TnV35m3",
      "https://open.spotify.com/embed/album/1DFixLWuPkv3KT3TnV35m3",
    ],
    [
      "https://open.spotify.com/episode/512ojhOuo1ktJprKbVcKyQ",
      "https://open.spotify.com/embed/episode/512ojhOuo1ktJprKbVcKyQ",
    ],
    [
      "https://open.spotify.com/embed/playlist/37i9dQZF1DXcBWIGoYBM5M",
      "https://open.spotify.com/embed/playlist/37i9dQZF1DXcBWIGoYBM5M",
    ],
  ],
  soundcloud: [
    [
      "https://soundcloud.com/forss/flickermood",
      "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fforss%2Fflickermood",
    ],
    [
      "https://m.soundcloud.com/forss/flickermood?in=forss/sets/soulhack",
      "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fforss%2Fflickermood",
    ],
    [
      "https://soundcloud.com/forss/sets/soulhack",
      "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fforss%2Fsets%2Fsoulhack",
    ],
  ],
  datawrapper: [
    ["https://datawrapper.dwcdn.net/Ab3Xy/2/", "https://datawrapper.dwcdn.net/Ab3Xy/2/"],
    ["https://datawrapper.dwcdn.net/Ab3Xy/", "https://datawrapper.dwcdn.net/Ab3Xy/"],
    ["https://www.datawrapper.de/_/Ab3Xy/", "https://datawrapper.dwcdn.net/Ab3Xy/"],
  ],
  flourish: [
    [
      "https://public.flourish.studio/visualisation/1234567/",
      "https://flo.uri.sh/visualisation/1234567/embed",
    ],
    ["https://public.flourish.studio/story/98765/", "https://flo.uri.sh/story/98765/embed"],
    ["https://flo.uri.sh/visualisation/1234567/embed", "https://flo.uri.sh/visualisation/1234567/embed"],
  ],
  documentcloud: [
    [
      "https://www.documentcloud.org/documents/20059068-city-budget-2026",
      "https://embed.documentcloud.org/documents/20059068-city-budget-2026/?embed=1",
    ],
    [
      "https://www.documentcloud.org/documents/20059068-city-budget-2026.html",
      "https://embed.documentcloud.org/documents/20059068-city-budget-2026/?embed=1",
    ],
    [
      "https://embed.documentcloud.org/documents/20059068-city-budget-2026/?embed=1&title=1",
      "https://embed.documentcloud.org/documents/20059068-city-budget-2026/?embed=1",
    ],
  ],
  "google-maps": [
    [
      "https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2483.5!2d-0.1276!3d51.5073!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2sTrafalgar!5e0!3m2!1sen!2suk!4v1",
      "https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2483.5!2d-0.1276!3d51.5073!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2sTrafalgar!5e0!3m2!1sen!2suk!4v1",
    ],
    [
      "https://www.google.com/maps/@51.5073,-0.1276,15z",
      "https://www.google.com/maps?q=51.5073%2C-0.1276&z=15&output=embed",
    ],
    [
      "https://www.google.com/maps/place/Trafalgar+Square/@51.508,-0.128,17z/data=!3m1!4b1",
      "https://www.google.com/maps?q=Trafalgar%20Square&z=17&output=embed",
    ],
    [
      "https://maps.google.com/maps?q=Harbour+Street",
      "https://www.google.com/maps?q=Harbour%20Street&z=14&output=embed",
    ],
  ],
};

describe("embed providers", () => {
  test("every provider has real-shaped addresses under test", () => {
    expect(Object.keys(cases).sort()).toEqual(EMBED_PROVIDERS.map((provider) => provider.id).sort());
  });

  for (const [id, pairs] of Object.entries(cases)) {
    test(`${id}: page addresses become its official frame address, which the sanitiser keeps`, () => {
      for (const [address, frame] of pairs) {
        expect(frameOf(address), address).toBe(frame);
        expect(findProviderEmbed(address)?.provider.id).toBe(id);
        expect(providerOfFrame(frame)?.id, frame).toBe(id);
        expect(new URL(frame).origin).toBe(
          EMBED_PROVIDERS.find((provider) => provider.id === id)?.frameOrigin,
        );
      }
    });
  }

  test("look-alike hosts, other schemes and pages that are not one thing to embed are not players", () => {
    for (const address of [
      "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
      "https://evil.example/www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
      "https://notyoutube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
      "https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ",
      "javascript:alert(1)//www.youtube.com/watch?v=dQw4w9WgXcQ",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "ftp://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com/watch?v=short",
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22onload%3D",
      "https://www.youtube.com/@channel",
      "https://vimeo.com/about",
      "https://x.com/NASA",
      "https://x.com/NASA/status/notanumber",
      "https://twitter.com.evil.example/NASA/status/1790456765401243857",
      "https://www.instagram.com/natgeo/",
      "https://vm.tiktok.com/ZMabcdef/",
      "https://www.tiktok.com/@scout2015",
      "https://open.spotify.com/user/spotify",
      "https://open.spotify.com.evil.example/track/4uLU6hMCjMI75M1A2tKUQC",
      "https://soundcloud.com/forss",
      "https://soundcloud.com/forss/likes",
      "https://on.soundcloud.com/AbCdEf",
      "https://app.datawrapper.de/chart/Ab3Xy/visualize",
      "https://public.flourish.studio/",
      "https://www.documentcloud.org/app",
      "https://www.google.com/search?q=maps",
      "https://www.google.com/maps/embed/v1/place?key=SECRET&q=x",
      "https://maps.app.goo.gl/AbCdEf",
    ]) {
      expect(findProviderEmbed(address), address).toBeNull();
    }
  });

  test("frame addresses that only look like a provider's are refused", () => {
    for (const src of [
      "https://www.youtube-nocookie.com.evil.example/embed/dQw4w9WgXcQ",
      "http://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
      "https://www.youtube.com/embed/dQw4w9WgXcQ",
      "//www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      "https://player.vimeo.com/video/76979871",
      "https://www.google.com/maps/embed?pb=x&callback=evil",
      "https://www.google.com/url?q=https://evil.example",
      "https://evil.example/",
    ]) {
      expect(providerOfFrame(src), src).toBeNull();
    }
  });

  test("the CSP's frame-src lists each provider's frame origin, https only", () => {
    const origins = embedFrameOrigins();
    expect(origins).toHaveLength(EMBED_PROVIDERS.length);
    expect(origins).toContain("https://www.youtube-nocookie.com");
    for (const origin of origins) expect(origin).toMatch(/^https:\/\/[a-z0-9.-]+$/);
  });
});

describe("describing an embed", () => {
  test("a provider's address is a player titled for screen readers, with the editor's title", () => {
    const embed = describeEmbed("https://youtu.be/dQw4w9WgXcQ", " Council meeting ");
    expect(embed).toMatchObject({
      kind: "frame",
      src: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      frameTitle: "YouTube video: Council meeting",
      caption: "Council meeting",
      size: { aspectRatio: "16 / 9" },
    });
    expect(describeEmbed("https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC")).toMatchObject({
      frameTitle: "Spotify player",
      size: { height: 152 },
    });
  });

  test("any other address is a link card with the title and the host name; an unsafe one is nothing", () => {
    expect(describeEmbed("https://www.example.org/reports/2026", "Annual report")).toEqual({
      kind: "card",
      url: "https://www.example.org/reports/2026",
      host: "example.org",
      title: "Annual report",
    });
    expect(describeEmbed("https://example.org/a")).toMatchObject({ title: "example.org/a" });
    expect(describeEmbed("javascript:alert(1)", "x")).toBeNull();
  });

  test("an editor may paste a provider's whole iframe code, or leave off the scheme", () => {
    expect(
      embedAddressFromInput(
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m3!1d2483.5!2sTrafalgar&amp;x=1" width="600" height="450" style="border:0;"></iframe>',
      ),
    ).toBe("https://www.google.com/maps/embed?pb=!1m18!1m3!1d2483.5!2sTrafalgar&x=1");
    expect(embedAddressFromInput("  youtu.be/dQw4w9WgXcQ ")).toBe("https://youtu.be/dQw4w9WgXcQ");
  });
});

describe("sanitising frames", () => {
  test("only frames whose address a provider claims survive, with fixed attributes", () => {
    const html = sanitizeBodyHtml(
      '<iframe src="https://evil.example/x" title="x">inside</iframe>' +
        '<iframe src="https://www.youtube-nocookie.com.evil.example/embed/dQw4w9WgXcQ"></iframe>' +
        '<iframe src="javascript:alert(1)"></iframe>' +
        '<iframe srcdoc="<script>alert(1)</script>"></iframe>' +
        '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e&amp;dnt=1" title="A film" onload="alert(1)" sandbox="allow-top-navigation" allow="camera; microphone" width="1"></iframe>',
    );
    expect(html).toBe(
      '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e&amp;dnt=1" title="A film" loading="lazy" ' +
        'allow="autoplay; encrypted-media; fullscreen; picture-in-picture" allowfullscreen ' +
        'referrerpolicy="strict-origin-when-cross-origin" ' +
        'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation"></iframe>',
    );
  });

  test("embed boxes keep their shape, and no other style", () => {
    expect(
      sanitizeBodyHtml(
        '<figure class="embed" style="max-width: 550px; position: fixed"><div class="embed-frame x" style="height: 560px; background: url(https://evil.example)"></div></figure>' +
          '<div style="aspect-ratio: 16 / 9; top: 0"></div>',
      ),
    ).toBe(
      '<figure class="embed" style="max-width:550px"><div class="embed-frame" style="height:560px"></div></figure>' +
        '<div style="aspect-ratio:16 / 9"></div>',
    );
  });
});
