/**
 * Database chores on the database `npm start` uses (DATABASE_URL or the
 * embedded one):
 *   npm run db:migrate               apply pending migrations
 *   npm run db:migration -- <name>   write a migration from schema.prisma changes, apply it
 *   npm run db:seed                  load the demo content if the database has no stories
 */
import { bin, migrate, openDatabase, run } from "./postgres";

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
        await run(bin("prisma"), ["migrate", "dev", "--name", name], { DATABASE_URL: database.url });
        break;
      }
      case "seed":
        await migrate(database.url);
        await run(bin("tsx"), ["prisma/seed.ts"], { DATABASE_URL: database.url });
        break;
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
