/**
 * Database chores on the database `npm start` uses (DATABASE_URL or the
 * embedded one):
 *   npm run db:migrate               apply pending migrations (with DATABASE_URL set,
 *                                    scripts/migrate.mjs runs Prisma directly instead)
 *   npm run db:migration -- <name>   write a migration from schema.prisma changes, apply it
 *   npm run db:seed                  load the demo content if the database has no stories,
 *                                    and the demo account if it has no users
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { demoSignIn } from "./local-secrets";
import { bin, migrate, openDatabase, projectRoot, run } from "./postgres";

const [command, ...rest] = process.argv.slice(2);

async function main() {
  const database = await openDatabase();
  try {
    switch (command) {
      case "migrate":
        await migrate(database.url);
        break;
      case "migration": {
        const name = rest[0];
        if (!name || !/^[a-z0-9_]+$/.test(name)) {
          throw new Error("Name the migration in snake_case: npm run db:migration -- add_story_kicker");
        }
        // Written, then applied: Prisma 6.19's WebAssembly engine cannot run the
        // data-loss check of a plain `migrate dev` through a driver adapter, and
        // after writing the migration `--create-only` fails on its way out
        // ("null pointer passed to rust"). The migration it wrote is what counts.
        const migrations = path.join(projectRoot, "prisma", "migrations");
        const before = new Set(readdirSync(migrations));
        const written = () =>
          readdirSync(migrations).filter(
            (entry) => !before.has(entry) && existsSync(path.join(migrations, entry, "migration.sql")),
          );
        await run(bin("prisma"), ["migrate", "dev", "--create-only", "--name", name], {
          DATABASE_URL: database.url,
        }).catch((error: unknown) => {
          if (written().length !== 1) throw error;
        });
        console.log(`Wrote prisma/migrations/${written()[0]}/migration.sql`);
        await migrate(database.url);
        await run(bin("prisma"), ["generate"], { DATABASE_URL: database.url });
        break;
      }
      case "seed": {
        await migrate(database.url);
        const signIn = demoSignIn();
        await run(bin("tsx"), ["prisma/seed.ts"], {
          DATABASE_URL: database.url,
          DEMO_EDITOR_EMAIL: signIn.email,
          DEMO_EDITOR_PASSWORD: signIn.password,
        });
        break;
      }
      default:
        throw new Error(`Unknown command "${command ?? ""}": use migrate, migration or seed.`);
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
