import assert from 'node:assert/strict';
import { registerTpp, verifyBankSignature, type RegisteredTpp, type RegisterOptions, type TppIdentity } from '../../examples/tpp-client.ts';
import type { SoftwareRole } from '../../certs/directory.ts';
import type { TestPlatform } from './platform.ts';

export interface OnboardedTpp {
  identity: TppIdentity;
  tpp: RegisteredTpp;
}

/**
 * A TPP as a developer makes one: a kit from the sandbox directory (transport certificate, signing
 * key, SSA with these roles), then registration over mutual TLS (openid-client), trusting the
 * bank's server certificate. Registration options default to private_key_jwt with DPoP.
 */
export async function onboardTpp(
  platform: TestPlatform,
  options: { name: string; roles: SoftwareRole[]; redirectUri: string; register?: Omit<RegisterOptions, 'redirectUris'> },
): Promise<OnboardedTpp> {
  const kit = await platform.directory.onboard({ name: options.name, redirectUris: [options.redirectUri], roles: options.roles });
  const identity: TppIdentity = {
    transportCertPem: kit.transportCertPem,
    transportKeyPem: kit.transportKeyPem,
    signingKeyJwk: kit.signingKeyJwk,
    ssa: kit.ssa,
    bankCaPem: platform.serverTrustAnchorPem,
  };
  const tpp = await registerTpp(platform.urls.browser, identity, { ...options.register, redirectUris: [options.redirectUri] });
  return { identity, tpp };
}

/**
 * The response body (as text: the bytes the signature covers) carries the bank's OB message
 * signature: a detached JWS without `b64`, by a key the bank publishes at its browser host's
 * `/jwks`, naming the issuer and its host (examples/tpp-client.ts `verifyBankSignature`).
 */
export async function assertSignedByBank(tpp: RegisteredTpp, headers: Headers, body: string): Promise<void> {
  const { issuer, jwks_uri: jwksUri } = tpp.config.serverMetadata();
  assert.equal(jwksUri, `${issuer}/jwks`, 'the bank publishes its keys on the browser host');
  const header = await verifyBankSignature(tpp, headers.get('x-jws-signature'), body);
  assert.equal(header.b64, undefined, 'no b64 header (OB v3.1.4 and later)');
  assert.ok(['PS256', 'ES256'].includes(header.alg!), header.alg);
}
