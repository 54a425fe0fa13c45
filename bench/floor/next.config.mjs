/**
 * The floor app's own configuration: bench/run.ts copies this folder into the
 * benchmark's build folder (.next-bench/floor), builds it there with the
 * repo's Next.js and serves it with the site's production server
 * (scripts/server.ts, as built). Nothing of the site's: no cache handler, no
 * headers, no proxy, no instrumentation.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Only .tsx: with the default extensions, Turbopack, finding no proxy.ts or
  // instrumentation.ts here, built the site's own from the repository's root.
  pageExtensions: ["tsx"],
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
