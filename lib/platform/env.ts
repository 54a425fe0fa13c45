/**
 * The server's configuration, read and checked once. See .env.example.
 *
 * Three moments read it. The build (`next build`) needs neither a database
 * nor a secret: what it lacks gets a placeholder that connects to nothing and
 * signs nothing. Production (NODE_ENV=production) refuses to start without
 * SITE_URL and BETTER_AUTH_SECRET, naming them. Development and tests default
 * SITE_URL to http://localhost:3000.
 */
import "server-only";
import { z } from "zod";

export type EnvMode = "build" | "production" | "development";

type Source = Record<string, string | undefined>;

export function envMode(source: Source = process.env): EnvMode {
  if (source.NEXT_PHASE === "phase-production-build") return "build";
  return source.NODE_ENV === "production" ? "production" : "development";
}

// Never reached: the build opens no connection and signs nothing.
const BUILD_DATABASE_URL = "postgresql://build.invalid:5432/newsroom";
const BUILD_AUTH_SECRET = "placeholder-for-the-build-never-signs-anything";

/** A required variable's message when it is missing, zod's own otherwise. */
const whenMissing = (message: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? message : undefined),
});

/** The HTTP caches in front of the site that writes purge by tag (lib/delivery/cdn-purge.ts); all optional. */
const purgeTargets = {
  /** Varnish servers (deploy/varnish/newsroom.vcl), comma-separated: each is sent PURGE with xkey-purge. */
  PURGE_VARNISH_URLS: z
    .string()
    .optional()
    .transform((list) => (list ?? "").split(",").map((url) => url.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: "must be http:// addresses, comma-separated" }))),
  FASTLY_SERVICE_ID: z.string().min(1).optional(),
  /** A Fastly API token with the purge_select scope (and purge_all, to purge everything). */
  FASTLY_API_TOKEN: z.string().min(1).optional(),
  CLOUDFLARE_ZONE_ID: z.string().min(1).optional(),
  /** A Cloudflare API token with the Cache Purge permission on the zone. */
  CLOUDFLARE_API_TOKEN: z.string().min(1).optional(),
};
const PURGE_CREDENTIALS: [string, string][] = [
  ["FASTLY_SERVICE_ID", "FASTLY_API_TOKEN"],
  ["CLOUDFLARE_ZONE_ID", "CLOUDFLARE_API_TOKEN"],
];

/** Variables that work only together: with one set, the other is named as missing. */
const bothOrNeither = (pairs: [string, string][]) => (values: Record<string, unknown>, context: z.RefinementCtx) => {
  for (const [first, second] of pairs) {
    if ((values[first] === undefined) === (values[second] === undefined)) continue;
    const [missing, given] = values[first] === undefined ? [first, second] : [second, first];
    context.addIssue({ code: "custom", path: [missing], message: `not set, though ${given} is: set both or neither` });
  }
};

function schemaFor(mode: EnvMode) {
  const databaseUrl = z.url({
    protocol: /^postgres(ql)?$/,
    error: (issue) =>
      issue.input === undefined
        ? "not set: the PostgreSQL database, postgresql://user:password@host:5432/newsroom"
        : "must be a postgresql:// URL",
  });
  const siteUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// address" });
  const authSecret = z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)");
  return z.object({
    DATABASE_URL: mode === "build" ? databaseUrl.default(BUILD_DATABASE_URL) : databaseUrl,
    SITE_URL:
      mode === "production"
        ? z.url({
            protocol: /^https?$/,
            ...whenMissing(
              "not set: production needs the site's public address, such as https://news.example.com",
            ),
          })
        : siteUrl.default("http://localhost:3000"),
    SITE_NAME: z.string().min(1).default("Newsroom"),
    NEWSROOM_TIME_ZONE: z
      .string()
      .default("America/New_York")
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat("en-US", { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, "must be an IANA time zone such as Europe/London"),
    BETTER_AUTH_SECRET:
      mode === "build"
        ? authSecret.default(BUILD_AUTH_SECRET)
        : z
            .string(
              whenMissing(
                "not set: it signs sessions and must be the same on every web process (openssl rand -base64 32)",
              ),
            )
            .min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    /** How often the scheduler looks for scheduled stories whose time has come. */
    SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /** Where uploaded images are stored; relative paths start at the project folder. */
    MEDIA_ROOT: z.string().min(1).default(".data/media"),
    ...purgeTargets,
  }).superRefine(bothOrNeither(PURGE_CREDENTIALS));
}

export type Env = z.infer<ReturnType<typeof schemaFor>>;

/** Reads the configuration from `source`; throws an error naming every variable that is wrong. */
export function loadEnv(source: Source = process.env, mode: EnvMode = envMode(source)): Env {
  const parsed = schemaFor(mode).safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`The server's configuration is incomplete:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = loadEnv();
