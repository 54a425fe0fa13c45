import Link from "next/link";
import { isUnused, type MediaUsage, type UsageStory } from "@/lib/newsroom/media-library";

const STATUS_WORDS: Record<string, string> = {
  draft: "Draft",
  in_review: "In review",
  approved: "Approved",
  scheduled: "Scheduled",
  published: "Published",
  archived: "Archived",
};

function Stories({ title, stories }: { title: string; stories: UsageStory[] }) {
  if (stories.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold">{title}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {stories.map((story) => (
          <li key={story.id}>
            <Link href={`/admin/stories/${story.id}`} className="underline">
              {story.headline}
            </Link>{" "}
            <span className="text-neutral-600 dark:text-neutral-400">({STATUS_WORDS[story.status] ?? story.status})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where an image is used: as a hero, inside a story's text, as an author's photo. */
export function MediaUsageList({ usage }: { usage: MediaUsage }) {
  if (isUnused(usage)) return <p className="text-sm">Not used anywhere.</p>;
  return (
    <div className="space-y-3">
      <Stories title="Hero image of" stories={usage.heroOf} />
      <Stories title="In the text of" stories={usage.inBodyOf} />
      {usage.photoOf.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Photo of</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {usage.photoOf.map((author) => (
              <li key={author.id}>
                <Link href={`/authors/${author.slug}`} className="underline">
                  {author.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
