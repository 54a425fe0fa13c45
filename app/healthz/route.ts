/** Liveness: the process is up and answering. It asks nothing of the database. */
import { connection } from "next/server";
import { HEALTH_HEADERS } from "@/lib/platform/health";

export async function GET() {
  // Answered per request, never prerendered at build.
  await connection();
  return Response.json({ status: "ok" }, { headers: HEALTH_HEADERS });
}
