/** Readiness: 200 when the database answers within a second, 503 while it does not or the process drains. */
import { connection } from "next/server";
import { db } from "@/lib/platform/db";
import { checkReadiness, HEALTH_HEADERS } from "@/lib/platform/health";

export async function GET() {
  await connection();
  const readiness = await checkReadiness(() => db.$queryRaw`SELECT 1`);
  return Response.json(
    {
      status: readiness.ready ? "ready" : "not ready",
      database: readiness.database,
      draining: readiness.draining,
    },
    { status: readiness.ready ? 200 : 503, headers: HEALTH_HEADERS },
  );
}
