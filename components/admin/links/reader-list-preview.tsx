import type { EditorSuggestion, LinkableStory } from "@/lib/newsroom/links";
import { fillRelated } from "@/lib/content/related-rule";

/**
 * The related headlines as readers will get them once the links are saved:
 * every linked story they can see, in order, then suggestions up to
 * `length`. Worked out from what the editor has on screen, so it follows
 * every change before the save.
 */
export function readerList(links: LinkableStory[], suggestions: EditorSuggestion[], length: number) {
  const linked = links.filter((link) => link.visible);
  const taken = new Set(links.map((link) => link.slug));
  const shown = fillRelated<LinkableStory>(linked, suggestions.filter((story) => !taken.has(story.slug)), length);
  return { linked, suggested: shown.slice(linked.length) };
}

export function ReaderListPreview({
  links,
  suggestions,
  length,
  unsaved,
}: {
  links: LinkableStory[];
  suggestions: EditorSuggestion[];
  length: number;
  unsaved: boolean;
}) {
  const { linked, suggested } = readerList(links, suggestions, length);
  const total = linked.length + suggested.length;
  return (
    <section aria-labelledby="reader-list-heading" className="rounded border border-neutral-200 p-3 dark:border-neutral-800">
      <h3 id="reader-list-heading" className="text-sm font-semibold">
        What readers will see{unsaved ? " once you save" : ""}
      </h3>
      <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
        {total === 0
          ? "No related headlines: link a story, or publish stories that share tags, names or words with this one."
          : `${total} ${total === 1 ? "headline" : "headlines"}: every linked story readers can see, in your order` +
            (linked.length >= length
              ? `. Suggestions are added only while fewer than ${length} are linked.`
              : `, then suggestions up to ${length}.`)}
      </p>
      {total > 0 && (
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm" aria-label="Related headlines readers will see">
          {linked.map((story) => (
            <li key={story.slug}>
              {story.headline} <span className="text-xs text-neutral-600 dark:text-neutral-400">(linked)</span>
            </li>
          ))}
          {suggested.map((story) => (
            <li key={story.slug}>
              {story.headline} <span className="text-xs text-neutral-600 dark:text-neutral-400">(suggested)</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
