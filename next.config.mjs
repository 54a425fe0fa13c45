/** @type {import('next').NextConfig} */

// Sent with every response. The style policy allows inline styles because
// React and Next inject them; scripts come only from this origin (Next's
// inline bootstrap scripts need 'unsafe-inline' without a nonce).
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'" + (process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
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
  // scripts/server.ts compresses every response, after the page cache has kept
  // the uncompressed bytes; Next.js compressing too would hide them from it.
  compress: false,
  typedRoutes: false,
  // Next.js keeps rendered pages for client-side navigation and for the page
  // cache's misses; readers' pages are held by the page cache (PAGE_CACHE_MB).
  cacheMaxMemorySize: 16 * 1024 * 1024,
  // Story images come from the media route (app/media), WebP copies at most
  // 1600 pixels wide; the optimizer (/_next/image) resizes them for readers.
  images: {
    // Only our own uploads, without a query string: nothing else can be resized at our cost.
    localPatterns: [{ pathname: "/media/**", search: "" }],
    // AVIF where the browser takes it (about a fifth smaller), else WebP.
    formats: ["image/avif", "image/webp"],
    // Widths offered to browsers, fewer than Next's defaults so that pages
    // list fewer and the optimizer makes fewer copies: from 7rem thumbnails
    // on phones (112 points at 1x to 3x) through rails' and lists' 16 to 22rem
    // columns to a phone-wide or 45rem lead at 2x, up to the widest upload
    // copy (wider would only repeat the 1600-pixel copy under another name).
    deviceSizes: [480, 640, 828, 1080, 1600],
    imageSizes: [192, 256, 384],
    // Copies' names never change (app/media sends them as immutable), so the
    // resized ones may be kept as long: 31 days before asking again.
    minimumCacheTTL: 31 * 24 * 60 * 60,
  },
  experimental: {
    // Rendered pages stay in memory (cacheMaxMemorySize) rather than also
    // going to disk: writing seven files a page halved how fast new pages
    // rendered, and readers are answered from the page cache in front.
    isrFlushToDisk: false,
    // An image upload is up to 10 MB (lib/media.ts), plus the form around it.
    serverActions: { bodySizeLimit: "12mb" },
    // proxy.ts sees every request: without this it would cut bodies at 10 MB.
    proxyClientMaxBodySize: "12mb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Search results are the same for every reader: the page cache in front
      // (lib/page-cache.ts) keeps each search a minute, and forgets them all
      // when a story readers can see changes (lib/reader-pages.ts). Browsers
      // and CDNs, which see no Surrogate-Control, keep none.
      { source: "/search", headers: [{ key: "Surrogate-Control", value: "max-age=60" }] },
    ];
  },
};

export default nextConfig;
