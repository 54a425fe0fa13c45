/**
 * The ways a write is refused for a reason the person can act on. Each says
 * what it means; lib/actions/form-action.ts shows the message of each to the
 * person who sent the form (and a story's stale save, lib/newsroom/story-writes.ts,
 * carries the newer version besides).
 */

/** Not allowed: the person's role or session does not permit this. */
export class ForbiddenError extends Error {
  constructor(message = "Your role does not allow this.") {
    super(message);
  }
}

/**
 * Something sent is not acceptable ("that email is taken", "write the note").
 * The form shows the message beside `field` when it names one.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * What the write acts on is not in a state that allows it: gone since the
 * page was loaded, archived, already published, changed by someone meanwhile.
 */
export class WrongStateError extends Error {}
