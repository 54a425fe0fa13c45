import type { Metadata } from "next";
import { StoryForm } from "@/components/admin/story-form";
import { findOwnAuthor, listAuthors, listSections } from "@/lib/newsroom/story-reads";
import { listLibraryImages } from "@/lib/newsroom/media-uploads";
import { requireStaffPage } from "@/lib/people/session";
import { site } from "@/lib/platform/site";

export const metadata: Metadata = { title: "New story" };

export default async function NewStoryPage() {
  const user = await requireStaffPage();
  const [sections, authors, ownAuthor, library] = await Promise.all([
    listSections(),
    listAuthors(),
    findOwnAuthor(user.id),
    listLibraryImages(),
  ]);
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 pt-6 pb-16">
      <h1 className="mb-3 font-serif text-2xl font-bold">New story</h1>
      <StoryForm
        sections={sections}
        authors={authors}
        initialAuthors={ownAuthor ? [ownAuthor] : []}
        library={library}
        timeZone={site.timeZone}
        aside={
          <p className="text-sm text-neutral-600 dark:text-neutral-400">
            The draft saves itself once it has a headline. Publishing, review notes and related stories are on
            its edit page, which “Create story” opens.
          </p>
        }
      />
    </main>
  );
}
