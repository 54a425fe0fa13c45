/**
 * Why a story was suggested under another, in the words the link editor shows
 * (lib/reader/suggestions.ts finds the evidence). Pure, so it is tested on its own.
 */

/** What two stories have in common, as lib/reader/suggestions.ts finds it. */
export type SuggestionEvidence = {
  /** Tag names both carry, most telling first. */
  tags: string[];
  /** Names (people, places, organisations) both mention, most telling first. */
  names: string[];
  /** Distinctive words both use, most telling first. */
  words: string[];
  sameSection: boolean;
  /** When each story was (or will be) published; null when it has no date yet. */
  publishedAt: Date | null;
  otherPublishedAt: Date | null;
};

/** At most this many tags, names or words are named in one reason: a reason is read at a glance. */
export const REASON_ITEMS = 3;

const DAY_MS = 86_400_000;

/** "a", "a and b", "a, b and c". */
export function listInEnglish(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/**
 * How far apart two publication times are, for "Published … apart":
 * "the same day" (under 24 hours), "a day apart", "N days apart" (under two
 * weeks), "N weeks apart" (under about three months), then months and years.
 */
export function timeApart(first: Date, second: Date): string {
  const days = Math.floor(Math.abs(first.getTime() - second.getTime()) / DAY_MS);
  if (days === 0) return "the same day";
  if (days === 1) return "a day apart";
  if (days < 14) return `${days} days apart`;
  if (days < 90) return `${Math.round(days / 7)} weeks apart`;
  if (days < 730) return `${Math.round(days / 30.44)} months apart`;
  return `${Math.round(days / 365.25)} years apart`;
}

/**
 * The reasons, most important first: shared tags, shared names, shared
 * words, then the section and the time between them (which never make a
 * suggestion on their own, so they come last).
 */
export function describeSuggestion(evidence: SuggestionEvidence): string[] {
  const reasons: string[] = [];
  const tags = evidence.tags.slice(0, REASON_ITEMS);
  if (tags.length > 0) {
    const more = evidence.tags.length - tags.length;
    const listed = more > 0 ? [...tags, `${more} more`] : tags;
    reasons.push(`Shares the ${plural(evidence.tags.length, "tag", "tags")} ${listInEnglish(listed)}`);
  }
  // A name or word already given as a tag, or a word of a name, says nothing new.
  const told = new Set<string>();
  const tell = (phrases: string[]) => {
    for (const phrase of phrases) {
      told.add(phrase.toLowerCase());
      for (const part of phrase.toLowerCase().split(/\s+/)) told.add(part);
    }
  };
  tell(evidence.tags);
  const names = evidence.names.filter((name) => !told.has(name.toLowerCase())).slice(0, REASON_ITEMS);
  if (names.length > 0) reasons.push(`Names ${listInEnglish(names)}`);
  tell(evidence.names);
  const words = evidence.words.filter((word) => !told.has(word.toLowerCase())).slice(0, REASON_ITEMS);
  if (words.length > 0)
    reasons.push(`Shares the ${plural(words.length, "word", "words")} ${listInEnglish(words)}`);
  if (evidence.sameSection) reasons.push("Same section");
  if (evidence.publishedAt && evidence.otherPublishedAt) {
    reasons.push(`Published ${timeApart(evidence.publishedAt, evidence.otherPublishedAt)}`);
  }
  return reasons;
}
