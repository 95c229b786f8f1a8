import type { Context } from 'koa';
import { COOKIE_NAMES, clearCookie, readCookie, setCookie } from './cookies.ts';
import { SignedValues } from './signed-values.ts';

/**
 * The consent dashboard's sign-in: a signed cookie naming the customer, renewed on use, that ends
 * after IDLE_SECONDS without use and ABSOLUTE_SECONDS after sign-in whatever happens. Kept apart
 * from oidc-provider's session on purpose: signing in to a TPP's authorization does not sign the
 * browser in to the bank's dashboard, and the dashboard needs its own strong authentication.
 */

const IDLE_SECONDS = 15 * 60;
const ABSOLUTE_SECONDS = 60 * 60;

interface SessionPayload {
  readonly sub: string;
  /** Sign-in time, seconds. */
  readonly auth: number;
  readonly exp: number;
}

export class CustomerSessions {
  readonly #signed: SignedValues<SessionPayload>;

  constructor(cookieKeys: readonly string[]) {
    this.#signed = new SignedValues(cookieKeys, 'dashboard-session');
  }

  start(ctx: Context, customerId: string): void {
    this.#write(ctx, customerId, Math.floor(Date.now() / 1000));
  }

  /** The signed-in customer, sliding the idle expiry forward. */
  current(ctx: Context): string | undefined {
    const session = this.#signed.verify(readCookie(ctx, COOKIE_NAMES.session));
    if (!session) return undefined;
    this.#write(ctx, session.sub, session.auth);
    return session.sub;
  }

  end(ctx: Context): void {
    clearCookie(ctx, COOKIE_NAMES.session);
  }

  #write(ctx: Context, customerId: string, auth: number): void {
    const now = Math.floor(Date.now() / 1000);
    const exp = Math.min(now + IDLE_SECONDS, auth + ABSOLUTE_SECONDS);
    setCookie(
      ctx,
      COOKIE_NAMES.session,
      this.#signed.sign({ sub: customerId, auth, exp }),
      exp - now,
    );
  }
}
