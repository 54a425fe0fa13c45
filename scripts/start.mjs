// `npm start`.
// With NODE_ENV=production: the built site on production dependencies alone,
// with no build, migration or seed (scripts/production-start.ts, compiled by
// `npm run build`).
// Otherwise, the laptop path (scripts/start.ts): the database (embedded unless
// DATABASE_URL is set), migrations, demo content, and a build when the
// sources changed since the last one.
import { runBuilt } from "./run-built.mjs";

if (process.env.NODE_ENV === "production") {
  await runBuilt("start");
} else {
  // tsx is a devDependency: the laptop path runs from a full `npm install`.
  const { register } = await import("tsx/esm/api");
  register();
  await import("./start.ts");
}
