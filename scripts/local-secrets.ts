/**
 * Values the laptop path (`npm start` without NODE_ENV=production, `npm run
 * dev`) needs that a fresh clone does not have: the session-signing secret and
 * the demo account's password. Taken from the environment when set, otherwise
 * generated once and kept in the git-ignored .data folder so they survive
 * restarts. Production never uses them: it refuses to start without
 * BETTER_AUTH_SECRET (lib/platform/env.ts) and has no demo account.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./postgres";

const dataDir = path.join(projectRoot, ".data");

function keptValue(fileName: string, make: () => string): string {
  const file = path.join(dataDir, fileName);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const value = make();
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return value;
}

export function authSecret(): string {
  return (
    process.env.BETTER_AUTH_SECRET || keptValue("auth-secret", () => randomBytes(32).toString("base64url"))
  );
}

export type DemoSignIn = { email: string; password: string };

export const demoEditorEmail = () => process.env.DEMO_EDITOR_EMAIL || "editor@newsroom.test";

export function demoSignIn(): DemoSignIn {
  return {
    email: demoEditorEmail(),
    password:
      process.env.DEMO_EDITOR_PASSWORD ||
      keptValue("demo-editor-password", () => randomBytes(12).toString("base64url")),
  };
}
