import type { Context } from 'koa';

/**
 * The consent UI's own cookies. `__Host-` names make the browser insist on Secure, Path=/ and no
 * Domain, so a sibling host cannot plant or overwrite them. SameSite=Strict: every request that
 * needs them comes from a page of ours (the customer arrives from the TPP by a cross-site redirect,
 * but the forms they then submit are same-site). Written by hand because Koa's cookie jar refuses
 * `Secure` when the TLS is terminated in front of the app.
 */
export const COOKIE_NAMES = {
  csrf: '__Host-obp-csrf',
  pendingLogin: '__Host-obp-login',
  session: '__Host-obp-session',
} as const;

export type CookieName = (typeof COOKIE_NAMES)[keyof typeof COOKIE_NAMES];

const COOKIE_VALUE = /^[A-Za-z0-9._-]{1,4096}$/;

export function readCookie(ctx: Context, name: CookieName): string | undefined {
  const header = ctx.get('cookie');
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      const value = part.slice(separator + 1).trim();
      return COOKIE_VALUE.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/** Without maxAgeSeconds the cookie ends with the browser session. */
export function setCookie(
  ctx: Context,
  name: CookieName,
  value: string,
  maxAgeSeconds?: number,
): void {
  if (!COOKIE_VALUE.test(value)) throw new Error(`cookie ${name}: value is not cookie-safe`);
  const maxAge =
    maxAgeSeconds === undefined ? '' : `; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`;
  ctx.append('set-cookie', `${name}=${value}; Path=/; Secure; HttpOnly; SameSite=Strict${maxAge}`);
}

export function clearCookie(ctx: Context, name: CookieName): void {
  ctx.append('set-cookie', `${name}=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0`);
}
