import Link from "next/link";
import { LinkEditor } from "@/components/admin/links/link-editor";
import { PublishControls } from "@/components/admin/publish-controls";
import { ReviewNotes } from "@/components/admin/workflow/review-notes";
import type { StoryAsideProps } from "@/lib/newsroom/edit-page-aside";

const headingClass = "mb-3 font-serif text-xl font-bold";

/** The edit page's side column: where the story stands, what was said about it, and how it links. */
export function StoryAside({ storyId, publishing, notes, mayAddNote, links, backlinks }: StoryAsideProps) {
  return (
    <>
      <section aria-labelledby="publishing-heading">
        <h2 id="publishing-heading" className={headingClass}>
          Publishing
        </h2>
        <PublishControls {...publishing} />
      </section>
      <section aria-labelledby="review-notes-heading">
        <h2 id="review-notes-heading" className={headingClass}>
          Review notes
        </h2>
        <ReviewNotes storyId={storyId} notes={notes} mayAdd={mayAddNote} />
      </section>
      {links && (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading" className={headingClass}>
            Related stories
          </h2>
          <LinkEditor
            key={links.initialLinks.map((link) => link.slug).join()}
            {...links}
            storyId={storyId}
            backlinkSlugs={backlinks.map((story) => story.slug)}
          />
        </section>
      )}
      <section aria-labelledby="backlinks-heading">
        <h2 id="backlinks-heading" className={headingClass}>
          Linking here
        </h2>
        {backlinks.length === 0 ? (
          <p className="text-sm text-neutral-600 dark:text-neutral-400">No story links to this one.</p>
        ) : (
          <ul className="space-y-1 text-sm" aria-label="Stories linking here">
            {backlinks.map((story) => (
              <li key={story.slug}>
                <Link href={`/admin/stories/${story.id}`} className="hover:underline">
                  {story.headline}
                </Link>
                {!story.visible && <span className="ml-2 text-xs text-neutral-600 dark:text-neutral-400">(not published)</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
