import { statusLabels } from "@/components/admin/status-badge";
import { buttonClass, inputClass } from "@/components/ui/field";

type Option = { slug: string; name: string };

export type StoryListFilterValues = { status?: string; section?: string; author?: string; q?: string; sort: string };

const selectClass = `${inputClass} py-1.5`;

/** The story list's filters: a plain GET form, so every view has an address. */
export function StoryListFilters({
  values,
  sections,
  authors,
}: {
  values: StoryListFilterValues;
  sections: Option[];
  authors: Option[];
}) {
  return (
    <form method="get" action="/admin/stories" role="search" aria-label="Filter stories" className="grid gap-3 rounded-lg border border-neutral-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6 dark:border-neutral-800 dark:bg-neutral-900">
      <div className="space-y-1 lg:col-span-2">
        <label htmlFor="filter-q" className="block text-sm font-semibold">
          Headline
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} className={selectClass} />
      </div>
      <Select id="filter-status" name="status" label="Status" value={values.status} options={Object.entries(statusLabels).map(([slug, name]) => ({ slug, name }))} all="Any status" />
      <Select id="filter-section" name="section" label="Section" value={values.section} options={sections} all="Any section" />
      <Select id="filter-author" name="author" label="Author" value={values.author} options={authors} all="Anyone" />
      <Select
        id="filter-sort"
        name="sort"
        label="Sort by"
        value={values.sort}
        options={[
          { slug: "updated", name: "Last updated" },
          { slug: "published", name: "Publication time" },
          { slug: "headline", name: "Headline (A–Z)" },
        ]}
      />
      <div className="flex items-end lg:col-span-6">
        <button type="submit" className={buttonClass}>
          Show stories
        </button>
      </div>
    </form>
  );
}

function Select({
  id,
  name,
  label,
  value,
  options,
  all,
}: {
  id: string;
  name: string;
  label: string;
  value?: string;
  options: Option[];
  all?: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={selectClass}>
        {all && <option value="">{all}</option>}
        {options.map((option) => (
          <option key={option.slug} value={option.slug}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
