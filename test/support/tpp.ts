import assert from 'node:assert/strict';
import {
  clientCredentials,
  createIntent,
  INTENT_PATHS,
  INTENT_SCOPES,
  registerTpp,
  verifyBankSignature,
  type IntentKind,
  type RegisteredTpp,
  type RegisterOptions,
  type TppIdentity,
} from '../../examples/tpp-client.ts';
import type { SoftwareRole } from '../../certs/directory.ts';
import type { ObApi } from '../../resource-server/validation/openapi-ajv.ts';
import { INTENT_REQUESTS } from './intent-requests.ts';
import { obResponseBody } from './ob-spec.ts';
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
  platform: Pick<TestPlatform, 'directory' | 'serverTrustAnchorPem' | 'urls'>,
  options: {
    name: string;
    roles: SoftwareRole[];
    redirectUri: string;
    register?: Omit<RegisterOptions, 'redirectUris'>;
  },
): Promise<OnboardedTpp> {
  const kit = await platform.directory.onboard({
    name: options.name,
    redirectUris: [options.redirectUri],
    roles: options.roles,
  });
  const identity: TppIdentity = {
    transportCertPem: kit.transportCertPem,
    transportKeyPem: kit.transportKeyPem,
    signingKeyJwk: kit.signingKeyJwk,
    ssa: kit.ssa,
    bankCaPem: platform.serverTrustAnchorPem,
  };
  const tpp = await registerTpp(platform.urls.browser, identity, {
    ...options.register,
    redirectUris: [options.redirectUri],
  });
  return { identity, tpp };
}

/**
 * The response body (as text: the bytes the signature covers) carries the bank's OB message
 * signature: a detached JWS without `b64`, by a key the bank publishes at its browser host's
 * `/jwks`, naming the issuer and its host (examples/tpp-client.ts `verifyBankSignature`).
 */
export async function assertSignedByBank(
  tpp: RegisteredTpp,
  headers: Headers,
  body: string,
): Promise<void> {
  const { issuer, jwks_uri: jwksUri } = tpp.config.serverMetadata();
  assert.equal(jwksUri, `${issuer}/jwks`, 'the bank publishes its keys on the browser host');
  const header = await verifyBankSignature(tpp, headers.get('x-jws-signature'), body);
  assert.equal(header.b64, undefined, 'no b64 header (OB v3.1.4 and later)');
  assert.ok(['PS256', 'ES256'].includes(header.alg!), header.alg);
}

/** The OB document and operation each kind of intent is created with (test/support/ob-spec.ts). */
const INTENT_API: Record<IntentKind, ObApi> = {
  'account-access': 'account-info',
  'domestic-payment': 'payment-initiation',
  'funds-confirmation': 'confirmation-funds',
};

/**
 * The TPP creates an intent on the resource server with a client-credentials token of the kind's
 * scope (UK profile): the well-formed request of test/support/intent-requests.ts unless another is
 * given, with the `x-idempotency-key` if one is given. The answer must be 201, the intent
 * `AwaitingAuthorisation`, the body exactly the OB document's schema; returns its ConsentId.
 */
export async function createdIntentId(
  tpp: RegisteredTpp,
  kind: IntentKind,
  request: unknown = INTENT_REQUESTS[kind](),
  idempotencyKey?: string,
): Promise<string> {
  const response = await createIntent(
    tpp,
    await clientCredentials(tpp, INTENT_SCOPES[kind]),
    kind,
    request,
    idempotencyKey,
  );
  assert.equal(response.status, 201, await response.clone().text());
  const body = await obResponseBody<{ Data: { ConsentId: string; Status: string } }>(
    INTENT_API[kind],
    'POST',
    INTENT_PATHS[kind],
    response,
  );
  assert.equal(body.Data.Status, 'AwaitingAuthorisation');
  return body.Data.ConsentId;
}
