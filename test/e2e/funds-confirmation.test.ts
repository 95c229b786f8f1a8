import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as oauth from 'openid-client';
import {
  callApi,
  clientCredentials,
  deleteIntent,
  type AccessToken,
  type RegisteredTpp,
} from '../../examples/tpp-client.ts';
import { SANDBOX_SORT_CODE } from '../../db/seeds/index.ts';
import { formatAmount, getAccountBalance } from '../../ledger/index.ts';
import { ALICE, authorizeIntent } from '../support/customer-consent.ts';
import { inDays } from '../support/intent-requests.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import { createdIntentId, onboardTpp } from '../support/tpp.ts';

/**
 * OB Confirmation of Funds end to end: a CBPII (openid-client) creates a funds-confirmation
 * intent for Alice's current account, Alice approves it on the bank's pages, and the CBPII asks
 * whether amounts are available, over mutual TLS with its DPoP-bound token. Every response is
 * held to the official OB v3.1.11 document.
 */

const REDIRECT = 'https://cbpii.example/cb';
const PATH = '/open-banking/v3.1/cbpii/funds-confirmations';
const ALICE_CURRENT = {
  SchemeName: 'UK.OBIE.SortCodeAccountNumber',
  Identification: `${SANDBOX_SORT_CODE}${ALICE.current.accountNumber}`,
};

let platform: TestPlatform;
let tpp: RegisteredTpp;

before(async () => {
  platform = await startTestPlatform();
  ({ tpp } = await onboardTpp(platform, {
    name: 'Card Issuer',
    roles: ['CBPII'],
    redirectUri: REDIRECT,
  }));
});
after(() => platform?.stop());

/** POST /funds-confirmation-consents for Alice's current account; returns the ConsentId. */
function fundsIntent(): Promise<string> {
  return createdIntentId(tpp, 'funds-confirmation', {
    Data: { ExpirationDateTime: inDays(30), DebtorAccount: ALICE_CURRENT },
  });
}

async function authorisedConsent(): Promise<{ consentId: string; token: AccessToken }> {
  const consentId = await fundsIntent();
  const token = await authorizeIntent(platform, tpp, consentId, {
    redirectUri: REDIRECT,
    customer: ALICE,
  });
  return { consentId, token };
}

function request(
  consentId: string,
  amount: string,
  currency = 'GBP',
  reference = 'Card purchase 42',
) {
  return {
    Data: {
      ConsentId: consentId,
      Reference: reference,
      InstructedAmount: { Amount: amount, Currency: currency },
    },
  };
}

async function confirm(token: AccessToken, body: unknown) {
  const response = await callApi(tpp, token, 'POST', PATH, body);
  const text = await response.clone().text();
  return {
    status: response.status,
    text,
    body: await obResponseBody('confirmation-funds', 'POST', '/funds-confirmations', response),
  };
}

async function aliceBalanceMinor(): Promise<bigint> {
  return (await getAccountBalance(platform.knex, ALICE.current.id)).balanceMinor;
}

describe('POST /cbpii/funds-confirmations with an authorised consent', () => {
  let consentId: string;
  let token: AccessToken;
  before(async () => {
    ({ consentId, token } = await authorisedConsent());
  });

  test('the whole balance is available; one penny more is not; the balance itself is never shown', async () => {
    const balance = await aliceBalanceMinor();
    assert.ok(balance > 0n);
    const all = formatAmount(balance, 'GBP');
    const yes = await confirm(token, request(consentId, all));
    assert.equal(yes.status, 201, yes.text);
    assert.equal(yes.body.Data.FundsAvailable, true);
    assert.equal(yes.body.Data.ConsentId, consentId);
    assert.equal(yes.body.Data.Reference, 'Card purchase 42');
    assert.deepEqual(yes.body.Data.InstructedAmount, { Amount: all, Currency: 'GBP' });
    assert.ok(Math.abs(Date.parse(yes.body.Data.CreationDateTime) - Date.now()) < 60_000);
    assert.equal(
      yes.body.Links.Self,
      `${platform.urls.tpp}${PATH}/${yes.body.Data.FundsConfirmationId}`,
    );

    const more = formatAmount(balance + 1n, 'GBP');
    const no = await confirm(token, request(consentId, more));
    assert.equal(no.status, 201, no.text);
    assert.equal(no.body.Data.FundsAvailable, false);
    assert.ok(!no.text.includes(all), 'the answer does not carry the balance');
    assert.notEqual(no.body.Data.FundsConfirmationId, yes.body.Data.FundsConfirmationId);
  });

  test('a check moves no money and changes no account', async () => {
    const before = await getAccountBalance(platform.knex, ALICE.current.id);
    const { status } = await confirm(token, request(consentId, '10.00'));
    assert.equal(status, 201);
    assert.deepEqual(await getAccountBalance(platform.knex, ALICE.current.id), before);
  });

  test("a ConsentId other than the token's consent is refused", async () => {
    const other = await fundsIntent();
    const { status, body } = await confirm(token, request(other, '1.00'));
    assert.equal(status, 400);
    assert.deepEqual(
      body.Errors.map((e: { ErrorCode: string; Path: string }) => [e.ErrorCode, e.Path]),
      [['UK.OBIE.Resource.ConsentMismatch', 'Data.ConsentId']],
    );
  });

  test('bad amounts and currencies get specific errors', async () => {
    const cases: [unknown, string, string][] = [
      [
        request(consentId, '1.00', 'EUR'),
        'UK.OBIE.Unsupported.Currency',
        'Data.InstructedAmount.Currency',
      ],
      [request(consentId, '0.00'), 'UK.OBIE.Field.Invalid', 'Data.InstructedAmount.Amount'],
      [request(consentId, '1.001'), 'UK.OBIE.Field.Invalid', 'Data.InstructedAmount.Amount'],
    ];
    for (const [body, code, path] of cases) {
      const answer = await confirm(token, body);
      assert.equal(answer.status, 400, JSON.stringify(body));
      assert.deepEqual(
        answer.body.Errors.map((e: { ErrorCode: string; Path: string }) => [e.ErrorCode, e.Path]),
        [[code, path]],
        answer.text,
      );
    }
    const noReference = {
      Data: { ConsentId: consentId, InstructedAmount: { Amount: '1.00', Currency: 'GBP' } },
    };
    const missing = await confirm(token, noReference);
    assert.equal(missing.status, 400);
    assert.ok(
      missing.body.Errors.some((e: { Path?: string }) => e.Path?.includes('Reference')),
      missing.text,
    );
  });

  test('a client-credentials token is refused', async () => {
    const clientToken = await clientCredentials(tpp, 'fundsconfirmations');
    const { status, body } = await confirm(clientToken, request(consentId, '1.00'));
    assert.equal(status, 403);
    assert.equal(body.Errors[0].ErrorCode, 'UK.SandboxBank.WrongGrantType');
  });
});

describe('a consent that stops working', () => {
  test('deleted by the CBPII: the next check gets 401', async () => {
    const { consentId, token } = await authorisedConsent();
    assert.equal((await confirm(token, request(consentId, '1.00'))).status, 201);
    const deleted = await deleteIntent(
      tpp,
      await clientCredentials(tpp, 'fundsconfirmations'),
      'funds-confirmation',
      consentId,
    );
    assert.equal(deleted.status, 204);
    const { status } = await confirm(token, request(consentId, '1.00'));
    assert.equal(status, 401);
  });

  test('expired: the next check gets 401, and the expiry job ends its tokens at the authorization server', async () => {
    const { consentId, token } = await authorisedConsent();
    assert.equal((await confirm(token, request(consentId, '1.00'))).status, 201);
    // Time passing, without waiting for it: the consent's expiry moves into the past.
    await platform
      .knex('openbanking.consents')
      .where({ id: consentId })
      .update({ expires_at: platform.knex.raw("now() - interval '1 second'") });
    assert.equal((await confirm(token, request(consentId, '1.00'))).status, 401);
    assert.equal(
      (await oauth.tokenIntrospection(tpp.config, token.access_token)).active,
      true,
      'the token itself has not been touched yet',
    );

    // The platform's own worker runs the job (as its crontab would each minute).
    await platform.knex.raw("SELECT graphile_worker.add_job('expire-consents', '{}'::json)");
    const revoked = await pollUntil(
      async () => !(await oauth.tokenIntrospection(tpp.config, token.access_token)).active,
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    assert.ok(revoked, 'the expiry job did not revoke the token within 30 s');
  });
});
