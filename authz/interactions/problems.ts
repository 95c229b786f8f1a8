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

/**
 * A scheduled payment or standing order the customer cannot cancel, and why; nothing changed.
 * Another customer's order is "not found", as one that does not exist.
 */
export const ORDER_NOT_CANCELLABLE = (
  refusal: 'not-found' | 'already-cancelled' | 'finished',
): PageProblem =>
  ({
    'not-found': new PageProblem(
      404,
      'We could not find that payment',
      'There is no scheduled payment or standing order like that among yours.',
      'Go back to Connected apps to see the payments you can cancel.',
    ),
    'already-cancelled': new PageProblem(
      409,
      'This payment is already cancelled',
      'You cancelled this scheduled payment or standing order before: no more payments will be made.',
      'Go back to Connected apps to see the payments you can still cancel.',
    ),
    finished: new PageProblem(
      409,
      'This payment can no longer be cancelled',
      'It has already been made, or it has ended: there are no more payments to stop.',
      'Go back to Connected apps to see the payments you can still cancel.',
    ),
  })[refusal];
