/** The server's configuration, read and checked once. See .env.example. */
import "server-only";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  SITE_URL: z.url().default("http://localhost:3000"),
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
    }, "NEWSROOM_TIME_ZONE must be an IANA time zone such as Europe/London"),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters"),
  /** How often the scheduler looks for scheduled stories whose time has come. */
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Where uploaded images are stored; relative paths start at the project folder. */
  MEDIA_ROOT: z.string().min(1).default(".data/media"),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`The server's configuration is incomplete:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = load();
