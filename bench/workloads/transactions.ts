import assert from 'node:assert/strict';
import { callApi, clientCredentials, createIntent } from '../../examples/tpp-client.ts';
import { accountAccessRequest } from '../../test/support/intent-requests.ts';
import { ALICE, authorizeIntent } from '../../test/support/customer-consent.ts';
import { runResourceLoad } from './resource-load.ts';
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
    const { registered } = context.client;
    const created = await createIntent(registered, await clientCredentials(registered, 'accounts', true), 'account-access', accountAccessRequest());
    const intent = (await created.json()) as any;
    assert.equal(created.status, 201, JSON.stringify(intent));
    const tokens = await authorizeIntent(context, registered, intent.Data.ConsentId, { redirectUri: context.tpp.redirectUris[0]!, customer: ALICE, accounts: 'all' });
    const accessToken = tokens.access_token;
    const accounts = await callApi(registered, tokens, 'GET', ACCOUNTS);
    const accountsBody = (await accounts.json()) as any;
    assert.equal(accounts.status, 200, JSON.stringify(accountsBody));
    const accountId: string = accountsBody.Data.Account[0].AccountId;

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
