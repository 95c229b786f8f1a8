import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Locator,
  type Page,
} from 'playwright-core';
import type { BrowserCommand, BrowserEntry, SelectorType } from '../browser-steps.ts';

/**
 * Replays the conformance suite's browser steps (conformance/browser-steps.ts) in Debian chromium,
 * as the suite's WebRunner does: the first entry matching the URL (within its match-limit), then
 * each task on the page it matches. The suite is not running: every request to its origin is
 * answered in the browser (DevTools Fetch interception, which unlike Playwright's routes also
 * catches the bank's redirects) with the page the suite's callback shows,
 * `<span id="submission_complete">`, and the URL the bank sent the browser to is kept: it is the
 * authorization response.
 */

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const POLL_MS = 100;
const ACTION_TIMEOUT_MS = 10_000;
const CALLBACK_PAGE = Buffer.from(
  '<!doctype html><title>Conformance suite callback</title><span id="submission_complete" hidden></span>',
).toString('base64');

/**
 * Spring's PatternMatchUtils.simpleMatch, which the suite matches URLs with: `*` matches anything.
 */
export function simpleMatch(pattern: string, text: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 's').test(text);
}

export interface VisitOutcome {
  /** The authorization response: where the bank sent the browser at the suite's callback. */
  readonly callback: URL | undefined;
  /**
   * The text of the page the steps ended on when that was not the callback (the bank's error page).
   */
  readonly pageText: string | undefined;
}

/** The suite's side of the browser: its origin's requests answered, the last callback kept. */
class SuiteOrigin {
  callbackUrl = '';
  callback: URL | undefined;

  constructor(readonly session: CDPSession) {
    session.on('Fetch.requestPaused', (event: { requestId: string; request: { url: string } }) => {
      const callback = this.callbackUrl !== '' && event.request.url.startsWith(this.callbackUrl);
      if (callback) this.callback = new URL(event.request.url);
      session
        .send('Fetch.fulfillRequest', {
          requestId: event.requestId,
          responseCode: callback ? 200 : 404,
          responseHeaders: [{ name: 'content-type', value: 'text/html; charset=utf-8' }],
          body: callback ? CALLBACK_PAGE : '',
        })
        // The browser may be closing.
        .catch(() => undefined);
    });
  }

  async answer(callbackUrl: string): Promise<void> {
    if (
      this.callbackUrl !== '' &&
      new URL(this.callbackUrl).origin === new URL(callbackUrl).origin
    ) {
      this.callbackUrl = callbackUrl;
      return;
    }
    this.callbackUrl = callbackUrl;
    await this.session.send('Fetch.enable', {
      patterns: [{ urlPattern: `${new URL(callbackUrl).origin}/*` }],
    });
  }
}

/**
 * One test module's browser: its own cookies, and the entries' match-limits counted across its
 * visits.
 */
export class BrowserModule {
  readonly #page: Page;
  readonly #suite: SuiteOrigin;
  readonly #entries: { entry: BrowserEntry; remaining: number }[];

  constructor(page: Page, suite: SuiteOrigin, entries: readonly BrowserEntry[]) {
    this.#page = page;
    this.#suite = suite;
    this.#entries = entries.map((entry) => ({
      entry,
      remaining: entry['match-limit'] ?? Number.POSITIVE_INFINITY,
    }));
  }

  /** The suite sends the browser to `url`; the matching entry's tasks run. */
  async visit(url: URL): Promise<VisitOutcome> {
    const chosen = this.#entries.find(
      (candidate) => candidate.remaining > 0 && simpleMatch(candidate.entry.match, url.href),
    );
    if (!chosen) throw new Error(`no browser steps match ${url.href}`);
    chosen.remaining -= 1;
    this.#suite.callback = undefined;
    const page = this.#page;
    await page.goto(url.href);
    for (const task of chosen.entry.tasks) {
      await page.waitForLoadState('load');
      if (!simpleMatch(task.match, page.url())) {
        if (task.optional) continue;
        throw new Error(`task "${task.task}": the browser is at ${page.url()}, not ${task.match}`);
      }
      for (const command of task.commands) await run(page, command, task.task);
    }
    const callback = this.#suite.callback;
    return { callback, pageText: callback ? undefined : await page.locator('body').innerText() };
  }
}

/**
 * One chromium page for the whole self-check, each test module starting without cookies (the
 * suite gives each module its own): a new browser context per module costs more than the module.
 */
export class SuiteBrowser {
  readonly #browser: Browser;
  readonly #context: BrowserContext;
  readonly #page: Page;
  readonly #suite: SuiteOrigin;

  private constructor(browser: Browser, context: BrowserContext, page: Page, suite: SuiteOrigin) {
    this.#browser = browser;
    this.#context = context;
    this.#page = page;
    this.#suite = suite;
  }

  static async launch(): Promise<SuiteBrowser> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    // The bank's certificate is the suite's to trust, not chromium's.
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    // The suite's browser finds elements at once and waits for what it is told to; 10 s is its
    // usual wait.
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    return new SuiteBrowser(
      browser,
      context,
      page,
      new SuiteOrigin(await context.newCDPSession(page)),
    );
  }

  /**
   * The browser for one test module: no cookies, its steps, the suite's callback for its redirect
   * URIs.
   */
  async module(entries: readonly BrowserEntry[], callbackUrl: string): Promise<BrowserModule> {
    await this.#context.clearCookies();
    await this.#suite.answer(callbackUrl);
    return new BrowserModule(this.#page, this.#suite, entries);
  }

  close(): Promise<void> {
    return this.#browser.close();
  }
}

function locate(page: Page, type: SelectorType, selector: string): Locator {
  const css: Record<SelectorType, string> = {
    id: `[id="${selector}"]`,
    name: `[name="${selector}"]`,
    css: selector,
    xpath: `xpath=${selector}`,
    class: `.${selector}`,
  };
  return page.locator(css[type]).first();
}

async function run(page: Page, command: BrowserCommand, task: string): Promise<void> {
  const [action, type, selector] = command;
  const failed = (problem: string) =>
    new Error(`task "${task}": ${JSON.stringify(command)} ${problem} (at ${page.url()})`);
  if (action === 'text') {
    await locate(page, type, selector)
      .fill(command[3])
      .catch((error: Error) => Promise.reject(failed(error.message)));
    return;
  }
  if (action === 'click') {
    const target = locate(page, type, selector);
    // A submit button loads the next page; the next task must see that page, as the suite's does.
    const submits = await target
      .evaluate((element) => (element as HTMLButtonElement).type === 'submit')
      .catch((error: Error) => Promise.reject(failed(error.message)));
    if (submits) await Promise.all([page.waitForEvent('load'), target.click()]);
    else await target.click();
    return;
  }
  const [, , , seconds, pattern] = command;
  const timeout = seconds * 1000;
  if (type === 'contains' || type === 'match') {
    await page
      .waitForURL(
        (url) =>
          type === 'contains' ? url.href.includes(selector) : new RegExp(selector).test(url.href),
        { timeout },
      )
      .catch(() => Promise.reject(failed(`timed out after ${seconds} s`)));
    return;
  }
  const target = locate(page, type, selector);
  await target
    .waitFor({ state: 'attached', timeout })
    .catch(() => Promise.reject(failed(`found nothing within ${seconds} s`)));
  if (pattern === undefined) return;
  // Java's Matcher.find(): the pattern anywhere in the element's text.
  const expected = new RegExp(pattern);
  for (const deadline = Date.now() + timeout; ; ) {
    if (expected.test(await target.innerText())) return;
    if (Date.now() > deadline) throw failed(`text never matched /${pattern}/`);
    await page.waitForTimeout(POLL_MS);
  }
}
