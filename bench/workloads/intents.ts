import { clientCredentials, INTENT_PATHS } from '../../examples/tpp-client.ts';
import { accountAccessRequest } from '../../test/support/intent-requests.ts';
import { compareResourceLoad } from './resource-load.ts';
import type { Workload } from './types.ts';

const CONNECTIONS = 16;

/**
 * A TPP creating account-access intents (POST account-access-consents) with a DPoP-bound
 * client-credentials token, one fresh DPoP proof per request. Each request writes a new intent.
 */
export const intents: Workload = {
  name: 'intents',
  async run(context) {
    const connections = context.connections ?? CONNECTIONS;
    const { access_token: accessToken } = await clientCredentials(
      context.client.registered,
      'accounts',
      true,
    );
    const body = JSON.stringify(accountAccessRequest());
    const comparison = await compareResourceLoad(context, {
      method: 'POST',
      path: INTENT_PATHS['account-access'],
      accessToken,
      scope: 'accounts',
      connections,
      extra: async () => ({ headers: { 'content-type': 'application/json' }, body }),
      expectStatus: 201,
    });
    return [{ name: `POST account-access-consents, DPoP, ${connections} conns`, comparison }];
  },
};
