/**
 * A TPP's side of the bank, built on openid-client (v6) the way a TPP developer would use it:
 * register with the software statement from the directory kit, then get sender-constrained tokens.
 * Used by examples/quickstart.ts and by the end-to-end tests, so the README's walkthrough is tested.
 */
import { importJWK, type JWK } from 'jose';
import * as oauth from 'openid-client';
import { Agent, fetch as undiciFetch } from 'undici';

export interface TppIdentity {
  /** Transport certificate and key from the directory kit (PEM). */
  transportCertPem: string;
  transportKeyPem: string;
  /** The TPP's private signing JWK from the kit (with `kid` and `alg`). */
  signingKeyJwk: JWK;
  /** The software statement assertion from the kit. */
  ssa: string;
  /** CA certificate(s) that issued the bank's server certificate. */
  bankCaPem: string | string[];
}

export type Binding = 'dpop' | 'mtls';
export type AuthMethod = 'private_key_jwt' | 'tls_client_auth';

export interface RegisterOptions {
  authMethod?: AuthMethod;
  binding?: Binding;
  redirectUris?: string[];
  scope?: string;
  /** Extra RFC 7591 metadata, e.g. `require_signed_request_object`. */
  metadata?: Record<string, unknown>;
}

/** Every request to the bank goes over mutual TLS with the transport certificate. */
export function mtlsFetch(identity: TppIdentity): oauth.CustomFetch {
  const dispatcher = new Agent({
    connect: { ca: identity.bankCaPem, cert: identity.transportCertPem, key: identity.transportKeyPem },
  });
  return ((url: string, options: oauth.CustomFetchOptions) =>
    undiciFetch(url, { ...(options as object), dispatcher } as Parameters<typeof undiciFetch>[1])) as unknown as oauth.CustomFetch;
}

async function clientAuth(identity: TppIdentity, method: AuthMethod): Promise<oauth.ClientAuth> {
  if (method === 'tls_client_auth') return oauth.TlsClientAuth();
  const key = (await importJWK(identity.signingKeyJwk, identity.signingKeyJwk.alg)) as CryptoKey;
  return oauth.PrivateKeyJwt({ key, kid: identity.signingKeyJwk.kid });
}

export interface RegisteredTpp {
  config: oauth.Configuration;
  clientId: string;
  binding: Binding;
  /** A fresh DPoP key per client, as RFC 9449 expects (undefined for mTLS binding). */
  dpop: oauth.DPoPHandle | undefined;
  registrationAccessToken: string;
  registrationClientUri: string;
}

/** RFC 7591 registration over mutual TLS, carrying the directory's software statement. */
export async function registerTpp(issuer: string, identity: TppIdentity, options: RegisterOptions = {}): Promise<RegisteredTpp> {
  const authMethod = options.authMethod ?? 'private_key_jwt';
  const binding = options.binding ?? 'dpop';
  const fetch = mtlsFetch(identity);
  const config = await oauth.dynamicClientRegistration(
    new URL(issuer),
    {
      software_statement: identity.ssa,
      token_endpoint_auth_method: authMethod,
      ...(authMethod === 'private_key_jwt' && { token_endpoint_auth_signing_alg: identity.signingKeyJwk.alg }),
      dpop_bound_access_tokens: binding === 'dpop',
      use_mtls_endpoint_aliases: true,
      ...(options.redirectUris && { redirect_uris: options.redirectUris }),
      ...(options.scope && { scope: options.scope }),
      ...options.metadata,
    },
    await clientAuth(identity, authMethod),
    { [oauth.customFetch]: fetch },
  );
  const metadata = config.clientMetadata();
  // dynamicClientRegistration keeps every response member; the RFC 7592 ones are ours to keep.
  const registered = metadata as unknown as { registration_access_token: string; registration_client_uri: string };
  config[oauth.customFetch] = fetch;
  const dpop = binding === 'dpop' ? oauth.getDPoPHandle(config, await oauth.randomDPoPKeyPair('ES256')) : undefined;
  return {
    config,
    clientId: metadata.client_id,
    binding,
    dpop,
    registrationAccessToken: registered.registration_access_token,
    registrationClientUri: registered.registration_client_uri,
  };
}

/**
 * A client-credentials token for creating intents. The UK profile binds it to the transport
 * certificate; `withDpop` binds it to the DPoP key as well.
 */
export function clientCredentials(tpp: RegisteredTpp, scope: string, withDpop = false) {
  return oauth.clientCredentialsGrant(tpp.config, { scope }, withDpop && tpp.dpop ? { DPoP: tpp.dpop } : undefined);
}
