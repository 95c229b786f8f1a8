import * as oauth from 'openid-client';
import type { Tokens } from './authorization.ts';
import type { CheckContext, VariantRun } from './context.ts';
import { expect, expectOAuthError } from './expect.ts';
import { readAccounts } from './happy-flow.ts';
import { variation, withoutCertificate } from './variant-client.ts';

const MODULE = 'fapi2-security-profile-final-refresh-token';

/**
 * FAPI2SPFinalRefreshToken: the refresh token works (with a new DPoP key: a confidential client's
 * refresh token is bound by its authentication, RFC 9449 section 5), and is refused without client
 * authentication, without proof of possession, and from another client.
 */
export async function checkRefresh(
  context: CheckContext,
  run: VariantRun,
  tokens: Tokens,
): Promise<void> {
  const { report } = context;
  const [client, other] = run.clients;
  const { variant } = run;
  const refreshToken = tokens.refresh_token!;
  const dpop = variant.senderConstrain === 'dpop';

  await report.check(
    run.slug,
    dpop
      ? 'refresh with a new DPoP key; the new access token reads accounts'
      : 'refresh over the certificate; the new access token reads accounts',
    MODULE,
    async () => {
      const newKey = dpop
        ? oauth.getDPoPHandle(client.config, await oauth.randomDPoPKeyPair('ES256'))
        : undefined;
      const refreshed = await oauth.refreshTokenGrant(
        client.config,
        refreshToken,
        undefined,
        newKey && { DPoP: newKey },
      );
      expect(
        refreshed.token_type.toLowerCase() === (dpop ? 'dpop' : 'bearer'),
        `token_type ${refreshed.token_type}`,
      );
      if (variant.openid === 'plain_oauth')
        expect(refreshed.id_token === undefined, 'plain OAuth: the refresh issued an id token');
      await readAccounts(context, client, refreshed, newKey);
    },
  );

  // With mTLS for both, the certificate is the client authentication: the check below covers it.
  if (variant.clientAuthType === 'private_key_jwt' || dpop) {
    await report.check(run.slug, 'refresh without client authentication: refused', MODULE, () => {
      const unauthenticated =
        variant.clientAuthType === 'private_key_jwt'
          ? variation(client, { clientAuth: oauth.None() })
          : withoutCertificate(client, context.connections);
      return expectOAuthError(
        oauth.refreshTokenGrant(
          unauthenticated.config,
          refreshToken,
          undefined,
          unauthenticated.dpop && { DPoP: unauthenticated.dpop },
        ),
        ['invalid_client', 'invalid_grant', 'invalid_request'],
        [400, 401],
      );
    });
  }

  await report.check(
    run.slug,
    dpop ? 'refresh without a DPoP proof: refused' : 'refresh without the certificate: refused',
    MODULE,
    () => {
      if (dpop)
        return expectOAuthError(oauth.refreshTokenGrant(client.config, refreshToken), [
          'invalid_request',
          'invalid_grant',
          'invalid_dpop_proof',
        ]);
      return expectOAuthError(
        oauth.refreshTokenGrant(
          withoutCertificate(client, context.connections).config,
          refreshToken,
        ),
        ['invalid_grant', 'invalid_client', 'invalid_request'],
        [400, 401],
      );
    },
  );

  await report.check(
    run.slug,
    'the refresh token used by another client: invalid_grant',
    MODULE,
    () =>
      expectOAuthError(
        oauth.refreshTokenGrant(
          other.config,
          refreshToken,
          undefined,
          other.dpop && { DPoP: other.dpop },
        ),
        ['invalid_grant'],
      ),
  );
}
