import type { Context } from 'koa';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { ConsentUi } from '../../consent-ui/index.ts';
import {
  rateLimitDecision,
  takeTokens,
  type BucketCharge,
  type RateLimitDecision,
  type RateLimitPolicy,
} from '../../ratelimit/index.ts';
import { hashedKey } from '../rate-limits.ts';
import { COOKIE_NAMES, clearCookie, readCookie, setCookie } from './cookies.ts';
import type { CsrfTokens } from './csrf.ts';
import { FAILED_ATTEMPTS_MAX, LOCKOUT_SECONDS } from './customers.ts';
import { field } from './form.ts';
import {
  checkOneTimeCode,
  checkPassword,
  normaliseUsername,
  type FixedCodeCustomer,
} from './login.ts';
import { seeOther, sendPage } from './page.ts';
import { formatTime } from './presentation.ts';
import { FORM_EXPIRED } from './problems.ts';
import { SignedValues } from './signed-values.ts';
import type { TppView } from './tpp.ts';

/**
 * The two sign-in steps, shared by the authorization interaction and the consent dashboard:
 * password, then one-time code. Between them the browser holds a signed, five-minute note that
 * this customer's password was right, scoped to the one interaction (or the dashboard) it was
 * given for. The note is no shortcut: every wrong code still counts towards the lockout.
 */

export interface SignInScreen {
  /** CSRF and pending-login scope: the interaction uid, or "dashboard". */
  readonly scope: string;
  /** Where the sign-in page is (GET), for post-redirect-get. */
  readonly pageUrl: string;
  readonly passwordAction: string;
  readonly codeAction: string;
  readonly cancelAction: string;
  readonly cancelLabel: string;
  readonly heading: string;
  readonly intro: string;
  readonly tpp: TppView | undefined;
  readonly formTargets: readonly string[];
}

export interface SignInDeps {
  readonly knex: Knex;
  readonly dataEncryptionKey: Buffer;
  readonly cookieKeys: readonly string[];
  readonly ui: ConsentUi;
  readonly csrf: CsrfTokens;
  readonly logger: Logger;
  /** The conformance customer's fixed second factor, when the platform is configured for it. */
  readonly fixedCodeCustomer?: FixedCodeCustomer;
  /** Sign-in attempts per username (password step) and per address (both steps); absent: off. */
  readonly rateLimits: {
    readonly username: RateLimitPolicy | undefined;
    readonly address: RateLimitPolicy | undefined;
  };
}

interface PendingLogin {
  readonly sub: string;
  readonly scope: string;
  readonly exp: number;
}

const PENDING_LOGIN_SECONDS = 300;
const GENERIC_FAILURE = 'The username or password is not right. Check them and try again.';

export class SignIn {
  readonly #deps: SignInDeps;
  readonly #pending: SignedValues<PendingLogin>;

  constructor(deps: SignInDeps) {
    this.#deps = deps;
    this.#pending = new SignedValues(deps.cookieKeys, 'pending-login');
  }

  /** The customer whose password was accepted for this scope and who now owes the code. */
  pendingCustomer(ctx: Context, scope: string): string | undefined {
    const pending = this.#pending.verify(readCookie(ctx, COOKIE_NAMES.pendingLogin));
    return pending?.scope === scope ? pending.sub : undefined;
  }

  forget(ctx: Context): void {
    clearCookie(ctx, COOKIE_NAMES.pendingLogin);
  }

  /** Whichever step the customer is at. */
  show(ctx: Context, screen: SignInScreen): void {
    if (this.pendingCustomer(ctx, screen.scope)) this.#codePage(ctx, screen);
    else this.#passwordPage(ctx, screen);
  }

  async submitPassword(ctx: Context, screen: SignInScreen, form: URLSearchParams): Promise<void> {
    if (!this.#deps.csrf.verify(ctx, screen.scope, form.get('csrf') ?? undefined))
      throw FORM_EXPIRED();
    const username = field(form, 'username', 256);
    const limited = await this.#takeAttempt(ctx, username);
    if (limited) {
      this.#deps.logger.info(
        { event: 'sign-in.password.rate-limited', scope: screen.scope },
        'sign-in attempt over the rate limit',
      );
      return this.#passwordPage(ctx, screen, {
        problem: limitedProblem(limited),
        username,
        status: 429,
      });
    }
    const outcome = await checkPassword(this.#deps.knex, username, field(form, 'password'));
    if (outcome.ok) {
      this.#deps.logger.info(
        { event: 'sign-in.password.accepted', customerId: outcome.customerId, scope: screen.scope },
        'password accepted',
      );
      const exp = Math.floor(Date.now() / 1000) + PENDING_LOGIN_SECONDS;
      setCookie(
        ctx,
        COOKIE_NAMES.pendingLogin,
        this.#pending.sign({ sub: outcome.customerId, scope: screen.scope, exp }),
        PENDING_LOGIN_SECONDS,
      );
      return seeOther(ctx, screen.pageUrl);
    }
    this.#deps.logger.info(
      { event: `sign-in.password.${outcome.reason}`, scope: screen.scope },
      'password refused',
    );
    const problem =
      outcome.reason === 'locked'
        ? lockedProblem(outcome.lockedUntil)
        : { message: GENERIC_FAILURE };
    this.#passwordPage(ctx, screen, {
      problem,
      username,
      status: outcome.reason === 'locked' ? 423 : 401,
    });
  }

  /** The customer id once both factors passed; otherwise the response is already written. */
  async submitCode(
    ctx: Context,
    screen: SignInScreen,
    form: URLSearchParams,
  ): Promise<string | undefined> {
    if (!this.#deps.csrf.verify(ctx, screen.scope, form.get('csrf') ?? undefined))
      throw FORM_EXPIRED();
    const customerId = this.pendingCustomer(ctx, screen.scope);
    if (!customerId) {
      seeOther(ctx, screen.pageUrl);
      return undefined;
    }
    const limited = await this.#takeAttempt(ctx, undefined);
    if (limited) {
      this.#deps.logger.info(
        { event: 'sign-in.code.rate-limited', customerId, scope: screen.scope },
        'sign-in attempt over the rate limit',
      );
      this.#codePage(ctx, screen, limitedProblem(limited), 429);
      return undefined;
    }
    const outcome = await checkOneTimeCode(
      this.#deps.knex,
      this.#deps.dataEncryptionKey,
      customerId,
      field(form, 'code', 16),
      new Date(),
      this.#deps.fixedCodeCustomer,
    );
    if (outcome.ok) {
      this.#deps.logger.info(
        { event: 'sign-in.completed', customerId, scope: screen.scope },
        'strong customer authentication completed',
      );
      this.forget(ctx);
      return customerId;
    }
    this.#deps.logger.info(
      { event: `sign-in.code.${outcome.reason}`, customerId, scope: screen.scope },
      'one-time code refused',
    );
    if (outcome.reason === 'locked') {
      this.forget(ctx);
      this.#passwordPage(ctx, screen, { problem: lockedProblem(outcome.lockedUntil), status: 423 });
      return undefined;
    }
    const message =
      outcome.reason === 'reused'
        ? 'That code has already been used. Wait for your app to show a new code, then enter it.'
        : 'That code is not right. Check your authenticator app and enter the code it shows now.';
    this.#codePage(ctx, screen, { message }, 401);
    return undefined;
  }

  /**
   * Takes a sign-in attempt from the address's bucket and, at the password step, the username's
   * (one statement). Every answer carries the RateLimit fields; returns the refusal, if refused.
   * Slows guessing across many usernames from one address and at one username from many, before
   * and beside the per-customer lockout, and answers nothing about whether the username exists.
   */
  async #takeAttempt(
    ctx: Context,
    username: string | undefined,
  ): Promise<RateLimitDecision | undefined> {
    const { username: byUsername, address: byAddress } = this.#deps.rateLimits;
    const charges: BucketCharge[] = [];
    if (byAddress)
      charges.push({ key: hashedKey('sign-in:address', ctx.request.ip), policy: byAddress });
    if (byUsername && username !== undefined)
      charges.push({
        key: hashedKey('sign-in:username', normaliseUsername(username)),
        policy: byUsername,
      });
    if (charges.length === 0) return undefined;
    const decision = rateLimitDecision(await takeTokens(this.#deps.knex, charges));
    ctx.set(decision.headers);
    return decision.allowed ? undefined : decision;
  }

  #passwordPage(
    ctx: Context,
    screen: SignInScreen,
    extra: { problem?: Problem; username?: string; status?: number } = {},
  ): void {
    sendPage(
      ctx,
      this.#deps.ui,
      'login',
      {
        title: 'Sign in',
        heading: screen.heading,
        intro: screen.intro,
        tpp: screen.tpp,
        action: screen.passwordAction,
        cancelAction: screen.cancelAction,
        cancelLabel: screen.cancelLabel,
        csrf: this.#deps.csrf.issue(ctx, screen.scope),
        problem: extra.problem,
        username: extra.username,
        attemptsMax: FAILED_ATTEMPTS_MAX,
        lockoutMinutes: LOCKOUT_SECONDS / 60,
      },
      { status: extra.status, formTargets: screen.formTargets },
    );
  }

  #codePage(ctx: Context, screen: SignInScreen, problem?: Problem, status?: number): void {
    sendPage(
      ctx,
      this.#deps.ui,
      'one-time-code',
      {
        title: 'Enter your code',
        tpp: screen.tpp,
        action: screen.codeAction,
        cancelAction: screen.cancelAction,
        cancelLabel: screen.cancelLabel,
        csrf: this.#deps.csrf.issue(ctx, screen.scope),
        problem,
      },
      { status, formTargets: screen.formTargets },
    );
  }
}

interface Problem {
  readonly title?: string;
  readonly message: string;
}

function limitedProblem(decision: RateLimitDecision): Problem {
  const minutes = Math.max(1, Math.ceil((decision.retryAfterSeconds ?? 60) / 60));
  return {
    title: 'Sign-in is paused',
    message: `There have been too many sign-in attempts. For your security, wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
  };
}

function lockedProblem(lockedUntil: Date): Problem {
  return {
    title: 'Sign-in is paused',
    message: `There have been too many attempts to sign in. For your security, try again after ${formatTime(lockedUntil)} (UK time).`,
  };
}
