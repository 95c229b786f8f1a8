import { CONFORMANCE_CUSTOMER } from '../db/seeds/index.ts';

/**
 * The steps the conformance suite's headless browser replays on the bank's pages, in the suite's
 * own format (frontchannel/BrowserControl.java): entries matched against the URL the suite sends
 * the browser to, each a list of tasks, one per page, matched against the page's URL (`*` is a
 * wildcard), each a list of commands:
 *   ["text", selectorType, selector, value]     types into a field
 *   ["click", selectorType, selector]           clicks (a submit button loads the next page)
 *   ["wait", selectorType, selector, seconds, regexp?, "update-image-placeholder"?]
 *                                               waits for an element (whose text matches regexp);
 *                                               the placeholder action uploads the page as the
 *                                               screenshot a refusal test asks for
 *   ["wait", "contains" | "match", url, seconds] waits for the URL
 * Selector types: id, name, css, xpath, class. A task marked optional is skipped when the page's
 * URL does not match. The self-check (conformance/check/) drives the bank with these same steps.
 *
 * The pages are the bank's (consent-ui/views): sign-in (username, password), the one-time code
 * (the conformance customer's fixed code), the consent page (choose the first account, approve),
 * all at /interaction/<uid>; the bank's error page for a request it cannot send back.
 */

export type SelectorType = 'id' | 'name' | 'css' | 'xpath' | 'class';
export type BrowserCommand =
  | readonly ['text', SelectorType, string, string]
  | readonly ['click', SelectorType, string]
  | readonly ['wait', SelectorType | 'contains' | 'match', string, number, ...string[]];

export interface BrowserTask {
  readonly task: string;
  readonly match: string;
  readonly optional?: boolean;
  readonly commands: readonly BrowserCommand[];
}

export interface BrowserEntry {
  readonly comment: string;
  readonly match: string;
  /** How many times this entry may be used; the suite then moves on to the next matching entry. */
  readonly 'match-limit'?: number;
  readonly tasks: readonly BrowserTask[];
}

/** The submit button of the bank's form posting to this interaction action. */
const submitOf = (action: 'login' | 'code' | 'approve' | 'refuse'): BrowserCommand => [
  'click',
  'xpath',
  `//form[contains(@action,'/${action}')]//button[@type='submit']`,
];

/**
 * Text of the bank's error page (authz/interactions/provider-error-page.ts), as a Java regexp found
 * in the page.
 */
const ERROR_PAGE_TEXT = 'continue with this request';
/** Seconds the suite waits for the callback page or the error page. */
const WAIT_SECONDS = 10;

function interactionPages(issuer: string): string {
  return `${issuer}/interaction/*`;
}

function signIn(issuer: string): BrowserTask {
  return {
    task: 'Sign in as the conformance customer',
    optional: true,
    match: interactionPages(issuer),
    commands: [
      ['text', 'id', 'username', CONFORMANCE_CUSTOMER.username],
      ['text', 'id', 'password', CONFORMANCE_CUSTOMER.password],
      submitOf('login'),
    ],
  };
}

function oneTimeCode(issuer: string): BrowserTask {
  return {
    task: 'Enter the fixed one-time code',
    optional: true,
    match: interactionPages(issuer),
    commands: [['text', 'id', 'code', CONFORMANCE_CUSTOMER.fixedCode], submitOf('code')],
  };
}

function approve(issuer: string): BrowserTask {
  return {
    task: 'Choose the first account and approve',
    optional: true,
    match: interactionPages(issuer),
    commands: [['click', 'id', 'account-0'], submitOf('approve')],
  };
}

function callbackReached(callbackUrl: string, optional = false): BrowserTask {
  return {
    task: 'Verify complete',
    match: `${callbackUrl}*`,
    ...(optional && { optional }),
    commands: [['wait', 'id', 'submission_complete', WAIT_SECONDS]],
  };
}

function authorizationEndpoint(issuer: string): string {
  return `${issuer}/auth*`;
}

/** Sign in, approve with the first account, back at the suite's callback. */
export function approvalSteps(issuer: string, callbackUrl: string): BrowserEntry {
  return {
    comment: 'Sandbox Bank: sign in as the conformance customer, approve with the first account',
    match: authorizationEndpoint(issuer),
    tasks: [signIn(issuer), oneTimeCode(issuer), approve(issuer), callbackReached(callbackUrl)],
  };
}

/** Sign in, then refuse on the consent page: the suite expects access_denied. */
export function refusalSteps(issuer: string, callbackUrl: string): BrowserEntry {
  return {
    comment: 'Sandbox Bank: sign in as the conformance customer, then refuse',
    match: authorizationEndpoint(issuer),
    tasks: [
      signIn(issuer),
      oneTimeCode(issuer),
      { task: 'Refuse', match: interactionPages(issuer), commands: [submitOf('refuse')] },
      callbackReached(callbackUrl),
    ],
  };
}

/**
 * The bank refuses the request: its error page (uploaded as the screenshot), or back at the
 * callback with an error.
 */
export function errorSteps(issuer: string, callbackUrl: string): BrowserEntry {
  return {
    comment:
      "Sandbox Bank: expect the bank's error page, or an immediate error response to the callback",
    match: authorizationEndpoint(issuer),
    tasks: [
      {
        task: 'Expect the error page',
        optional: true,
        match: authorizationEndpoint(issuer),
        commands: [
          ['wait', 'xpath', '//*', WAIT_SECONDS, ERROR_PAGE_TEXT, 'update-image-placeholder'],
        ],
      },
      callbackReached(callbackUrl, true),
    ],
  };
}

/**
 * The first visit shows the sign-in page and the customer does nothing (the suite then visits
 * again).
 */
export function signInPageOnlySteps(issuer: string): BrowserEntry {
  return {
    comment: 'Sandbox Bank: first visit, the sign-in page is shown and left alone',
    match: authorizationEndpoint(issuer),
    'match-limit': 1,
    tasks: [
      {
        task: 'Sign-in page shown',
        match: interactionPages(issuer),
        commands: [['wait', 'id', 'username', WAIT_SECONDS]],
      },
    ],
  };
}

/** The default steps of every test module: approve. */
export function browserSteps(issuer: string, callbackUrl: string): BrowserEntry[] {
  return [approvalSteps(issuer, callbackUrl)];
}

/**
 * Per test module (the suite's `override`): the modules in which the customer refuses, in which
 * the bank shows its error page (request_uri reused, expired or of another client; a request not
 * pushed; another client's intent), and the one visiting the sign-in page twice.
 */
export function browserOverrides(
  issuer: string,
  callbackUrl: string,
): Record<string, { browser: BrowserEntry[] }> {
  const once = (entry: BrowserEntry): BrowserEntry => ({ ...entry, 'match-limit': 1 });
  const error = { browser: [errorSteps(issuer, callbackUrl)] };
  return {
    'fapi2-security-profile-final-user-rejects-authentication': {
      browser: [refusalSteps(issuer, callbackUrl)],
    },
    'fapi2-security-profile-final-par-attempt-reuse-request_uri': {
      browser: [once(approvalSteps(issuer, callbackUrl)), errorSteps(issuer, callbackUrl)],
    },
    'fapi2-security-profile-final-par-attempt-to-use-expired-request_uri': error,
    'fapi2-security-profile-final-par-ensure-request-uri-is-bound-to-client': error,
    'fapi2-security-profile-final-ensure-unsigned-authorization-request-without-using-par-fails':
      error,
    'fapi2-security-profile-final-ensure-server-handles-non-matching-intent-id': error,
    'fapi2-security-profile-final-par-ensure-reused-request-uri-prior-to-auth-completion-succeeds':
      {
        browser: [signInPageOnlySteps(issuer), approvalSteps(issuer, callbackUrl)],
      },
  };
}
