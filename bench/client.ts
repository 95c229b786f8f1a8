import { exportJWK } from 'jose';
import type { TppKit } from '../certs/index.ts';
import { registerTpp, type MessageSigner, type RegisteredTpp } from '../examples/tpp-client.ts';
import { clientAssertion, dpopProof, type DpopKey } from './proofs.ts';

/** The bench's TPP as the bank knows it: registered once per run, shared by every workload. */
export interface BenchClient {
  readonly clientId: string;
  /**
   * The kit's signing key (`registered.signer`): `private_key_jwt` client assertions and OB
   * messages (`x-jws-signature`), as the example TPP signs them.
   */
  readonly signer: MessageSigner;
  /**
   * The key the client's tokens are bound to: `registered.dpopKeys`, for proofs the bench signs
   * itself.
   */
  readonly dpop: DpopKey;
  /**
   * The same registration as openid-client sees it, for the steps the bench does not time
   * (tokens, intents, authorising them); its DPoP handle signs with `dpop`, so code-flow tokens
   * are bound to the key the timed requests prove.
   */
  readonly registered: RegisteredTpp;
}

/**
 * RFC 7591 registration over mutual TLS through the README's openid-client TPP, `private_key_jwt`
 * with DPoP-bound tokens. The software statement is single use, hence once per run.
 */
export async function registerBenchClient(
  issuer: string,
  kit: TppKit,
  bankCaPem: string,
): Promise<BenchClient> {
  const identity = {
    transportCertPem: kit.transportCertPem,
    transportKeyPem: kit.transportKeyPem,
    signingKeyJwk: kit.signingKeyJwk,
    ssa: kit.ssa,
    bankCaPem,
  };
  const registered = await registerTpp(issuer, identity, {
    authMethod: 'private_key_jwt',
    binding: 'dpop',
    redirectUris: [...kit.redirectUris],
  });
  const { privateKey, publicKey } = registered.dpopKeys!;
  return {
    clientId: registered.clientId,
    signer: registered.signer,
    dpop: { key: privateKey, alg: 'ES256', publicKey, publicJwk: await exportJWK(publicKey) },
    registered,
  };
}

export interface TokenRequestCredentials {
  assertion: string;
  proof: string;
}

/**
 * Signs what one client-credentials request at `tokenUrl` needs: a client assertion and a DPoP
 * proof.
 */
export async function signTokenRequest(
  client: BenchClient,
  issuer: string,
  tokenUrl: string,
  assertionLifetimeSeconds = 60,
): Promise<TokenRequestCredentials> {
  return {
    assertion: await clientAssertion(
      client.signer,
      client.clientId,
      issuer,
      assertionLifetimeSeconds,
    ),
    proof: await dpopProof(client.dpop, { method: 'POST', url: tokenUrl }),
  };
}

/**
 * The form of a `client_credentials` request with `private_key_jwt` and DPoP (RFC 7523, RFC 9449).
 */
export function tokenRequest(credentials: TokenRequestCredentials, scope: string) {
  return {
    method: 'POST' as const,
    headers: { 'content-type': 'application/x-www-form-urlencoded', dpop: credentials.proof },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      scope,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: credentials.assertion,
    }).toString(),
  };
}
