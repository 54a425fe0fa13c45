/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and says where the time went:
 * by part (Next.js, React's two renderers, the site's own code, Prisma, pg,
 * compression, garbage collection, ...) and by function, as a share of the
 * time the process was not idle.
 */
import { readFileSync } from "node:fs";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

export type ProfileSummary = {
  /** Whether only the window asked for was read (else the whole profile). */
  windowed: boolean;
  /** CPU time the process spent working (not idle), in ms. */
  busyMs: number;
  parts: { part: string; ms: number; share: number }[];
  functions: { name: string; ms: number; share: number }[];
};

/** Which part of the stack a function belongs to, from its script's address. */
export function partOf(url: string, functionName: string): string {
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(program)") return "V8 and native code outside JavaScript";
  if (functionName === "(idle)") return "(idle)";
  if (/zlib|brotli|gzip/i.test(url) || /^(brotli|gzip|zlib|deflate)/i.test(functionName))
    return "compression (zlib, brotli)";
  if (url.includes("/react-dom/") || url.includes("react-dom-server")) return "React DOM (HTML renderer)";
  if (url.includes("react-server-dom")) return "React server components (payload)";
  if (url.includes("/compiled/react/") || url.includes("/node_modules/react/")) return "React";
  // Next.js's compiled runtime for App Router pages: its renderer with React's server renderers bundled in.
  if (url.includes("/next/dist/compiled/next-server/app-page"))
    return "Next.js app-page runtime (Next.js and React's renderers)";
  if (url.includes("/node_modules/next/")) return "Next.js (server, router, cache)";
  if (url.includes("@prisma") || url.includes("/generated/prisma")) return "Prisma";
  if (/\/node_modules\/pg[^/]*\//.test(url)) return "pg";
  const packageName = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (packageName) return packageName;
  if (url.includes("newsroom-server.mjs")) return "production server (scripts/server.ts, scripts/page-cache.ts)";
  // Turbopack's chunks: the site's code, with what it bundled of its packages.
  if (url.includes("/server/chunks/") || url.includes("/server/app/"))
    return "the app's bundle (site code and bundled packages)";
  if (url.startsWith("node:") || url === "" || !url.includes("/"))
    return "Node.js (http, streams, timers, ...)";
  return "other";
}

/**
 * `window`: the part of the profile to read, as times of the monotonic clock
 * in µs (process.hrtime.bigint() / 1000n: V8 stamps its samples with the same
 * clock on Linux); the whole profile when it falls outside.
 */
export function summariseProfile(
  file: string,
  window?: { fromUs: number; toUs: number },
  top = 15,
): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inside =
    window && window.fromUs >= profile.startTime && window.toUs <= profile.endTime + 1_000_000
      ? window
      : undefined;
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (inside && (at < inside.fromUs || at > inside.toUs)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const parts = new Map<string, number>();
  const functions = new Map<string, number>();
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const part = partOf(url, functionName);
    if (part === "(idle)") continue;
    busyUs += us;
    parts.set(part, (parts.get(part) ?? 0) + us);
    const where = url
      ? ` ${url.replace(/^.*\/node_modules\//, "").replace(/^.*\/(\.next-[^/]+\/)/, "$1")}:${lineNumber + 1}`
      : "";
    const name = `${functionName || "(anonymous)"}${where}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: us / busyUs }));
  return {
    windowed: inside !== undefined,
    busyMs: Math.round(busyUs / 1000),
    parts: rank(parts).map(({ name, ms, share }) => ({ part: name, ms, share })),
    functions: rank(functions).slice(0, top),
  };
}
