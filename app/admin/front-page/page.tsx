import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FrontPageEditor } from "@/components/admin/workflow/front-page-editor";
import { formatDate } from "@/lib/platform/format";
import { loadFrontPageArrangement, type FrontPageStory } from "@/lib/newsroom/front-page-curation";
import { canEditAnyStory } from "@/lib/people/roles";
import { requireStaffPage } from "@/lib/people/session";
import { site } from "@/lib/platform/site";

export const metadata: Metadata = { title: "Front page" };

type Props = { searchParams: Promise<{ notice?: string }> };

const choice = (story: FrontPageStory) => ({
  id: story.id,
  headline: story.headline,
  published: story.publishedAt ? formatDate(story.publishedAt.toISOString(), site.timeZone) : "",
});

export default async function FrontPageCurationPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  if (!canEditAnyStory(user)) notFound();
  const { arranged, candidates } = await loadFrontPageArrangement();
  const saved = (await searchParams).notice === "saved";
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">Front page</h1>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        The first story leads the front page; the next four are its top stories. Empty places fill with the newest
        stories. Only published stories can be placed.
      </p>
      {saved && (
        <p role="status" className="text-sm text-green-700 dark:text-green-400">
          Front page saved. Readers see the new arrangement now.
        </p>
      )}
      <FrontPageEditor key={arranged.map((story) => story.id).join()} arranged={arranged.map(choice)} candidates={candidates.map(choice)} />
    </main>
  );
}
