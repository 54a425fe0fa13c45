// `npm run db:migrate`: applies pending migrations.
// With DATABASE_URL set (the release step of a deployment) it runs
// `prisma migrate deploy` on production dependencies alone; without it, it
// migrates the embedded PostgreSQL of the laptop path (scripts/db.ts).
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => path.join(projectRoot, "node_modules", ".bin", name);

const [command, args] = process.env.DATABASE_URL
  ? [bin("prisma"), ["migrate", "deploy"]]
  : [bin("tsx"), [path.join("scripts", "db.ts"), "migrate"]];
const child = spawn(command, args, { cwd: projectRoot, stdio: "inherit" });
child.on("error", (error) => {
  console.error(error.message);
  process.exit(1);
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
