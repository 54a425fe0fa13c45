/**
 * The rule of the list under a story, with no database, shared by the story
 * page, the staff preview and the link editor's picture of what readers get.
 */

/** How long the list is when editors linked fewer: suggestions fill it up to this. */
export const RELATED_HEADLINES_LENGTH = 8;

/**
 * Every linked story, in the editors' order, then suggestions only while the
 * list is shorter than `length`. An editor's choice is never cut: twenty
 * links show twenty headlines.
 */
export function fillRelated<T>(linked: T[], suggested: T[], length = RELATED_HEADLINES_LENGTH): T[] {
  return [...linked, ...suggested.slice(0, Math.max(0, length - linked.length))];
}
