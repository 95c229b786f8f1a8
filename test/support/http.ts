import { Agent, fetch, Response, type RequestInit } from 'undici';

export interface TlsIdentity {
  /** Trust anchor(s) for the server certificate. */
  ca: string | string[];
  /** Client certificate and key for mutual TLS. */
  cert?: string;
  key?: string;
}

/** An undici dispatcher speaking TLS to the platform, with a client certificate when given. */
export function tlsAgent(identity: TlsIdentity): Agent {
  return new Agent({
    connect: { ca: identity.ca, cert: identity.cert, key: identity.key, servername: 'localhost' },
  });
}

export async function tlsFetch(
  url: string,
  identity: TlsIdentity,
  init: RequestInit = {},
): Promise<Response> {
  const dispatcher = tlsAgent(identity);
  try {
    const response = await fetch(url, { ...init, dispatcher });
    // Read the body before the agent goes away.
    const body = await response.arrayBuffer();
    const empty = response.status === 204 || response.status === 304;
    return new Response(empty ? null : body, {
      status: response.status,
      headers: response.headers,
    });
  } finally {
    await dispatcher.close();
  }
}
