/** What the audit log's address accepts: a filter that does not parse is left out, never an error. */
import { z } from "zod";
import { zonedLocalToDate } from "@/lib/platform/zoned-time";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const auditLogParamsSchema = z.object({
  /** A user's id, or "none" for entries nobody signed in made (failed sign-ins, the scheduler). */
  person: z.string().trim().min(1).max(100).optional().catch(undefined),
  action: z
    .string()
    .regex(/^[a-z_]+\.[a-z_]+$/)
    .optional()
    .catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type AuditLogParams = z.infer<typeof auditLogParamsSchema>;

/**
 * The instants a day range covers in the newsroom's time zone: from the
 * start of `from` to the end of `to` (both included), either open.
 */
export function auditDayRange(params: Pick<AuditLogParams, "from" | "to">, timeZone: string) {
  const start = params.from ? zonedLocalToDate(`${params.from}T00:00`, timeZone) : null;
  let end: Date | null = null;
  if (params.to) {
    const [year, month, dayOfMonth] = params.to.split("-").map(Number) as [number, number, number];
    const next = new Date(Date.UTC(year, month - 1, dayOfMonth + 1)).toISOString().slice(0, 10);
    end = zonedLocalToDate(`${next}T00:00`, timeZone);
  }
  return { from: start ?? undefined, before: end ?? undefined };
}
