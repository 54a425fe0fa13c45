/** `npm run build`: see build-site.ts. NEXT_DIST_DIR names the build folder (.next). */
import { buildSite } from "./build-site";

buildSite().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
