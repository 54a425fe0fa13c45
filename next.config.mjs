/** @type {import('next').NextConfig} */
import { fileURLToPath } from "node:url";
import { embedFrameOrigins } from "./lib/content/embed-providers.mjs";

// Sent with every response. The style policy allows inline styles because
// React and Next inject them; scripts come only from this origin (Next's
// inline bootstrap scripts need 'unsafe-inline' without a nonce). Frames come
// only from the players stories may embed (lib/content/embed-providers.mjs).
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'" + (process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  `frame-src ${embedFrameOrigins().join(" ")}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

const nextConfig = {
  // The test run builds into its own folder so it never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project, tests included, and CI runs
  // it first; each build (`npm start`, the tests, the benchmark) need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Responses Next.js sends itself are gzipped, under plain `next start` too.
  // scripts/server.ts asks it for reader pages uncompressed, to keep them in
  // the page cache, and sends them compressed with brotli or gzip.
  compress: true,
  typedRoutes: false,
  // Next.js's cache of rendered pages and data, in memory, dropped by cache tag
  // in every process (lib/delivery/cache-handler.mjs, lib/delivery/cache-invalidation.ts).
  cacheHandler: fileURLToPath(new URL("./lib/delivery/cache-handler.mjs", import.meta.url)),
  // Its size. Readers' pages are answered by the page cache in front
  // (PAGE_CACHE_MB); what this one adds is client navigations (the pages'
  // RSC payloads) and cached data. It keeps a page's HTML as a string on the
  // heap, and a fuller heap costs every render in garbage collection: on a
  // server that had rendered 7,000 stories, this cache at 2 MB rather than
  // 32 took 18% off each render's CPU. 8 MB holds some 100 story pages: the
  // front page, the sections and the most read.
  cacheMaxMemorySize: 8 * 1024 * 1024,
  // Story images come from the media route (app/media): next/image asks for
  // the upload's ready-made WebP copy that fits (lib/content/media-image-loader.ts),
  // so no picture is resized or encoded while a reader waits.
  images: {
    loader: "custom",
    loaderFile: "./lib/content/media-image-loader.ts",
    // The widths pages offer browsers: the copies every upload has.
    deviceSizes: [480, 960, 1600],
    imageSizes: [240],
    // The optimizer (/_next/image) is not used; should anything ask it, only our own uploads.
    localPatterns: [{ pathname: "/media/**", search: "" }],
  },
  experimental: {
    // An image upload is up to 10 MB (lib/newsroom/media-uploads.ts), plus the form around it.
    serverActions: { bodySizeLimit: "12mb" },
    // proxy.ts sees every request: without this it would cut bodies at 10 MB.
    proxyClientMaxBodySize: "12mb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Search results are the same for every reader: shared caches (the page
      // cache in front, Varnish, a CDN) keep each a minute, dropped with the
      // search tag whenever a story readers can see changes (lib/delivery/cache-tags.ts).
      // Browsers keep none.
      // Shareable preview links (app/(site)/preview): a draft for whoever holds
      // the link, never indexed and never kept by a cache, the page cache in
      // front included.
      {
        source: "/preview/:token*",
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "private, no-store" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
      {
        source: "/search",
        headers: [
          { key: "Cache-Control", value: "public, max-age=0, s-maxage=60" },
          { key: "Surrogate-Key", value: "search" },
        ],
      },
    ];
  },
};

export default nextConfig;
