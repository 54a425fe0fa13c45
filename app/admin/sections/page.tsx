import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SectionForm } from "@/components/admin/taxonomy/section-form";
import { SectionOrderButtons } from "@/components/admin/taxonomy/section-order-buttons";
import { canEditAnyStory } from "@/lib/people/roles";
import { listSectionsForDesk } from "@/lib/newsroom/sections";
import { requireStaffPage } from "@/lib/people/session";
import { SECTION_DESCRIPTION_MAX, TAXONOMY_NAME_MAX } from "@/lib/validation/taxonomy";

export const metadata: Metadata = { title: "Sections" };

type Props = { searchParams: Promise<{ notice?: string }> };

const notices: Record<string, string> = { created: "Section created. It is last in the navigation." };

const count = (stories: number) => (stories === 1 ? "1 story" : `${stories} stories`);

export default async function SectionsPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  if (!canEditAnyStory(user)) notFound();
  const sections = await listSectionsForDesk();
  const active = sections.filter((section) => !section.archived);
  const archived = sections.filter((section) => section.archived);
  const notice = notices[(await searchParams).notice ?? ""];
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-8 px-4 py-8">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Sections</h1>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          Readers see the sections in this order in every page&apos;s navigation and on the front page.
        </p>
        {notice && (
          <p role="status" className="text-sm text-green-700 dark:text-green-400">
            {notice}
          </p>
        )}
      </div>

      <section aria-labelledby="in-navigation" className="space-y-3">
        <h2 id="in-navigation" className="text-lg font-semibold">
          In the navigation
        </h2>
        {active.length === 0 ? (
          <p className="text-sm">No section is in the navigation.</p>
        ) : (
          <ol className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
            {active.map((section, index) => (
              <li
                key={section.id}
                className="flex flex-col gap-2 px-3 py-2 sm:flex-row sm:items-center sm:justify-between sm:gap-4"
              >
                <div className="min-w-0">
                  <Link href={`/admin/sections/${section.id}`} className="font-semibold underline">
                    {section.name}
                  </Link>
                  <p className="text-xs break-all text-neutral-600 dark:text-neutral-400">
                    /sections/{section.slug} · {count(section.stories)}
                  </p>
                </div>
                <SectionOrderButtons
                  id={section.id}
                  name={section.name}
                  first={index === 0}
                  last={index === active.length - 1}
                />
              </li>
            ))}
          </ol>
        )}
      </section>

      {archived.length > 0 && (
        <section aria-labelledby="archived" className="space-y-3">
          <h2 id="archived" className="text-lg font-semibold">
            Archived
          </h2>
          <p className="text-sm text-neutral-600 dark:text-neutral-400">
            Out of the navigation and of the section choices for new stories. Their pages and stories stay
            readable.
          </p>
          <ul className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
            {archived.map((section) => (
              <li key={section.id} className="px-3 py-2">
                <Link href={`/admin/sections/${section.id}`} className="font-semibold underline">
                  {section.name}
                </Link>
                <p className="text-xs break-all text-neutral-600 dark:text-neutral-400">
                  /sections/{section.slug} · {count(section.stories)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="new-section" className="space-y-3">
        <h2 id="new-section" className="text-lg font-semibold">
          New section
        </h2>
        <SectionForm limits={{ name: TAXONOMY_NAME_MAX, description: SECTION_DESCRIPTION_MAX }} />
      </section>
    </main>
  );
}
