import Link from "next/link";
import { buttonClass, inputClass } from "@/components/ui/field";
import { AUDIT_ACTION_GROUPS } from "@/lib/people/audit-sentences";

export type AuditFilterValues = { person?: string; action?: string; from?: string; to?: string };

const fieldClass = `${inputClass} py-1.5`;

/** The audit log's filters: a plain GET form, so every view of the log has an address to share. */
export function AuditLogFilters({
  values,
  people,
}: {
  values: AuditFilterValues;
  people: { id: string; name: string }[];
}) {
  return (
    <form
      method="get"
      action="/admin/audit"
      role="search"
      aria-label="Filter the audit log"
      className="mt-6 grid gap-3 rounded-lg border border-neutral-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 dark:border-neutral-800 dark:bg-neutral-900"
    >
      <div className="space-y-1">
        <label htmlFor="audit-person" className="block text-sm font-semibold">
          Person
        </label>
        <select id="audit-person" name="person" defaultValue={values.person ?? ""} className={fieldClass}>
          <option value="">Anyone</option>
          <option value="none">Nobody signed in (the scheduler, failed sign-ins)</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-action" className="block text-sm font-semibold">
          Action
        </label>
        <select id="audit-action" name="action" defaultValue={values.action ?? ""} className={fieldClass}>
          <option value="">Any action</option>
          {AUDIT_ACTION_GROUPS.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {Object.entries(group.actions).map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-from" className="block text-sm font-semibold">
          From
        </label>
        <input
          id="audit-from"
          name="from"
          type="date"
          defaultValue={values.from ?? ""}
          className={fieldClass}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-to" className="block text-sm font-semibold">
          To
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={values.to ?? ""} className={fieldClass} />
      </div>
      <div className="flex items-end gap-4">
        <button type="submit" className={buttonClass}>
          Show entries
        </button>
        <Link href="/admin/audit" className="text-sm underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
