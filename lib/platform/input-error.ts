/**
 * A write refused for a reason the person can act on ("that email is taken").
 * The form wrapper shows its message, beside `field` when it names one.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
