/**
 * Purges the HTTP caches in front of the site by cache tag (lib/delivery/cache-tags.ts):
 * Varnish with xkey (deploy/varnish/newsroom.vcl), Fastly's surrogate keys
 * and Cloudflare's cache tags, whichever lib/platform/env.ts names. Every target gets
 * every purge. A target that fails or does not answer in time is logged, not
 * thrown: a reader may see an old page a little longer, and an editor's write
 * never fails because a CDN did.
 */
import "server-only";
import { env } from "@/lib/platform/env";

/** The tag that stands for every page (lib/delivery/cache-handler.mjs): each target is purged whole. */
export const EVERYTHING = "*";

/** Fastly purges at most this many surrogate keys per request. */
export const FASTLY_KEYS_PER_REQUEST = 256;
/** Cloudflare's limit per purge request on every plan (Enterprise allows 500). */
export const CLOUDFLARE_TAGS_PER_REQUEST = 100;
/** Varnish refuses a request whose headers pass http_req_hdr_len (8 KB by default): well under it. */
export const VARNISH_TAG_BYTES_PER_REQUEST = 4_000;
const TIMEOUT_MS = 10_000;

export type PurgeConfig = {
  varnishUrls: string[];
  fastly?: { serviceId: string; apiToken: string; apiUrl?: string };
  cloudflare?: { zoneId: string; apiToken: string; apiUrl?: string };
  timeoutMs?: number;
};

type Target = { name: string; requests: (tags: string[]) => Request[] };

/** Tags in batches of at most `count` tags and `bytes` bytes joined by spaces, in order. */
export function batches(tags: string[], count: number, bytes = Infinity): string[][] {
  const all: string[][] = [];
  let batch: string[] = [];
  let size = 0;
  for (const tag of tags) {
    const length = Buffer.byteLength(tag);
    if (batch.length > 0 && (batch.length === count || size + 1 + length > bytes)) {
      all.push(batch);
      batch = [];
    }
    size = batch.length === 0 ? length : size + 1 + length;
    batch.push(tag);
  }
  if (batch.length > 0) all.push(batch);
  return all;
}

function varnish(url: string): Target {
  const purge = (header: string) => new Request(url, { method: "PURGE", headers: { "xkey-purge": header } });
  return {
    name: `Varnish at ${url}`,
    requests: (tags) =>
      tags.includes(EVERYTHING)
        ? [purge(EVERYTHING)]
        : batches(tags, Infinity, VARNISH_TAG_BYTES_PER_REQUEST).map((batch) => purge(batch.join(" "))),
  };
}

function fastly({ serviceId, apiToken, apiUrl = "https://api.fastly.com" }: NonNullable<PurgeConfig["fastly"]>): Target {
  const service = `${apiUrl}/service/${encodeURIComponent(serviceId)}`;
  const headers = { "Fastly-Key": apiToken, Accept: "application/json" };
  return {
    name: "Fastly",
    requests: (tags) =>
      tags.includes(EVERYTHING)
        ? [new Request(`${service}/purge_all`, { method: "POST", headers })]
        : batches(tags, FASTLY_KEYS_PER_REQUEST).map(
            (batch) =>
              new Request(`${service}/purge`, {
                method: "POST",
                headers: { ...headers, "Surrogate-Key": batch.join(" ") },
              }),
          ),
  };
}

function cloudflare({
  zoneId,
  apiToken,
  apiUrl = "https://api.cloudflare.com/client/v4",
}: NonNullable<PurgeConfig["cloudflare"]>): Target {
  const purge = (body: object) =>
    new Request(`${apiUrl}/zones/${encodeURIComponent(zoneId)}/purge_cache`, {
      method: "POST",
      headers: { Authorization: `Bearer ${apiToken}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  return {
    name: "Cloudflare",
    requests: (tags) =>
      tags.includes(EVERYTHING)
        ? [purge({ purge_everything: true })]
        : batches(tags, CLOUDFLARE_TAGS_PER_REQUEST).map((batch) => purge({ tags: batch })),
  };
}

/** Why a purge response is a failure, or null when it is not. */
async function failureOf(response: Response): Promise<string | null> {
  const text = await response.text();
  if (!response.ok) return `answered ${response.status}: ${text.slice(0, 300)}`;
  // Cloudflare reports some failures in the body of a 200.
  if (response.headers.get("content-type")?.includes("application/json")) {
    try {
      const body = JSON.parse(text) as { success?: unknown };
      if (body.success === false) return `refused it: ${text.slice(0, 300)}`;
    } catch {
      return `answered with unreadable JSON: ${text.slice(0, 300)}`;
    }
  }
  return null;
}

/** One target's requests, one after another (CDNs limit purge rates); failures are logged. */
async function send(target: Target, tags: string[], timeoutMs: number) {
  for (const request of target.requests(tags)) {
    try {
      const response = await fetch(request, { signal: AbortSignal.timeout(timeoutMs) });
      const failure = await failureOf(response);
      if (failure) console.error(`CDN purge: ${target.name} ${failure}`);
    } catch (error) {
      const reason = error instanceof Error && error.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : error;
      console.error(`CDN purge: could not reach ${target.name}:`, reason);
    }
  }
}

/** Purges `tags` from every target of `config`, each target in parallel; never throws. */
export function createPurger(config: PurgeConfig): ((tags: string[]) => Promise<void>) & { targets: number } {
  const targets = [
    ...config.varnishUrls.map(varnish),
    ...(config.fastly ? [fastly(config.fastly)] : []),
    ...(config.cloudflare ? [cloudflare(config.cloudflare)] : []),
  ];
  const purge = async (tags: string[]) => {
    const unique = [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
    if (unique.length === 0 || targets.length === 0) return;
    await Promise.all(targets.map((target) => send(target, unique, config.timeoutMs ?? TIMEOUT_MS)));
  };
  return Object.assign(purge, { targets: targets.length });
}

/** The targets lib/platform/env.ts names. */
export const configuredPurger = createPurger({
  varnishUrls: env.PURGE_VARNISH_URLS,
  fastly:
    env.FASTLY_SERVICE_ID && env.FASTLY_API_TOKEN
      ? { serviceId: env.FASTLY_SERVICE_ID, apiToken: env.FASTLY_API_TOKEN }
      : undefined,
  cloudflare:
    env.CLOUDFLARE_ZONE_ID && env.CLOUDFLARE_API_TOKEN
      ? { zoneId: env.CLOUDFLARE_ZONE_ID, apiToken: env.CLOUDFLARE_API_TOKEN }
      : undefined,
});

/**
 * Purges these tags ("*" for everything) from every HTTP cache lib/platform/env.ts
 * names, and resolves once each has answered or timed out. Never throws.
 */
export const purgeTags = (tags: string[]): Promise<void> => configuredPurger(tags);
