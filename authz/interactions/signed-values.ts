import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Small values the browser carries between requests (the half-finished sign-in, the dashboard
 * session), signed so they cannot be forged and self-expiring so nothing needs storing server-side
 * (DESIGN.md section 1: no state in process memory). Keys come from the platform's cookie keys,
 * one derived key per purpose so a value signed for one use is worthless for another; the first
 * key signs, all verify, which is how the keys rotate.
 */

export function derivedKeys(cookieKeys: readonly string[], purpose: string): Buffer[] {
  if (cookieKeys.length === 0) throw new Error('at least one cookie key is required');
  return cookieKeys.map((key) =>
    createHmac('sha256', key).update(`obp-consent-ui:${purpose}`).digest(),
  );
}

export function hmac(key: Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

/**
 * Constant-time check of a submitted MAC against the expected one, compared as base64url text:
 * decoding would ignore the spare bits of the last character and let several spellings pass.
 */
export function sameMac(expected: Buffer, submitted: string): boolean {
  const a = Buffer.from(expected.toString('base64url'));
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}

interface Expiring {
  /** Seconds since the epoch. */
  readonly exp: number;
}

export class SignedValues<T extends Expiring> {
  readonly #keys: Buffer[];

  constructor(cookieKeys: readonly string[], purpose: string) {
    this.#keys = derivedKeys(cookieKeys, purpose);
  }

  sign(payload: T): string {
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${hmac(this.#keys[0]!, body).toString('base64url')}`;
  }

  /** The payload, if a current key signed it and it has not expired. */
  verify(value: string | undefined, now: Date = new Date()): T | undefined {
    if (!value || value.length > 2048) return undefined;
    const [body, signature, extra] = value.split('.');
    if (!body || !signature || extra !== undefined) return undefined;
    if (!this.#keys.some((key) => sameMac(hmac(key, body), signature))) return undefined;
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T;
    return typeof payload.exp === 'number' && payload.exp * 1000 > now.getTime()
      ? payload
      : undefined;
  }
}
