import * as oauth from 'openid-client';
import { callResource, codeGrant, resourceUrl, type Tokens } from './authorization.ts';
import type { CheckContext, VariantRun } from './context.ts';
import { expect, expectOAuthError } from './expect.ts';
import type { Authorized } from './happy-flow.ts';
import { withoutCertificate } from './variant-client.ts';

/**
 * The token endpoint's refusals of an authorization code, sent before the code is exchanged (none
 * of them may spend it: the exchange that follows must still work), and its reuse after.
 */

export async function checkCodeRefusals(
  context: CheckContext,
  run: VariantRun,
  authorized: Authorized,
): Promise<void> {
  const { report } = context;
  const { client, code, pushed } = authorized;
  const [, other] = run.clients;
  const verifier = pushed.verifier;

  await report.check(
    run.slug,
    'token request without code_verifier: invalid_grant',
    'fapi2-security-profile-final-ensure-pkce-code-verifier-required',
    () => expectOAuthError(codeGrant(client, code, {}), ['invalid_grant']),
  );
  await report.check(
    run.slug,
    'token request with a wrong code_verifier: invalid_grant',
    'fapi2-security-profile-final-incorrect-pkce-code-verifier-rejected',
    () =>
      expectOAuthError(codeGrant(client, code, { code_verifier: oauth.randomPKCECodeVerifier() }), [
        'invalid_grant',
      ]),
  );
  await report.check(
    run.slug,
    'the code exchanged by another client: invalid_grant',
    'fapi2-security-profile-final-ensure-authorization-code-is-bound-to-client',
    () =>
      expectOAuthError(
        codeGrant(other, code, { code_verifier: verifier, redirect_uri: client.redirectUri }),
        ['invalid_grant'],
      ),
  );
  await report.check(
    run.slug,
    'the code exchanged with another redirect_uri: invalid_grant',
    'RFC6749-4.1.3 (the suite checks redirect URIs at PAR)',
    () =>
      expectOAuthError(
        codeGrant(client, code, {
          code_verifier: verifier,
          redirect_uri: `${client.redirectUri}/elsewhere`,
        }),
        ['invalid_grant'],
      ),
  );
  const holderOfKey =
    run.variant.senderConstrain === 'dpop' ? 'without a DPoP proof' : 'without the certificate';
  await report.check(
    run.slug,
    `token request ${holderOfKey}: refused`,
    'fapi2-security-profile-final-ensure-holder-of-key-required',
    () => {
      if (run.variant.senderConstrain === 'dpop') {
        return expectOAuthError(codeGrant(client, code, { code_verifier: verifier }, false), [
          'invalid_request',
          'invalid_dpop_proof',
          'invalid_grant',
        ]);
      }
      return expectOAuthError(
        codeGrant(withoutCertificate(client, context.connections), code, {
          code_verifier: verifier,
        }),
        ['invalid_grant', 'invalid_client', 'invalid_request'],
        [400, 401],
      );
    },
  );
}

/**
 * Last of a variant: the code again. Refused, and the tokens it gave are revoked (RFC 6749 section
 * 4.1.2).
 */
export async function checkCodeReuse(
  context: CheckContext,
  run: VariantRun,
  authorized: Authorized,
  tokens: Tokens,
): Promise<void> {
  await context.report.check(
    run.slug,
    'the code used again: invalid_grant, and its access token revoked',
    'fapi2-security-profile-final-attempt-reuse-authorization-code-after-one-second',
    async () => {
      await expectOAuthError(
        codeGrant(authorized.client, authorized.code, {
          code_verifier: authorized.pushed.verifier,
        }),
        ['invalid_grant'],
      );
      const response = await callResource(
        authorized.client,
        tokens,
        resourceUrl(authorized.client, context.deployment),
      );
      expect(
        response.status === 401,
        `the access token from the reused code still answers ${response.status}`,
      );
    },
  );
}
