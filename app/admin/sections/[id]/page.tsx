import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SectionArchiveForm } from "@/components/admin/taxonomy/section-archive-form";
import { SectionForm } from "@/components/admin/taxonomy/section-form";
import { canEditAnyStory } from "@/lib/people/roles";
import { getSectionForEditing } from "@/lib/newsroom/sections";
import { requireStaffPage } from "@/lib/people/session";
import { SECTION_DESCRIPTION_MAX, TAXONOMY_NAME_MAX } from "@/lib/validation/taxonomy";

export const metadata: Metadata = { title: "Edit section" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

const notices: Record<string, string> = {
  saved: "Saved. Readers see the change now.",
  archived: "Archived. The section has left the navigation; its page and stories stay readable.",
  unarchived: "Back in the navigation, last in the order.",
};

export default async function EditSectionPage({ params, searchParams }: Props) {
  const user = await requireStaffPage();
  if (!canEditAnyStory(user)) notFound();
  const section = await getSectionForEditing((await params).id);
  if (!section) notFound();
  const notice = notices[(await searchParams).notice ?? ""];
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-8 px-4 py-8">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/admin/sections" className="underline">
            ← All sections
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold break-words">{section.name}</h1>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {section.archived ? "Archived" : "In the navigation"} ·{" "}
          {section.stories === 1 ? "1 story" : `${section.stories} stories`} ·{" "}
          <Link href={`/sections/${section.slug}`} className="underline">
            View on site
          </Link>
        </p>
        {notice && (
          <p role="status" className="text-sm text-green-700 dark:text-green-400">
            {notice}
          </p>
        )}
      </div>
      <SectionForm
        key={`${section.slug}|${section.name}|${section.description}`}
        section={section}
        limits={{ name: TAXONOMY_NAME_MAX, description: SECTION_DESCRIPTION_MAX }}
      />
      <section
        aria-labelledby="archiving"
        className="space-y-2 border-t border-neutral-200 pt-6 dark:border-neutral-800"
      >
        <h2 id="archiving" className="text-lg font-semibold">
          {section.archived ? "Archived" : "Archive"}
        </h2>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {section.archived
            ? "The section is out of the navigation and cannot be chosen for new stories. Its page and its stories stay readable."
            : "Archiving takes the section out of the navigation and the section choices for new stories. Its page and its stories stay readable, and you can bring it back."}
        </p>
        <SectionArchiveForm id={section.id} archived={section.archived} />
      </section>
    </main>
  );
}
