import * as oauth from 'openid-client';
import { fetch, type Agent } from 'undici';
import type { TppKit } from '../certs/index.ts';
import { messageSigner, registerTpp, type MessageSigner, type RegisteredTpp } from '../examples/tpp-client.ts';
import { clientAssertion, dpopProof, importSigningKey, newDpopKey, type DpopKey, type SigningKey } from './proofs.ts';

/** The bench's TPP as the bank knows it: registered once per run, shared by every workload. */
export interface BenchClient {
  readonly clientId: string;
  /** The kit's signing key, for `private_key_jwt` client assertions. */
  readonly signer: SigningKey;
  /** The key the client's tokens are bound to. */
  readonly dpop: DpopKey;
  /** Signs OB messages (`x-jws-signature`) with the kit's key, as the example TPP does. */
  readonly messageSigner: MessageSigner;
  /**
   * The same registration as openid-client sees it, for the flows the bench does not time
   * (authorising intents); its DPoP handle signs with `dpop`, so code-flow tokens are bound to
   * the key the timed requests prove.
   */
  readonly registered: RegisteredTpp;
}

/**
 * RFC 7591 registration over mutual TLS through the README's openid-client TPP, `private_key_jwt`
 * with DPoP-bound tokens. The software statement is single use, hence once per run.
 */
export async function registerBenchClient(issuer: string, kit: TppKit, bankCaPem: string): Promise<BenchClient> {
  const identity = { transportCertPem: kit.transportCertPem, transportKeyPem: kit.transportKeyPem, signingKeyJwk: kit.signingKeyJwk, ssa: kit.ssa, bankCaPem };
  const registered = await registerTpp(issuer, identity, { authMethod: 'private_key_jwt', binding: 'dpop', redirectUris: [...kit.redirectUris] });
  const dpop = await newDpopKey();
  return {
    clientId: registered.clientId,
    signer: await importSigningKey(kit.signingKeyJwk),
    dpop,
    messageSigner: await messageSigner(identity, issuer),
    registered: { ...registered, dpop: oauth.getDPoPHandle(registered.config, { privateKey: dpop.key, publicKey: dpop.publicKey }) },
  };
}

export interface TokenRequestCredentials {
  assertion: string;
  proof: string;
}

/** Signs what one client-credentials request at `tokenUrl` needs: a client assertion and a DPoP proof. */
export async function signTokenRequest(client: BenchClient, issuer: string, tokenUrl: string, assertionLifetimeSeconds = 60): Promise<TokenRequestCredentials> {
  return {
    assertion: await clientAssertion(client.signer, client.clientId, issuer, assertionLifetimeSeconds),
    proof: await dpopProof(client.dpop, { method: 'POST', url: tokenUrl }),
  };
}

/** The form of a `client_credentials` request with `private_key_jwt` and DPoP (RFC 7523, RFC 9449). */
export function tokenRequest(credentials: TokenRequestCredentials, scope: string) {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', dpop: credentials.proof },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      scope,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: credentials.assertion,
    }).toString(),
  };
}

/** One DPoP-bound client-credentials access token, for the workloads that use one. */
export async function clientCredentialsToken(client: BenchClient, agent: Agent, urls: { browser: string; tpp: string }, scope: string): Promise<string> {
  const tokenUrl = `${urls.tpp}/token`;
  const response = await fetch(tokenUrl, { ...tokenRequest(await signTokenRequest(client, urls.browser, tokenUrl), scope), dispatcher: agent });
  const body = (await response.json()) as { access_token?: string; token_type?: string };
  if (response.status !== 200 || !body.access_token || body.token_type?.toLowerCase() !== 'dpop') {
    throw new Error(`token endpoint answered ${response.status}: ${JSON.stringify(body)}`);
  }
  return body.access_token;
}
