import assert from 'node:assert/strict';
import { callApi, clientCredentials, createIntent } from '../../examples/tpp-client.ts';
import { accountAccessRequest } from '../../test/support/intent-requests.ts';
import { ALICE, authorizeIntent } from '../../test/support/customer-consent.ts';
import type { BenchContext } from './types.ts';

export const ACCOUNTS_PATH = '/open-banking/v3.1/aisp/accounts';

/**
 * The authorization-code token of an account-access consent alice approved on the bank's pages
 * (every permission, all her accounts), and the id of her first account: what the read workloads
 * present. Not timed.
 */
export async function aliceAccountAccess(
  context: BenchContext,
): Promise<{ accessToken: string; accountId: string }> {
  const { registered } = context.client;
  const created = await createIntent(
    registered,
    await clientCredentials(registered, 'accounts', true),
    'account-access',
    accountAccessRequest(),
  );
  const intent = (await created.json()) as { Data: { ConsentId: string } };
  assert.equal(created.status, 201, JSON.stringify(intent));
  const tokens = await authorizeIntent(context, registered, intent.Data.ConsentId, {
    redirectUri: context.tpp.redirectUris[0]!,
    customer: ALICE,
    accounts: 'all',
  });
  const accounts = await callApi(registered, tokens, 'GET', ACCOUNTS_PATH);
  const body = (await accounts.json()) as { Data: { Account: { AccountId: string }[] } };
  assert.equal(accounts.status, 200, JSON.stringify(body));
  return { accessToken: tokens.access_token, accountId: body.Data.Account[0]!.AccountId };
}
