/**
 * End-to-end tests in a real Chromium against the production build. Run them
 * through `npm test` (or `npm test -- e2e`), which makes the database, seeds
 * it, builds the site and sets the variables read here.
 */
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium";
import { productionServerCommand, productionServerEnv } from "./scripts/server-command";

const port = process.env.PORT ?? "3100";
// Specs of readers (signed out) and of admins; every other spec is the newsroom's, signed in as an
// editor, so that no spec file can be left out of every project and never run.
const READER_SPECS = /(reader|search|feeds|archives|accessibility|page-cache|images|bad-input|site-chrome|pictures)\.spec\.ts$/;
const PEOPLE_SPECS = /people\.spec\.ts$/;
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "reader", testMatch: READER_SPECS, use: { ...devices["Desktop Chrome"] } },
    {
      name: "editor",
      testMatch: /\.spec\.ts$/,
      testIgnore: [READER_SPECS, PEOPLE_SPECS],
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], storageState: `e2e/.auth/editor-${port}.json` },
    },
    {
      name: "people",
      testMatch: PEOPLE_SPECS,
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], storageState: `e2e/.auth/admin-${port}.json` },
    },
  ],
  webServer: {
    // The production server, page cache and all (scripts/server.ts).
    command: productionServerCommand(),
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ...productionServerEnv, NODE_ENV: "production", PORT: port },
  },
});
