/**
 * A failure the customer should read about: it becomes an error page with this status, never a
 * JSON body or a stack trace.
 */
export class PageProblem extends Error {
  constructor(
    readonly status: number,
    readonly heading: string,
    message: string,
    /** What to do now. */
    readonly next?: string,
  ) {
    super(message);
    this.name = 'PageProblem';
  }
}

export const EXPIRED_INTERACTION = () =>
  new PageProblem(
    400,
    'This page has expired',
    'Your sign-in with the bank timed out or was already completed.',
    'Go back to the app that sent you here and start again.',
  );

export const FORM_EXPIRED = () =>
  new PageProblem(
    403,
    'Please try that again',
    'For your security we could not accept that form: it was opened in another session or has expired.',
    'Go back, reload the page and submit it again.',
  );
