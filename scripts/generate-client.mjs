// Generates the Prisma client after install. Prisma 6.19 reads the schema's
// datasource to choose its engine and falls back to downloading the Rust one
// when DATABASE_URL is unset; generating connects to nothing, so a
// placeholder is enough.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.DATABASE_URL ||= "postgresql://placeholder@localhost:5432/placeholder";
const result = spawnSync("prisma", ["generate"], { stdio: "inherit", env, shell: process.platform === "win32" });
process.exit(result.status ?? 1);
