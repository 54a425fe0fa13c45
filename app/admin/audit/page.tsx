import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/admin/access-denied";
import { AuditLogFilters } from "@/components/admin/audit/audit-log-filters";
import { AuditLogTable } from "@/components/admin/audit/audit-log-table";
import { listAuditEntries, listAuditPeople } from "@/lib/people/audit";
import { canManageUsers } from "@/lib/people/roles";
import { requireStaffPage } from "@/lib/people/session";
import { site } from "@/lib/platform/site";
import { auditDayRange, auditLogParamsSchema } from "@/lib/validation/audit";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  if (!canManageUsers(user)) return <AccessDenied what="read the audit log" />;
  const params = auditLogParamsSchema.parse(await searchParams);
  const filters = { person: params.person, action: params.action, ...auditDayRange(params, site.timeZone) };
  const [{ entries, hasNextPage }, people] = await Promise.all([
    listAuditEntries(params.page, filters),
    listAuditPeople(),
  ]);
  const filtered = Boolean(params.person || params.action || params.from || params.to);
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    for (const key of ["person", "action", "from", "to"] as const)
      if (params[key]) query.set(key, params[key]);
    if (page > 1) query.set("page", String(page));
    return `/admin/audit${query.size ? `?${query}` : ""}`;
  };
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
        Who did what in the newsroom, newest first. Times are in {site.timeZone.replace(/_/g, " ")} time.
      </p>
      <AuditLogFilters values={params} people={people} />
      {entries.length === 0 ? (
        <p className="mt-6" role="status">
          {filtered ? "No entry matches these filters." : "Nothing on this page."}
        </p>
      ) : (
        <AuditLogTable entries={entries} timeZone={site.timeZone} />
      )}
      <nav aria-label="Audit log pages" className="mt-6 flex gap-6 text-sm">
        {params.page > 1 && (
          <Link href={hrefFor(params.page - 1)} className="underline">
            Newer entries
          </Link>
        )}
        {hasNextPage && (
          <Link href={hrefFor(params.page + 1)} className="underline">
            Older entries
          </Link>
        )}
      </nav>
    </main>
  );
}
