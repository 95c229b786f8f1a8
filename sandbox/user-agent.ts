import { fetch, type Dispatcher, type RequestInit, type Response } from 'undici';

export type { Response } from 'undici';

/**
 * A browser without JavaScript: a cookie jar (names only; paths do not matter to the bank's pages)
 * and forms, with no automatic redirects so that every hop can be checked. Over plain HTTP by
 * default; give it a TLS dispatcher to reach the platform's browser host. The sandbox's CI approval
 * (ci-approval.ts) is the customer's browser made of it; tests drive the pages with it too.
 */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly baseUrl: string,
    readonly dispatcher?: Dispatcher,
  ) {}

  async get(path: string): Promise<Response> {
    return this.#send(path, { method: 'GET' });
  }

  async post(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields))
      for (const item of [value].flat()) body.append(name, item);
    return this.#send(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  /**
   * Follows same-origin redirects; stops at (and returns) a redirect leaving the bank, or a page.
   */
  async follow(response: Response): Promise<Response> {
    let current = response;
    for (let hop = 0; hop < 10 && current.status >= 300 && current.status < 400; hop += 1) {
      const location = new URL(current.headers.get('location')!, this.baseUrl);
      if (location.origin !== new URL(this.baseUrl).origin) return current;
      await current.body?.cancel();
      current = await this.get(location.pathname + location.search);
    }
    return current;
  }

  async #send(path: string, init: RequestInit): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(new URL(path, this.baseUrl), {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        ...(cookie && { cookie }),
      },
      ...(this.dispatcher && { dispatcher: this.dispatcher }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair!.slice(0, pair!.indexOf('='));
      const value = pair!.slice(pair!.indexOf('=') + 1);
      const expired = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a),
      );
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}
