import * as oauth from 'openid-client';
import { ACCOUNT_INFORMATION_DETAILS, clientScope } from '../plan-config.ts';
import { createUkIntent, pushAuthorization, type PushedAuthorization } from './authorization.ts';
import { browse, type CheckContext, type VariantRun } from './context.ts';
import { expect } from './expect.ts';
import { responseParameters } from './happy-flow.ts';
import type { VisitOutcome } from './suite-browser.ts';

/**
 * What the customer's browser sees when the request must not succeed, driven by the plan's
 * browser steps for that module (conformance/browser-steps.ts overrides): the customer refuses;
 * a request that was not pushed; another client's UK intent.
 */

const USER_REJECTS = 'fapi2-security-profile-final-user-rejects-authentication';
const NOT_PUSHED =
  'fapi2-security-profile-final-ensure-unsigned-authorization-request-without-using-par-fails';
const OTHER_CLIENTS_INTENT =
  'fapi2-security-profile-final-ensure-server-handles-non-matching-intent-id';

/**
 * The bank's error page, or an error response at the redirect URI with one of these errors: never a
 * code.
 */
function refusedInBrowser(
  run: VariantRun,
  outcome: VisitOutcome | undefined,
  errors: readonly string[],
  state?: string,
): void {
  expect(outcome, 'the browser did not run');
  if (!outcome.callback) {
    expect(
      /continue with this request/.test(outcome.pageText ?? ''),
      `the browser ended on a page that is not the bank's error page: ${outcome.pageText?.slice(0, 200)}`,
    );
    return;
  }
  const response = responseParameters(
    outcome.callback,
    run.variant.responseMode === 'jarm' && outcome.callback.searchParams.has('response'),
  );
  expect(response.get('code') === null, 'the bank issued a code');
  const error = response.get('error');
  expect(
    error !== null && errors.includes(error),
    `the bank answered error=${error}, expected ${errors.join(' or ')}`,
  );
  if (state !== undefined)
    expect(response.get('state') === state, 'the error response does not carry the state sent');
}

export async function checkFrontChannelRefusals(
  context: CheckContext,
  run: VariantRun,
): Promise<void> {
  const { report, deployment } = context;
  const [client, other] = run.clients;
  const uk = run.variant.profile === 'openbanking_uk';

  await report.check(
    run.slug,
    'the customer signs in and refuses: access_denied with the state',
    USER_REJECTS,
    async () => {
      const intentId = uk ? await createUkIntent(client, deployment, false) : undefined;
      const pushed = await pushAuthorization(client, {
        ...(intentId !== undefined && { intentId }),
        ...(run.variant.authorizationRequestType === 'rar' && {
          authorizationDetails: ACCOUNT_INFORMATION_DETAILS,
        }),
      });
      const [outcome] = await browse(context, run, USER_REJECTS, [pushed.url]);
      expect(
        outcome?.callback,
        `the refusal did not return to the redirect URI: ${outcome?.pageText?.slice(0, 200)}`,
      );
      refusedInBrowser(run, outcome, ['access_denied'], pushed.state);
    },
  );

  await report.check(
    run.slug,
    'an authorization request not pushed: refused',
    NOT_PUSHED,
    async () => {
      const url = new URL(client.endpoint('authorization_endpoint'));
      const parameters = {
        client_id: client.registered.clientId,
        response_type: 'code',
        redirect_uri: client.redirectUri,
        scope: clientScope(run.variant),
        state: oauth.randomState(),
        code_challenge: await oauth.calculatePKCECodeChallenge(oauth.randomPKCECodeVerifier()),
        code_challenge_method: 'S256',
      };
      for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
      const [outcome] = await browse(context, run, NOT_PUSHED, [url]);
      refusedInBrowser(run, outcome, [
        'invalid_request',
        'invalid_request_object',
        'request_not_supported',
      ]);
    },
  );

  if (!uk) return;
  await report.check(
    run.slug,
    "the other client's intent: refused",
    OTHER_CLIENTS_INTENT,
    async () => {
      const intentId = await createUkIntent(other, deployment, false);
      let pushed: PushedAuthorization;
      try {
        pushed = await pushAuthorization(client, { intentId });
      } catch (error) {
        // Refused at PAR: the suite accepts this too.
        expect(
          error instanceof oauth.ResponseBodyError &&
            ['invalid_request', 'invalid_request_object', 'access_denied'].includes(error.error),
          `PAR failed: ${String(error)}`,
        );
        return;
      }
      const [outcome] = await browse(context, run, OTHER_CLIENTS_INTENT, [pushed.url]);
      refusedInBrowser(
        run,
        outcome,
        ['invalid_request', 'invalid_request_object', 'invalid_request_uri', 'access_denied'],
        pushed.state,
      );
    },
  );
}
