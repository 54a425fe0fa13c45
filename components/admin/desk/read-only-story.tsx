import { DeskBar } from "@/components/admin/desk/desk-bar";
import { countWords, documentText } from "@/lib/content/word-count";

/**
 * A story its viewer may not change now (a writer's story in review): the
 * text as saved, the bar with the steps they may take (withdrawing it from
 * review), and the side column, without a form that would only be refused.
 */
export function ReadOnlyStory({
  story,
  reason,
  timeZone,
  publishActions,
  aside,
  notice,
}: {
  story: { headline: string; dek: string | null; body: unknown; bodyHtml: string; status: string };
  /** Why it cannot be edited, and what would make it editable. */
  reason: string;
  timeZone: string;
  publishActions: React.ReactNode;
  aside: React.ReactNode;
  /** What the last step did ("Submitted for review."). */
  notice?: string;
}) {
  return (
    <div>
      {notice && (
        <p role="status" className="mb-3 text-sm text-green-700 dark:text-green-400">
          {notice}
        </p>
      )}
      <DeskBar
        status={story.status}
        saveStatus={{ kind: "local", message: "Read-only" }}
        timeZone={timeZone}
        words={countWords(documentText(story.body as Parameters<typeof documentText>[0]))}
        publishActions={publishActions}
      />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <article aria-labelledby="read-only-headline" className="mx-auto w-full max-w-2xl min-w-0 space-y-4">
          <p className="rounded border-2 border-amber-500 bg-amber-50 p-3 text-sm dark:bg-amber-950">
            {reason}
          </p>
          <h2 id="read-only-headline" className="font-serif text-3xl leading-snug font-bold">
            {story.headline}
          </h2>
          {story.dek && (
            <p className="font-serif text-lg text-neutral-700 dark:text-neutral-300">{story.dek}</p>
          )}
          <div
            className="prose prose-neutral dark:prose-invert max-w-none font-serif"
            // Sanitised when saved (lib/content/story-body.ts), as readers get it.
            dangerouslySetInnerHTML={{ __html: story.bodyHtml }}
          />
        </article>
        <div className="space-y-8">{aside}</div>
      </div>
    </div>
  );
}
