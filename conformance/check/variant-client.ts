import * as oauth from 'openid-client';
import type { RegisteredClient } from '../clients.ts';
import type { Connections, TransportIdentity } from '../connections.ts';
import { presentsCertificate, usesMtlsEndpointAliases, type Variant } from '../variants.ts';

type Endpoint = 'par' | 'token' | 'resource';

/**
 * A registered client as the suite drives it in one variant: openid-client configured from the
 * discovery document (the mTLS endpoint aliases where the suite uses them), the client's
 * authentication, JARM when the variant asks for it, a DPoP key of its own, and its transport
 * certificate presented exactly where the suite presents it (variants.ts `presentsCertificate`).
 */
export interface VariantClient {
  readonly variant: Variant;
  readonly registered: RegisteredClient;
  readonly config: oauth.Configuration;
  readonly redirectUri: string;
  readonly dpopKeys: CryptoKeyPair | undefined;
  readonly dpop: oauth.DPoPHandle | undefined;
  /** The certificate the suite presents at this kind of endpoint, if any. */
  identity(endpoint: Endpoint): TransportIdentity | undefined;
  /**
   * The endpoint URL discovery advertises for this client (its mTLS alias where the suite uses
   * one).
   */
  endpoint(
    name: 'pushed_authorization_request_endpoint' | 'token_endpoint' | 'authorization_endpoint',
  ): string;
}

export function clientAuthentication(registered: RegisteredClient): oauth.ClientAuth {
  return registered.registration.clientAuthType === 'private_key_jwt'
    ? oauth.PrivateKeyJwt({ key: registered.signingKey, kid: registered.signingJwk.kid })
    : oauth.TlsClientAuth();
}

export async function variantClient(
  server: oauth.ServerMetadata,
  variant: Variant,
  registered: RegisteredClient,
  connections: Connections,
  redirectUri: string,
): Promise<VariantClient> {
  const aliases = usesMtlsEndpointAliases(variant);
  const endpoint: VariantClient['endpoint'] = (name) => {
    const url =
      (aliases && name !== 'authorization_endpoint'
        ? server.mtls_endpoint_aliases?.[name]
        : undefined) ?? server[name];
    if (typeof url !== 'string') throw new Error(`discovery advertises no ${name}`);
    return url;
  };
  const identity = (kind: Endpoint) =>
    presentsCertificate(variant, kind) ? registered.transport : undefined;
  const tokenEndpoints = new Set([
    endpoint('token_endpoint'),
    server.introspection_endpoint,
    server.revocation_endpoint,
  ]);
  const routed = ((url: string, options: oauth.CustomFetchOptions) => {
    const kind: Endpoint =
      url === endpoint('pushed_authorization_request_endpoint')
        ? 'par'
        : tokenEndpoints.has(url)
          ? 'token'
          : 'resource';
    return connections.fetch(identity(kind))(url, options);
  }) as oauth.CustomFetch;

  const config = new oauth.Configuration(
    server,
    registered.clientId,
    {
      use_mtls_endpoint_aliases: aliases,
      ...(variant.senderConstrain === 'dpop' && { dpop_bound_access_tokens: true }),
    },
    clientAuthentication(registered),
  );
  config[oauth.customFetch] = routed;
  if (variant.responseMode === 'jarm') oauth.useJwtResponseMode(config);
  // The suite verifies id token signatures (PerformStandardIdTokenChecks), not only their claims.
  if (variant.openid === 'openid_connect') oauth.enableNonRepudiationChecks(config);
  // PS256, the suite's default DPoP key (GenerateDpopKey), so its RS256 negative test has a twin
  // here.
  const dpopKeys =
    variant.senderConstrain === 'dpop' ? await oauth.randomDPoPKeyPair('PS256') : undefined;
  return {
    variant,
    registered,
    config,
    redirectUri,
    dpopKeys,
    dpop: dpopKeys && oauth.getDPoPHandle(config, dpopKeys),
    identity,
    endpoint,
  };
}

/**
 * The same client with another client authentication, or over connections without its certificate.
 */
export function variation(
  client: VariantClient,
  change: { clientAuth?: oauth.ClientAuth; fetch?: oauth.CustomFetch },
): VariantClient {
  const config = new oauth.Configuration(
    client.config.serverMetadata(),
    client.registered.clientId,
    client.config.clientMetadata(),
    change.clientAuth ?? clientAuthentication(client.registered),
  );
  config[oauth.customFetch] = change.fetch ?? client.config[oauth.customFetch]!;
  return {
    ...client,
    config,
    dpop: client.dpopKeys && oauth.getDPoPHandle(config, client.dpopKeys),
  };
}

export function withoutCertificate(client: VariantClient, connections: Connections): VariantClient {
  return { ...variation(client, { fetch: connections.fetch() }), identity: () => undefined };
}
