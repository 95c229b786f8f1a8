import { importJWK, type JWK } from 'jose';
import * as oauth from 'openid-client';
import type { Connections, TransportIdentity } from './connections.ts';
import type { Deployment, DirectoryRole } from './deployment.ts';
import type { ClientAuthType, SenderConstrain } from './variants.ts';

/** How a client registers: what the suite's variant needs of it. */
export interface ClientRegistration {
  /** Shown to the customer on the consent page; also the directory's organisation name. */
  readonly name: string;
  readonly clientAuthType: ClientAuthType;
  readonly senderConstrain: SenderConstrain;
  readonly redirectUris: string[];
  /** Message Signing with signed requests: the bank then refuses this client's unsigned PAR. */
  readonly requireSignedRequestObject: boolean;
  readonly roles: DirectoryRole[];
}

/** A client the bank registered, with everything the suite's configuration needs of it. */
export interface RegisteredClient {
  readonly clientId: string;
  readonly registration: ClientRegistration;
  /** The transport certificate from the directory (the suite's `mtls.cert` / `mtls.key`). */
  readonly transport: TransportIdentity;
  /** The private signing JWK (with `kid`, `alg`): client assertions, request objects. */
  readonly signingJwk: JWK;
  readonly signingKey: CryptoKey;
  /** `<org_id>/<software_id>` from the software statement, for OB message signing. */
  readonly softwareIssuer: string;
}

/**
 * Onboards a TPP with the sandbox directory (transport certificate, signing key, software
 * statement with these redirect URIs) and registers it at the bank's registration endpoint
 * (RFC 7591, over mutual TLS with the transport certificate, as the bank requires), with
 * openid-client through the endpoint discovery advertises.
 */
export async function registerClient(
  deployment: Deployment,
  connections: Connections,
  registration: ClientRegistration,
): Promise<RegisteredClient> {
  const kit = await deployment.onboard({
    name: registration.name,
    redirectUris: registration.redirectUris,
    roles: registration.roles,
  });
  const transport = { certPem: kit.transportCertPem, keyPem: kit.transportKeyPem };
  const alg = kit.signingKeyJwk.alg!;
  const signingKey = (await importJWK(kit.signingKeyJwk, alg)) as CryptoKey;
  const privateKeyJwt = registration.clientAuthType === 'private_key_jwt';
  const config = await oauth.dynamicClientRegistration(
    new URL(deployment.issuer),
    {
      software_statement: kit.ssa,
      token_endpoint_auth_method: privateKeyJwt ? 'private_key_jwt' : 'tls_client_auth',
      ...(privateKeyJwt && { token_endpoint_auth_signing_alg: alg }),
      dpop_bound_access_tokens: registration.senderConstrain === 'dpop',
      redirect_uris: registration.redirectUris,
      ...(registration.requireSignedRequestObject && {
        require_signed_request_object: true,
        request_object_signing_alg: alg,
      }),
      use_mtls_endpoint_aliases: true,
    },
    privateKeyJwt
      ? oauth.PrivateKeyJwt({ key: signingKey, kid: kit.signingKeyJwk.kid })
      : oauth.TlsClientAuth(),
    { [oauth.customFetch]: connections.fetch(transport) },
  );
  return {
    clientId: config.clientMetadata().client_id,
    registration,
    transport,
    signingJwk: kit.signingKeyJwk,
    signingKey,
    softwareIssuer: `${kit.orgId}/${kit.softwareId}`,
  };
}
