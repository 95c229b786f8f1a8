import { ACCOUNT_INFORMATION_DETAILS } from '../plan-config.ts';
import { createUkIntent, pushAuthorization } from './authorization.ts';
import { browse, type CheckContext, type VariantRun } from './context.ts';
import { expect } from './expect.ts';
import { responseParameters } from './happy-flow.ts';

const MODULE =
  'fapi2-security-profile-final-par-ensure-reused-request-uri-prior-to-auth-completion-succeeds';

/**
 * The same request_uri visited twice before the customer signs in (a reload, a second tab): the
 * first visit only shows the sign-in page, the second completes. The suite accepts success, or
 * invalid_request_uri back at the redirect URI (with a warning).
 */
export async function checkRequestUriRevisited(
  context: CheckContext,
  run: VariantRun,
): Promise<void> {
  await context.report.check(
    run.slug,
    'the request_uri visited again before sign-in: the second visit completes',
    MODULE,
    async () => {
      const [client] = run.clients;
      const intentId =
        run.variant.profile === 'openbanking_uk'
          ? await createUkIntent(client, context.deployment, false)
          : undefined;
      const pushed = await pushAuthorization(client, {
        ...(intentId !== undefined && { intentId }),
        ...(run.variant.authorizationRequestType === 'rar' && {
          authorizationDetails: ACCOUNT_INFORMATION_DETAILS,
        }),
      });
      const [first, second] = await browse(context, run, MODULE, [pushed.url, pushed.url]);
      expect(
        first?.callback === undefined && /Sign in/.test(first?.pageText ?? ''),
        `the first visit did not stop at the sign-in page: ${first?.pageText?.slice(0, 200)}`,
      );
      expect(
        second?.callback,
        `the second visit ended on a bank page: ${second?.pageText?.slice(0, 200)}`,
      );
      const response = responseParameters(second.callback, run.variant.responseMode === 'jarm');
      expect(
        response.get('code') !== null || response.get('error') === 'invalid_request_uri',
        `the second visit answered ${response.get('error')}: ${response.get('error_description')}`,
      );
    },
  );
}
