/** The integration tests' database: made for this run by `npm test`, emptied between tests. */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffUser } from "@/lib/people/roles";

const url = process.env.DATABASE_URL;
if (!url || !/newsroom_test_/.test(url)) {
  // Never run against a database the tests did not make: they delete everything.
  throw new Error("Run the integration tests through `npm test`, which makes them a database of their own.");
}

export const testDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });

export async function emptyDatabase() {
  const tables = await testDb.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await testDb.$executeRawUnsafe(
    `TRUNCATE ${tables.map(({ tablename }) => `"${tablename}"`).join(", ")} RESTART IDENTITY CASCADE`,
  );
}

export async function createStaff(role: StaffUser["role"], name = `A ${role}`): Promise<StaffUser> {
  const id = crypto.randomUUID();
  const email = `${id}@newsroom.test`;
  await testDb.user.create({ data: { id, name, email, role } });
  return { id, name, email, role };
}
