import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LinkEditor } from "@/components/admin/link-editor";
import { PublishControls } from "@/components/admin/publish-controls";
import { StatusBadge } from "@/components/admin/status-badge";
import { StoryForm } from "@/components/admin/story-form";
import { getStoryForEditing, listLinkCandidates, listSections } from "@/lib/desk";
import { canEditAnyStory } from "@/lib/roles";
import { requireStaffPage } from "@/lib/session";

export const metadata: Metadata = { title: "Edit story" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

const notices: Record<string, string> = {
  saved: "Saved.",
  published: "Published. Readers can see it now.",
  unpublished: "Unpublished. Readers can no longer see it.",
  linked: "Links saved. The story's related headlines now start with them.",
};

export default async function EditStoryPage({ params, searchParams }: Props) {
  const user = await requireStaffPage();
  const { id } = await params;
  const [story, sections, candidates] = await Promise.all([getStoryForEditing(id), listSections(), listLinkCandidates(id)]);
  if (!story) notFound();
  const editorial = canEditAnyStory(user);
  const notice = notices[(await searchParams).notice ?? ""];
  return (
    <main id="main" className="mx-auto grid max-w-6xl gap-10 px-4 py-8 lg:grid-cols-[1fr_22rem]">
      <div>
        <div className="mb-6 flex flex-wrap items-center gap-3">
          <h1 className="font-serif text-3xl font-bold">Edit story</h1>
          <StatusBadge status={story.status} />
          {story.status === "published" && (
            <Link href={`/stories/${story.slug}`} className="text-sm underline">
              View on site
            </Link>
          )}
        </div>
        {notice && (
          <p role="status" className="mb-4 text-sm text-green-700 dark:text-green-400">
            {notice}
          </p>
        )}
        <StoryForm key={story.version} story={story} sections={sections} />
      </div>
      <aside className="space-y-8">
        {editorial && (
          <section aria-labelledby="publishing-heading">
            <h2 id="publishing-heading" className="mb-3 font-serif text-xl font-bold">
              Publishing
            </h2>
            <PublishControls key={story.status} storyId={story.id} published={story.status === "published"} />
          </section>
        )}
        {editorial && (
          <section aria-labelledby="links-heading">
            <h2 id="links-heading" className="mb-3 font-serif text-xl font-bold">
              Related stories
            </h2>
            <LinkEditor key={story.links.map((link) => link.slug).join()} storyId={story.id} initialLinks={story.links} candidates={candidates} />
          </section>
        )}
      </aside>
    </main>
  );
}
