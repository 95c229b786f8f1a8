/**
 * DPoP (RFC 9449) for resource requests: a fresh proof per request, bound to the access token
 * (`ath`), and the one retry the RFC allows when the server asks for a nonce (`use_dpop_nonce`,
 * section 9), with the nonce kept per origin for the next requests.
 */
import { exportJWK, SignJWT, type JWK } from 'jose';
import type { Middleware } from 'openapi-fetch';

/** The JWS algorithm of a DPoP key pair: ES256 (P-256) or PS256, as FAPI 2.0 allows. */
function algorithmOf(key: CryptoKey): 'ES256' | 'PS256' {
  if (key.algorithm.name === 'ECDSA') return 'ES256';
  if (key.algorithm.name === 'RSA-PSS') return 'PS256';
  throw new Error(`DPoP: a ${key.algorithm.name} key cannot sign proofs here (ES256 or PS256)`);
}

export interface DPoPProver {
  /**
   * The proof for one request: method, URL (its query and fragment are left out of `htu`) and the
   * access token it carries.
   */
  proof(method: string, url: string, accessToken: string): Promise<string>;
  /** Records a `DPoP-Nonce` the server sent, for the origin it came from. */
  noteNonce(url: string, nonce: string | null): void;
}

export function dpopProver(keys: CryptoKeyPair): DPoPProver {
  const alg = algorithmOf(keys.privateKey);
  let jwk: Promise<JWK> | undefined;
  const publicJwk = () => (jwk ??= exportJWK(keys.publicKey));
  const nonces = new Map<string, string>();
  return {
    async proof(method, url, accessToken) {
      const target = new URL(url);
      const htu = `${target.origin}${target.pathname}`;
      const ath = Buffer.from(
        await crypto.subtle.digest('SHA-256', new TextEncoder().encode(accessToken)),
      ).toString('base64url');
      const nonce = nonces.get(target.origin);
      return new SignJWT({ htm: method, htu, ath, ...(nonce && { nonce }) })
        .setProtectedHeader({ typ: 'dpop+jwt', alg, jwk: await publicJwk() })
        .setIssuedAt()
        .setJti(crypto.randomUUID())
        .sign(keys.privateKey);
    },
    noteNonce(url, nonce) {
      if (nonce) nonces.set(new URL(url).origin, nonce);
    },
  };
}

/** Whether a 401's challenge is RFC 9449's request for a nonce. */
function asksForNonce(response: Response): boolean {
  return (
    response.status === 401 &&
    /error="use_dpop_nonce"/.test(response.headers.get('www-authenticate') ?? '')
  );
}

/**
 * Sends `Authorization: DPoP <token>` with a proof per request. A request asked for a nonce is
 * sent again once, from a copy of its body kept until its answer came.
 */
export function dpopMiddleware(prover: DPoPProver, accessToken: () => string): Middleware {
  const copies = new WeakMap<Request, Request>();
  const prove = async (request: Request) => {
    const token = accessToken();
    request.headers.set('authorization', `DPoP ${token}`);
    request.headers.set('dpop', await prover.proof(request.method, request.url, token));
    return request;
  };
  return {
    async onRequest({ request }) {
      await prove(request);
      copies.set(request, request.clone());
      return request;
    },
    async onResponse({ request, response, options }) {
      const copy = copies.get(request);
      copies.delete(request);
      prover.noteNonce(request.url, response.headers.get('dpop-nonce'));
      if (!copy || !asksForNonce(response) || !response.headers.get('dpop-nonce')) return undefined;
      const retried = await options.fetch(await prove(copy));
      prover.noteNonce(request.url, retried.headers.get('dpop-nonce'));
      return retried;
    },
  };
}
