import { randomBytes } from 'node:crypto';
import type { Context } from 'koa';
import { COOKIE_NAMES, readCookie, setCookie } from './cookies.ts';
import { derivedKeys, hmac, sameMac } from './signed-values.ts';

const SECRET_CHARS = 43;
/** Where issue() keeps the secret it set, so a page with several forms sets one. */
const ISSUED = 'consentUiCsrfSecret';

/**
 * CSRF protection for every form: a random per-browser secret in a cookie, and in each form a MAC
 * of that secret and the form's scope (the interaction uid, or "dashboard"). Forging a submission
 * needs the cookie, which another site can neither read nor, thanks to `__Host-` and
 * SameSite=Strict, send or plant; and a token lifted from one interaction does not fit another.
 */
export class CsrfTokens {
  readonly #keys: Buffer[];

  constructor(cookieKeys: readonly string[]) {
    this.#keys = derivedKeys(cookieKeys, 'csrf');
  }

  /** The token for a form in `scope`, setting the browser's secret if it has none yet. */
  issue(ctx: Context, scope: string): string {
    let secret = (ctx.state[ISSUED] as string | undefined) ?? readCookie(ctx, COOKIE_NAMES.csrf);
    if (!secret || secret.length !== SECRET_CHARS) {
      secret = randomBytes(32).toString('base64url');
      setCookie(ctx, COOKIE_NAMES.csrf, secret);
    }
    ctx.state[ISSUED] = secret;
    return this.#token(this.#keys[0]!, secret, scope).toString('base64url');
  }

  /** Constant-time; any current key may have made the token. */
  verify(ctx: Context, scope: string, submitted: string | undefined): boolean {
    const secret = readCookie(ctx, COOKIE_NAMES.csrf);
    if (!secret || !submitted || submitted.length > 64) return false;
    return this.#keys.some((key) => sameMac(this.#token(key, secret, scope), submitted));
  }

  #token(key: Buffer, secret: string, scope: string): Buffer {
    return hmac(key, `${secret}\n${scope}`);
  }
}
