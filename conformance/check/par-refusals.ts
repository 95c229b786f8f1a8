import { generateKeyPair } from 'jose';
import * as oauth from 'openid-client';
import {
  dpopThumbprint,
  pushAuthorization,
  type AuthorizationAsk,
  type RequestObjectChanges,
} from './authorization.ts';
import type { CheckContext, VariantRun } from './context.ts';
import { expect, expectOAuthError, expectStatus } from './expect.ts';
import { variation, type VariantClient } from './variant-client.ts';

/**
 * Requests the pushed authorization request endpoint must refuse (the suite also accepts a refusal
 * later, at the authorization endpoint; this bank refuses them at PAR, so nothing reaches the
 * customer), and the request objects it must refuse or accept in the Message Signing variants.
 */

const INVALID_REQUEST_OBJECT = ['invalid_request_object'];

export async function checkParRefusals(context: CheckContext, run: VariantRun): Promise<void> {
  const { report } = context;
  const [client] = run.clients;
  const refused = (
    ask: AuthorizationAsk,
    errors: readonly string[],
    statuses?: readonly number[],
  ) => expectOAuthError(pushAuthorization(client, ask), errors, statuses);

  await report.check(
    run.slug,
    'PAR without PKCE: invalid_request',
    'fapi2-security-profile-final-par-ensure-pkce-required',
    () =>
      refused({ parameters: { code_challenge: undefined, code_challenge_method: undefined } }, [
        'invalid_request',
      ]),
  );
  await report.check(
    run.slug,
    'PAR with plain PKCE: invalid_request',
    'fapi2-security-profile-final-par-plain-pkce-rejected',
    () =>
      refused(
        {
          parameters: {
            code_challenge: oauth.randomPKCECodeVerifier(),
            code_challenge_method: 'plain',
          },
        },
        ['invalid_request'],
      ),
  );
  await report.check(
    run.slug,
    'PAR with an unregistered redirect_uri: invalid_request',
    'fapi2-security-profile-final-ensure-registered-redirect-uri',
    () =>
      refused({ parameters: { redirect_uri: `${client.redirectUri}/unregistered` } }, [
        'invalid_request',
        'invalid_request_object',
      ]),
  );
  await report.check(
    run.slug,
    'PAR with response_type token: refused',
    'fapi2-security-profile-final-ensure-response-type-token-fails',
    () =>
      refused(
        { parameters: { response_type: 'token' } },
        ['unsupported_response_type', 'invalid_request', 'unauthorized_client'],
        [400, 401, 403],
      ),
  );
  await report.check(
    run.slug,
    'PAR carrying a request_uri: refused',
    'fapi2-security-profile-final-par-authorization-request-containing-request_uri-form-param',
    () =>
      refused(
        { parameters: { request_uri: 'urn:ietf:params:oauth:request_uri:conformance-self-check' } },
        ['invalid_request', 'invalid_request_object', 'request_uri_not_supported'],
      ),
  );
  await report.check(
    run.slug,
    'GET on the PAR endpoint: 405',
    'fapi2-security-profile-final-par-attempt-invalid-http-method',
    async () => {
      const response = await context.connections.request(
        client.endpoint('pushed_authorization_request_endpoint'),
        { method: 'GET' },
        client.identity('par'),
      );
      await expectStatus(response, 405, 'GET /par');
    },
  );
  if (run.variant.clientAuthType === 'private_key_jwt') {
    await report.check(
      run.slug,
      'client assertion with the PAR endpoint as audience: refused',
      'fapi2-security-profile-final-par-test-par-endpoint-url-as-audience-fails',
      () => {
        const parEndpoint = client.endpoint('pushed_authorization_request_endpoint');
        const wrongAudience = oauth.PrivateKeyJwt(
          { key: client.registered.signingKey, kid: client.registered.signingJwk.kid },
          {
            [oauth.modifyAssertion]: (_header, payload) => {
              payload.aud = parEndpoint;
            },
          },
        );
        return expectOAuthError(
          pushAuthorization(variation(client, { clientAuth: wrongAudience })),
          ['invalid_client', 'invalid_request'],
          [400, 401],
        );
      },
    );
  }
  if (run.variant.senderConstrain === 'dpop') {
    await report.check(
      run.slug,
      "PAR whose dpop_jkt is not its DPoP proof's key: refused",
      'fapi2-security-profile-final-ensure-mismatched-dpop-jkt-fails',
      async () => {
        const otherKey = await dpopThumbprint(await oauth.randomDPoPKeyPair('ES256'));
        await refused({ dpopJkt: otherKey, dpopProofAtPar: true }, [
          'invalid_request',
          'invalid_dpop_proof',
        ]);
      },
    );
  }
}

/** A request object with a claim changed at PAR. */
function pushedWith(client: VariantClient, changes: RequestObjectChanges) {
  return pushAuthorization(client, { requestObject: changes });
}

export async function checkRequestObjects(context: CheckContext, run: VariantRun): Promise<void> {
  const { report } = context;
  const [client, other] = run.clients;
  const now = () => Math.floor(Date.now() / 1000);
  const refusals: [string, string, () => Promise<RequestObjectChanges>][] = [
    [
      'aud another server',
      'fapi2-security-profile-final-ensure-request-object-with-bad-aud-fails',
      async () => ({ claims: { aud: 'https://other-server.example' } }),
    ],
    [
      'expired an hour ago',
      'fapi2-security-profile-final-ensure-expired-request-object-fails',
      async () => ({ claims: { exp: now() - 3600 } }),
    ],
    [
      'no exp',
      'fapi2-security-profile-final-ensure-request-object-without-exp-fails',
      async () => ({ claims: { exp: undefined } }),
    ],
    [
      'no nbf',
      'fapi2-security-profile-final-ensure-request-object-without-nbf-fails',
      async () => ({ claims: { nbf: undefined } }),
    ],
    [
      'nbf 70 minutes ago',
      'fapi2-security-profile-final-ensure-request-object-with-nbf-over-60-fails',
      async () => ({ claims: { nbf: now() - 70 * 60 } }),
    ],
    [
      'exp in 70 minutes',
      'fapi2-security-profile-final-ensure-request-object-with-exp-over-60-fails',
      async () => ({ claims: { exp: now() + 70 * 60 } }),
    ],
    [
      'alg none',
      'fapi2-security-profile-final-ensure-request-object-signature-algorithm-is-not-none',
      async () => ({ unsigned: true }),
    ],
    [
      'a broken signature',
      'fapi2-security-profile-final-ensure-request-object-with-invalid-signature-fails',
      async () => ({ corruptSignature: true }),
    ],
    [
      'signed RS256',
      'fapi2-security-profile-final-ensure-signed-request-object-with-RS256-fails',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        return {
          key: {
            key: privateKey as CryptoKey,
            alg: 'RS256',
            kid: client.registered.signingJwk.kid!,
          },
        };
      },
    ],
    [
      "signed by the other client's key",
      'fapi2-security-profile-final-ensure-matching-key-in-authorization-request',
      async () => ({
        key: {
          key: other.registered.signingKey,
          alg: other.registered.signingJwk.alg!,
          kid: other.registered.signingJwk.kid!,
        },
      }),
    ],
    [
      'carrying a request_uri',
      'fapi2-security-profile-final-par-authorization-request-containing-request_uri',
      async () => ({
        claims: { request_uri: 'urn:ietf:params:oauth:request_uri:conformance-self-check' },
      }),
    ],
  ];
  for (const [what, module, changes] of refusals) {
    await report.check(run.slug, `request object with ${what}: refused at PAR`, module, async () =>
      expectOAuthError(
        pushedWith(client, await changes()),
        what === 'carrying a request_uri'
          ? ['invalid_request', 'invalid_request_object']
          : INVALID_REQUEST_OBJECT,
      ),
    );
  }
  await report.check(
    run.slug,
    'unsigned request at PAR from a client that registered signed requests: refused',
    'fapi2-security-profile-final-ensure-unsigned-request-at-par-endpoint-fails',
    async () => {
      const unsigned = {
        ...client,
        variant: { ...client.variant, requestMethod: 'unsigned' as const },
      };
      await expectOAuthError(pushAuthorization(unsigned), [
        'invalid_request',
        'invalid_request_object',
      ]);
    },
  );
  const accepted: [string, string, RequestObjectChanges][] = [
    [
      'nbf 8 seconds ahead',
      'fapi2-security-profile-final-ensure-request-object-with-nbf-8-seconds-in-the-future-is-accepted',
      { claims: { nbf: now() + 8 } },
    ],
    [
      'aud an array with the issuer and another',
      'fapi2-security-profile-final-ensure-request-object-with-multiple-aud-succeeds',
      {
        claims: { aud: [context.server.issuer, 'https://other-server.example'] },
      },
    ],
  ];
  for (const [what, module, changes] of accepted) {
    await report.check(
      run.slug,
      `request object with ${what}: accepted at PAR`,
      module,
      async () => {
        const pushed = await pushedWith(client, changes);
        expect(pushed.url.searchParams.get('request_uri'), 'no request_uri');
      },
    );
  }
}
