import assert from 'node:assert/strict';
import { INTENT_PATHS } from '../../examples/tpp-client.ts';
import { accountAccessRequest } from '../../test/support/intent-requests.ts';
import { clientCredentialsToken } from '../client.ts';
import { ALICE } from '../../test/support/customer-consent.ts';
import { authoriseIntent } from '../customer.ts';
import { resourceCall, runResourceLoad } from './resource-load.ts';
import type { Workload } from './types.ts';

const CONNECTIONS = 32;
const ACCOUNTS = '/open-banking/v3.1/aisp/accounts';

/**
 * Issue 5, the read path: GET /accounts/{AccountId}/transactions of alice's current account with
 * the DPoP-bound authorization-code token of an account-access consent she approved on the bank's
 * pages. Every request passes the whole resource guard (token and consent in one query, DPoP proof
 * with a fresh `jti` recorded once, permission, account) and reads the ledger.
 */
export const transactions: Workload = {
  name: 'transactions',
  async run(context) {
    const connections = context.connections ?? CONNECTIONS;
    const intentToken = await clientCredentialsToken(context.client, context.tppAgent, context.urls, 'accounts');
    const created = await resourceCall(context, intentToken, 'POST', INTENT_PATHS['account-access'], accountAccessRequest());
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { access_token: accessToken } = await authoriseIntent(context, created.body.Data.ConsentId, ALICE, 'all');
    const accounts = await resourceCall(context, accessToken, 'GET', ACCOUNTS);
    assert.equal(accounts.status, 200, JSON.stringify(accounts.body));
    const accountId: string = accounts.body.Data.Account[0].AccountId;

    const { result, ceiling, signedDuringRun } = await runResourceLoad(context, {
      method: 'GET',
      path: `${ACCOUNTS}/${encodeURIComponent(accountId)}/transactions`,
      accessToken,
      connections,
      expectStatus: 200,
    });
    return [
      {
        name: `GET accounts/{id}/transactions, DPoP, ${connections} conns`,
        result,
        ceiling,
        signedDuringRun,
        goal: { ratioMin: 0.4, p99MsMax: 50 },
      },
    ];
  },
};
