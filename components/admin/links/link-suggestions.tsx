import { StoryFacts } from "@/components/admin/links/story-facts";
import { secondaryButtonClass } from "@/components/ui/field";
import type { EditorSuggestion } from "@/lib/newsroom/links";

/**
 * Stories the database suggests, best first, each with the reasons it was
 * chosen and one click from the list. Those readers would get are marked.
 */
export function LinkSuggestions({
  suggestions,
  shownToReaders,
  onPick,
  timeZone,
  disabled,
}: {
  suggestions: EditorSuggestion[];
  shownToReaders: Set<string>;
  onPick: (story: EditorSuggestion) => void;
  timeZone: string;
  disabled: boolean;
}) {
  return (
    <section aria-labelledby="link-suggestions-heading" className="space-y-2">
      <h3 id="link-suggestions-heading" className="text-sm font-semibold">
        Suggested
      </h3>
      {suggestions.length === 0 ? (
        <p className="text-xs text-neutral-600 dark:text-neutral-400">
          No published story shares enough with this one (a tag, a name or distinctive words) to be suggested.
        </p>
      ) : (
        <ul className="space-y-2" aria-label="Suggested stories">
          {suggestions.map((story) => (
            <li key={story.slug} className="flex items-start gap-2 text-sm">
              <span className="min-w-0 flex-1">
                {story.headline}
                <StoryFacts story={story} timeZone={timeZone} />
                <span className="block text-xs text-neutral-700 dark:text-neutral-300">
                  {story.reasons.join(" · ")}
                  {shownToReaders.has(story.slug) && (
                    <span className="ml-1 font-semibold text-green-800 dark:text-green-300">· Readers see it</span>
                  )}
                </span>
              </span>
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={() => onPick(story)}
                disabled={disabled}
                aria-label={`Add “${story.headline}”`}
              >
                Add
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
