import type * as oauth from 'openid-client';
import { Agent, fetch as undiciFetch } from 'undici';

/** A TLS client identity: the transport certificate and its key (PEM). */
export interface TransportIdentity {
  readonly certPem: string;
  readonly keyPem: string;
}

/**
 * HTTPS connections to the bank, trusting its server certificate: one connection pool without a
 * client certificate and one per transport certificate, kept until `close()`. A TLS session is
 * bound to the certificate presented, so the same pool never serves two identities.
 */
export class Connections {
  readonly #caPem: string;
  readonly #agents = new Map<string, Agent>();

  constructor(caPem: string) {
    this.#caPem = caPem;
  }

  /**
   * A fetch for openid-client (`customFetch`) and for raw requests, presenting `identity` if given.
   */
  fetch(identity?: TransportIdentity): oauth.CustomFetch {
    const dispatcher = this.#agent(identity);
    return ((url: string, options: oauth.CustomFetchOptions) =>
      undiciFetch(url, { ...(options as object), dispatcher } as Parameters<
        typeof undiciFetch
      >[1])) as unknown as oauth.CustomFetch;
  }

  /** A plain request (the refusals the self-check sends as raw HTTP), over the same pools. */
  request(url: string, init: RequestInit, identity?: TransportIdentity): Promise<Response> {
    return this.fetch(identity)(url, {
      ...init,
      redirect: 'manual',
    } as oauth.CustomFetchOptions) as Promise<Response>;
  }

  async close(): Promise<void> {
    await Promise.all([...this.#agents.values()].map((agent) => agent.close()));
    this.#agents.clear();
  }

  #agent(identity: TransportIdentity | undefined): Agent {
    const key = identity?.certPem ?? '';
    let agent = this.#agents.get(key);
    if (!agent) {
      agent = new Agent({
        connect: {
          ca: this.#caPem,
          ...(identity && { cert: identity.certPem, key: identity.keyPem }),
        },
      });
      this.#agents.set(key, agent);
    }
    return agent;
  }
}
