import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/admin/access-denied";
import { AuditLogTable } from "@/components/admin/audit/audit-log-table";
import { listAuditEntries } from "@/lib/audit";
import { canManageUsers } from "@/lib/roles";
import { requireStaffPage } from "@/lib/session";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<{ page?: string }> };

export default async function AuditLogPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  if (!canManageUsers(user)) return <AccessDenied what="read the audit log" />;
  const requested = Number((await searchParams).page ?? "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
  const { entries, hasNextPage } = await listAuditEntries(page);
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
        Who did what in the newsroom, newest first.
      </p>
      {entries.length === 0 ? (
        <p className="mt-6">Nothing on this page.</p>
      ) : (
        <AuditLogTable entries={entries} timeZone={site.timeZone} />
      )}
      <nav aria-label="Audit log pages" className="mt-6 flex gap-6 text-sm">
        {page > 1 && (
          <Link href={page === 2 ? "/admin/audit" : `/admin/audit?page=${page - 1}`} className="underline">
            Newer entries
          </Link>
        )}
        {hasNextPage && (
          <Link href={`/admin/audit?page=${page + 1}`} className="underline">
            Older entries
          </Link>
        )}
      </nav>
    </main>
  );
}
