import { rootCertificates } from 'node:tls';
import { errors, type Configuration } from 'oidc-provider';
import { Agent, fetch } from 'undici';
import { checkCallbackUrl, checkedLookup, OutboundRefused } from '../../outbound/index.ts';
import { InvalidSoftwareStatement } from './software-statement.ts';

/**
 * What the authorization server fetches because a registration says so: the JWKS at the software
 * statement's `software_jwks_endpoint` (when it does not carry its keys inline) and a
 * `sector_identifier_uri`. Both are URLs a TPP chooses, so they are held to the rules of
 * events/delivery/outbound.ts (server-side request forgery): https only, no credentials in the
 * URL, and only hosts that resolve to public addresses, unless allow-listed for the sandbox. The
 * addresses are checked as each connection is made (a name that resolves elsewhere later, DNS
 * rebinding, is refused then), redirects are not followed, and every fetch is bounded in time and
 * size. oidc-provider makes these requests through its `fetch` setting, which this provides.
 */

export interface OutboundFetchPolicy {
  /** `name` or `name:port` allowed to resolve to loopback or private addresses (sandbox only). */
  readonly privateHostsAllowed: readonly string[];
  /** Trust anchors for TPP servers besides the public roots (the sandbox directory's CA). */
  readonly extraCaPems: readonly string[];
}

/** Connect, TLS, request and the whole answer must fit in this. */
export const FETCH_TIMEOUT_MS = 2_500;
/** A JWKS or a list of redirect URIs is a few KiB. */
export const FETCH_BODY_BYTES_MAX = 64 * 1024;

/** oidc-provider's `fetch` and `fetchResponseBodyLimits` settings (lib/helpers/defaults.js). */
export function outboundFetchSettings(
  policy: OutboundFetchPolicy,
): Pick<Configuration, 'fetch' | 'fetchResponseBodyLimits'> {
  const ca = [...rootCertificates, ...policy.extraCaPems];
  return {
    fetch: async (url, options = {}) => {
      // oidc-provider's own dispatcher checks the address only after connecting; this one before.
      const target = checkCallbackUrl(String(url), policy.privateHostsAllowed);
      const agent = new Agent({
        connect: {
          ca,
          lookup: checkedLookup(target, policy.privateHostsAllowed),
          timeout: FETCH_TIMEOUT_MS,
        },
        headersTimeout: FETCH_TIMEOUT_MS,
        bodyTimeout: FETCH_TIMEOUT_MS,
      });
      try {
        const response = await fetch(target, {
          method: options.method,
          headers: options.headers as Record<string, string>,
          redirect: 'error',
          signal: AbortSignal.any([
            AbortSignal.timeout(FETCH_TIMEOUT_MS),
            ...(options.signal ? [options.signal] : []),
          ]),
          dispatcher: agent,
        });
        const body = await boundedBody(response.body, FETCH_BODY_BYTES_MAX);
        return new Response(body, { status: response.status, headers: [...response.headers] });
      } finally {
        await agent.destroy();
      }
    },
    fetchResponseBodyLimits: {
      'client_id metadata document': FETCH_BODY_BYTES_MAX,
      jwks_uri: FETCH_BODY_BYTES_MAX,
      sector_identifier_uri: FETCH_BODY_BYTES_MAX,
    },
  };
}

/** The body, read up to `bytesMax`: a longer one is refused without reading the rest. */
async function boundedBody(
  body: AsyncIterable<Uint8Array> | null,
  bytesMax: number,
): Promise<Blob | null> {
  if (!body) return null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > bytesMax) throw new OutboundRefused(`the answer is larger than ${bytesMax} bytes`);
    chunks.push(new Uint8Array(chunk));
  }
  return new Blob(chunks);
}

/**
 * Before a registration is accepted, the URLs it would make the server fetch: the same rules as
 * the fetch itself, the host resolved now so that an unreachable or internal one is named at once
 * (`invalid_software_statement` for the statement's JWKS, `invalid_client_metadata` for the rest)
 * instead of surfacing later as a client that cannot authenticate.
 */
export async function checkRegistrationUrls(
  metadata: Record<string, unknown>,
  policy: OutboundFetchPolicy,
): Promise<void> {
  const checks = [
    {
      value: metadata.jwks_uri,
      refuse: (why: string) => new InvalidSoftwareStatement(`software_jwks_endpoint ${why}`),
    },
    {
      value: metadata.sector_identifier_uri,
      refuse: (why: string) => new errors.InvalidClientMetadata(`sector_identifier_uri ${why}`),
    },
  ];
  for (const { value, refuse } of checks) {
    if (value === undefined) continue;
    if (typeof value !== 'string') throw refuse('must be a URL');
    try {
      await resolvesPermitted(
        checkCallbackUrl(value, policy.privateHostsAllowed),
        policy.privateHostsAllowed,
      );
    } catch (error) {
      throw refuse(
        error instanceof OutboundRefused ? error.message : 'names a host that does not resolve',
      );
    }
  }
}

/** Resolves the URL's host as a connection would, within the fetch timeout; throws when refused. */
function resolvesPermitted(url: URL, privateHostsAllowed: readonly string[]): Promise<void> {
  const lookup = checkedLookup(url, privateHostsAllowed);
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new OutboundRefused(`names a host that did not resolve within ${FETCH_TIMEOUT_MS} ms`),
        ),
      FETCH_TIMEOUT_MS,
    );
    lookup(hostname, { all: true }, (error) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    });
  });
}
