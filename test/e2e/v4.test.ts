import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  type AccessToken,
  callApi,
  clientCredentials,
  type RegisteredTpp,
  signMessage,
} from '../../examples/tpp-client.ts';
import { SANDBOX_SORT_CODE } from '../../db/seeds/index.ts';
import { getAccountBalance, reconcileLedger } from '../../ledger/index.ts';
import type { ObApi } from '../../resource-server/validation/openapi-ajv.ts';
import { ALICE, authorizeIntent } from '../support/customer-consent.ts';
import { accountAccessRequest, inDays } from '../support/intent-requests.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { assertSignedByBank, createdIntentId, onboardTpp } from '../support/tpp.ts';

/**
 * OB Read/Write API v4.0 beside v3.1 (resource-server/v4/), end to end over real TLS with
 * openid-client as the TPP: account information, a domestic payment and confirmation of funds
 * on /open-banking/v4.0, the customer approving on the bank's pages as for v3.1. Every request
 * a v4.0 TPP sends is the v4.0 document's shape (the server holds it to the document) and every
 * answer is held to the official v4.0 document (test/support/ob-spec.ts); a consent made through
 * one version is read, authorised and used through the other; refusals carry v4.0 codes.
 */

const REDIRECT = 'https://tpp.example/cb';
const V4 = '/open-banking/v4.0';
const V31 = '/open-banking/v3.1';

let platform: TestPlatform;
let tpp: RegisteredTpp;

before(async () => {
  platform = await startTestPlatform();
  ({ tpp } = await onboardTpp(platform, {
    name: 'Version Four Ltd',
    roles: ['AISP', 'PISP', 'CBPII'],
    redirectUri: REDIRECT,
  }));
});
after(() => platform?.stop());

/** The OB document of a full path: the version and the API. */
function apiOf(path: string): { api: ObApi; template: string } {
  const match = /^\/open-banking\/(v3\.1|v4\.0)\/(aisp|pisp|cbpii)(\/.*)$/.exec(path);
  if (!match) throw new Error(`no OB document for ${path}`);
  const [, version, group, rest] = match as unknown as [string, string, string, string];
  const name = { aisp: 'account-info', pisp: 'payment-initiation', cbpii: 'confirmation-funds' }[
    group as 'aisp'
  ];
  const api = (version === 'v4.0' ? `v4.0-${name}` : name) as ObApi;
  // The document's path template: the ids in the path become their parameters.
  const template = rest
    .replace(
      /^\/(account-access-consents|domestic-payment-consents|funds-confirmation-consents)\/[^/]+/,
      '/$1/{ConsentId}',
    )
    .replace(/^\/accounts\/[^/]+/, '/accounts/{AccountId}')
    .replace(/^\/domestic-payments\/[^/]+/, '/domestic-payments/{DomesticPaymentId}');
  return { api, template };
}

interface Answer {
  status: number;
  body: Record<string, any>;
  text: string;
}

/**
 * One call, its answer held to its version's OB document; the payment APIs' answers carry the
 * bank's signature over the exact bytes. `signed`: the body goes with the TPP's x-jws-signature.
 */
async function call(
  token: AccessToken,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
  options: { signed?: boolean; key?: string } = {},
): Promise<Answer> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = {};
  if (options.key) headers['x-idempotency-key'] = options.key;
  if (options.signed && text) headers['x-jws-signature'] = await signMessage(tpp.signer, text);
  const response = await callApi(tpp, token, method, path, text, headers);
  const answered = await response.text();
  const { api, template } = apiOf(path.split('?')[0]!);
  const parsed = await obResponseBody(api, method, template, {
    status: response.status,
    text: async () => answered,
  });
  if (path.includes('/pisp/') && answered !== '')
    await assertSignedByBank(tpp, response.headers, answered);
  return { status: response.status, body: parsed as Record<string, any>, text: answered };
}

const token = (scope: string) => clientCredentials(tpp, scope);

function created(answer: Answer): Record<string, any> {
  assert.equal(answer.status, 201, answer.text);
  return answer.body.Data;
}

function refused(answer: Answer, status: number, code: string, path?: string): void {
  assert.equal(answer.status, status, answer.text);
  assert.equal(answer.body.Errors[0].ErrorCode, code, answer.text);
  if (path !== undefined) assert.equal(answer.body.Errors[0].Path, path, answer.text);
  // v4.0 deprecates the envelope's Code and Message: the bank leaves them out.
  assert.equal(answer.body.Code, undefined);
}

const authorise = (consentId: string) =>
  authorizeIntent(platform, tpp, consentId, { redirectUri: REDIRECT, customer: ALICE });

const ALICE_CURRENT = {
  SchemeName: 'UK.OBIE.SortCodeAccountNumber',
  Identification: `${SANDBOX_SORT_CODE}${ALICE.current.accountNumber}`,
};

describe('account information on v4.0', () => {
  test('consent, authorisation, accounts, balances and transactions in v4.0 codes', async () => {
    const cc = await token('accounts');
    const consent = created(
      await call(cc, 'POST', `${V4}/aisp/account-access-consents`, accountAccessRequest()),
    );
    assert.equal(consent.Status, 'AWAU');
    const consentPath = `${V4}/aisp/account-access-consents/${consent.ConsentId}`;
    const tokens = await authorise(consent.ConsentId);

    const read = await call(cc, 'GET', consentPath);
    assert.equal(read.body.Data.Status, 'AUTH');
    assert.equal(read.body.Links.Self, `${platform.urls.tpp}${consentPath}`);
    // The same consent through v3.1: one consent, two views.
    const through31 = await call(cc, 'GET', consentPath.replace(V4, V31));
    assert.equal(through31.body.Data.Status, 'Authorised');
    assert.deepEqual(through31.body.Data.Permissions, read.body.Data.Permissions);

    const accounts = (await call(tokens, 'GET', `${V4}/aisp/accounts`)).body;
    assert.ok(accounts.Data.Account.length > 0);
    const current = accounts.Data.Account.find(
      (a: Record<string, any>) => a.Account?.[0]?.Identification === ALICE_CURRENT.Identification,
    );
    assert.ok(current, JSON.stringify(accounts));
    assert.equal(current.AccountCategory, 'Personal');
    assert.equal(current.AccountTypeCode, 'CACC');
    assert.equal(current.AccountType, undefined);
    assert.equal(current.AccountSubType, undefined);
    assert.equal(accounts.Links.Self, `${platform.urls.tpp}${V4}/aisp/accounts`);

    const one = `${V4}/aisp/accounts/${current.AccountId}`;
    assert.deepEqual((await call(tokens, 'GET', one)).body.Data.Account, [current]);
    const balances = (await call(tokens, 'GET', `${one}/balances`)).body.Data.Balance;
    assert.deepEqual(balances.map((b: Record<string, any>) => b.Type).sort(), ['ITAV', 'ITBD']);
    const balance = await getAccountBalance(platform.knex, current.AccountId);
    assert.ok(balance);
    assert.equal((await call(tokens, 'GET', `${V4}/aisp/balances`)).status, 200);

    const transactions = (await call(tokens, 'GET', `${one}/transactions`)).body;
    assert.ok(transactions.Data.Transaction.length > 0, 'the seed has transactions');
    for (const entry of transactions.Data.Transaction) {
      assert.equal(entry.Status, 'BOOK');
      assert.equal(entry.Balance.Type, 'ITBD');
    }
    assert.equal((await call(tokens, 'GET', `${V4}/aisp/transactions`)).status, 200);
  });

  test('a v3.1 consent is read and deleted through v4.0, and the other way round', async () => {
    const cc = await token('accounts');
    const v31Id = await createdIntentId(tpp, 'account-access');
    const asV4 = await call(cc, 'GET', `${V4}/aisp/account-access-consents/${v31Id}`);
    assert.equal(asV4.body.Data.Status, 'AWAU');
    assert.equal(
      (await call(cc, 'DELETE', `${V4}/aisp/account-access-consents/${v31Id}`)).status,
      204,
    );
    const gone = await call(cc, 'GET', `${V31}/aisp/account-access-consents/${v31Id}`);
    assert.equal(gone.body.Data.Status, 'Revoked');
    assert.equal(
      (await call(cc, 'GET', `${V4}/aisp/account-access-consents/${v31Id}`)).body.Data.Status,
      'CANC',
    );

    const v4Id = created(
      await call(cc, 'POST', `${V4}/aisp/account-access-consents`, accountAccessRequest()),
    ).ConsentId;
    // Authorised as any consent, and its token reads v3.1 accounts.
    const tokens = await authorise(v4Id);
    const accounts = await call(tokens, 'GET', `${V31}/aisp/accounts`);
    assert.ok(accounts.body.Data.Account[0].AccountSubType);
  });

  test('refusals carry v4.0 codes', async () => {
    const cc = await token('accounts');
    refused(
      await call(cc, 'GET', `${V4}/aisp/account-access-consents/aac-${randomUUID()}`),
      400,
      'U011',
    );
    const missing = accountAccessRequest() as Record<string, any>;
    delete missing.Data.Permissions;
    refused(await call(cc, 'POST', `${V4}/aisp/account-access-consents`, missing), 400, 'U004');

    // A consent without ReadBalances: the balances are refused, AG08 InvalidAccessRights.
    const request = accountAccessRequest();
    request.Data.Permissions = ['ReadAccountsBasic'];
    const id = created(
      await call(cc, 'POST', `${V4}/aisp/account-access-consents`, request),
    ).ConsentId;
    const tokens = await authorise(id);
    refused(await call(tokens, 'GET', `${V4}/aisp/balances`), 403, 'AG08');
  });
});

/** A v4.0 OBWriteDomesticConsent4 with what only v4.0 can say (payment-parties.ts keeps it). */
function v4PaymentConsent(amount: string) {
  return {
    Data: {
      Initiation: {
        InstructionIdentification: `V4-${randomUUID().slice(0, 8)}`,
        EndToEndIdentification: 'E2E.V4.INVOICE.77',
        InstructedAmount: { Amount: amount, Currency: 'GBP' },
        CreditorAccount: {
          SchemeName: 'UK.OBIE.SortCodeAccountNumber',
          Identification: '08080021325698',
          Name: 'ACME Inc',
        },
        CreditorPostalAddress: {
          AddressType: 'BIZZ',
          BuildingNumber: '1',
          StreetName: 'Market Street',
          Floor: '3',
          PostCode: 'EC1A 1AA',
          TownName: 'London',
          Country: 'GB',
        },
        UltimateCreditor: { Name: 'ACME Holdings', LEI: '529900T8BM49AURSDO55' },
        UltimateDebtor: { Name: 'Alice Trading' },
        RemittanceInformation: {
          Structured: [{ CreditorReferenceInformation: { Code: 'SCOR', Reference: 'INV-77' } }],
          Unstructured: ['Invoice 77, March'],
        },
      },
    },
    Risk: {
      PaymentContextCode: 'TransferToThirdParty',
      PaymentPurposeCode: 'GDDS',
      CategoryPurposeCode: 'SUPP',
      ContractPresentIndicator: true,
    },
  };
}

async function ledgerReconciles(): Promise<void> {
  const reconciliation = await reconcileLedger(platform.knex);
  assert.ok(reconciliation.ok);
}

describe('a domestic payment on v4.0', () => {
  test('consent, authorisation, funds confirmation, payment and its status in v4.0 codes', async () => {
    const cc = await token('payments');
    const request = v4PaymentConsent('21.50');
    const key = randomUUID();
    const first = await call(cc, 'POST', `${V4}/pisp/domestic-payment-consents`, request, {
      signed: true,
      key,
    });
    const consent = created(first);
    assert.equal(consent.Status, 'AWAU');
    // The v4.0 TPP reads back exactly what it sent, v4.0-only members included.
    assert.deepEqual(consent.Initiation, request.Data.Initiation);
    assert.deepEqual(first.body.Risk, request.Risk);
    // A retry with the same key is the same answer, byte for byte.
    const retry = await call(cc, 'POST', `${V4}/pisp/domestic-payment-consents`, request, {
      signed: true,
      key,
    });
    assert.equal(retry.text, first.text);

    // Through v3.1: the reference and text in v3.1's members, the address in v3.1's names.
    const v31 = await call(cc, 'GET', `${V31}/pisp/domestic-payment-consents/${consent.ConsentId}`);
    assert.equal(v31.body.Data.Status, 'AwaitingAuthorisation');
    assert.deepEqual(v31.body.Data.Initiation.RemittanceInformation, {
      Unstructured: 'Invoice 77, March',
      Reference: 'INV-77',
    });
    assert.equal(v31.body.Data.Initiation.CreditorPostalAddress.AddressType, 'Business');
    assert.equal(v31.body.Risk.ContractPresentInidicator, true);

    const tokens = await authorise(consent.ConsentId);
    const consentPath = `${V4}/pisp/domestic-payment-consents/${consent.ConsentId}`;
    assert.equal((await call(cc, 'GET', consentPath)).body.Data.Status, 'AUTH');
    const funds = await call(tokens, 'GET', `${consentPath}/funds-confirmation`);
    assert.equal(funds.body.Data.FundsAvailableResult.FundsAvailable, true);

    const debtor = await platform
      .knex('openbanking.consents')
      .where({ id: consent.ConsentId })
      .first<{ debtor_account_id: string }>('debtor_account_id');
    const before = await getAccountBalance(platform.knex, debtor.debtor_account_id);
    const order = {
      Data: { ConsentId: consent.ConsentId, Initiation: request.Data.Initiation },
      Risk: request.Risk,
    };
    const paymentKey = randomUUID();
    const paid = await call(tokens, 'POST', `${V4}/pisp/domestic-payments`, order, {
      signed: true,
      key: paymentKey,
    });
    const payment = created(paid);
    assert.equal(payment.Status, 'ACSP');
    assert.deepEqual(payment.Initiation, request.Data.Initiation);
    const after = await getAccountBalance(platform.knex, debtor.debtor_account_id);
    assert.equal(after!.balanceMinor, before!.balanceMinor - 2150n);
    // A retry pays nothing more and answers the same bytes.
    const again = await call(tokens, 'POST', `${V4}/pisp/domestic-payments`, order, {
      signed: true,
      key: paymentKey,
    });
    assert.equal(again.text, paid.text);
    assert.equal(
      (await getAccountBalance(platform.knex, debtor.debtor_account_id))!.balanceMinor,
      after!.balanceMinor,
    );

    const paymentPath = `${V4}/pisp/domestic-payments/${payment.DomesticPaymentId}`;
    const status = await call(cc, 'GET', paymentPath);
    assert.ok(['ACSP', 'ACSC'].includes(status.body.Data.Status), status.text);
    assert.equal(status.body.Links.Self, `${platform.urls.tpp}${paymentPath}`);
    const details = await call(cc, 'GET', `${paymentPath}/payment-details`);
    assert.ok(['ACSP', 'ACSC'].includes(details.body.Data.PaymentStatus[0].Status));
    // The same payment through v3.1.
    const v31Payment = await call(cc, 'GET', paymentPath.replace(V4, V31));
    assert.ok(v31Payment.body.Data.Status.startsWith('AcceptedSettlement'));
    assert.equal((await call(cc, 'GET', consentPath)).body.Data.Status, 'COND');

    // The consent is consumed: a second payment is refused, U009 InvalidConsentStatus.
    refused(
      await call(tokens, 'POST', `${V4}/pisp/domestic-payments`, order, {
        signed: true,
        key: randomUUID(),
      }),
      400,
      'U009',
    );
    await ledgerReconciles();
  });

  test('a v3.1 payment consent is read and paid through v4.0', async () => {
    const cc = await token('payments');
    const v31Request = {
      Data: {
        Initiation: {
          InstructionIdentification: `V31-${randomUUID().slice(0, 8)}`,
          EndToEndIdentification: 'E2E.V31.1',
          InstructedAmount: { Amount: '3.10', Currency: 'GBP' },
          CreditorAccount: {
            SchemeName: 'UK.OBIE.SortCodeAccountNumber',
            Identification: '08080021325698',
            Name: 'ACME Inc',
          },
          RemittanceInformation: { Reference: 'V31-REF', Unstructured: 'from v3.1' },
        },
      },
      Risk: { PaymentContextCode: 'TransferToThirdParty' },
    };
    const consentId = await createdIntentId(tpp, 'domestic-payment', v31Request);
    const asV4 = await call(cc, 'GET', `${V4}/pisp/domestic-payment-consents/${consentId}`);
    assert.equal(asV4.body.Data.Status, 'AWAU');
    assert.deepEqual(asV4.body.Data.Initiation.RemittanceInformation, {
      Unstructured: ['from v3.1'],
      Structured: [{ CreditorReferenceInformation: { Reference: 'V31-REF' } }],
    });

    const tokens = await authorise(consentId);
    // The v4.0 TPP pays with the Initiation and Risk as v4.0 shows them: they match the consent.
    const paid = await call(
      tokens,
      'POST',
      `${V4}/pisp/domestic-payments`,
      {
        Data: { ConsentId: consentId, Initiation: asV4.body.Data.Initiation },
        Risk: asV4.body.Risk,
      },
      { signed: true, key: randomUUID() },
    );
    assert.equal(created(paid).Status, 'ACSP');
    // Another Initiation than the authorised one: U008 ConsentMismatch.
    const other = await createdIntentId(tpp, 'domestic-payment', {
      ...v31Request,
      Data: {
        Initiation: { ...v31Request.Data.Initiation, InstructionIdentification: 'V31-OTHER' },
      },
    });
    const otherTokens = await authorise(other);
    const changed = structuredClone(asV4.body.Data.Initiation);
    changed.InstructionIdentification = 'V31-OTHER';
    changed.InstructedAmount.Amount = '300.00';
    refused(
      await call(
        otherTokens,
        'POST',
        `${V4}/pisp/domestic-payments`,
        { Data: { ConsentId: other, Initiation: changed }, Risk: asV4.body.Risk },
        { signed: true, key: randomUUID() },
      ),
      400,
      'U008',
      'Data.Initiation',
    );
    await ledgerReconciles();
  });

  test('an unsigned v4.0 payment consent is refused with U019', async () => {
    const cc = await token('payments');
    refused(
      await call(cc, 'POST', `${V4}/pisp/domestic-payment-consents`, v4PaymentConsent('1.00'), {
        key: randomUUID(),
      }),
      400,
      'U019',
    );
  });
});

describe('confirmation of funds on v4.0', () => {
  test('consent, authorisation and funds confirmations; the consent through v3.1', async () => {
    const cc = await token('fundsconfirmations');
    const consent = created(
      await call(cc, 'POST', `${V4}/cbpii/funds-confirmation-consents`, {
        Data: { ExpirationDateTime: inDays(30), DebtorAccount: ALICE_CURRENT },
      }),
    );
    assert.equal(consent.Status, 'AWAU');
    const tokens = await authorise(consent.ConsentId);
    const path = `${V4}/cbpii/funds-confirmation-consents/${consent.ConsentId}`;
    assert.equal((await call(cc, 'GET', path)).body.Data.Status, 'AUTH');
    assert.equal((await call(cc, 'GET', path.replace(V4, V31))).body.Data.Status, 'Authorised');
    const ask = (amount: string) =>
      call(tokens, 'POST', `${V4}/cbpii/funds-confirmations`, {
        Data: {
          ConsentId: consent.ConsentId,
          Reference: 'Purchase01',
          InstructedAmount: { Amount: amount, Currency: 'GBP' },
        },
      });
    assert.equal(created(await ask('1.00')).FundsAvailable, true);
    assert.equal(created(await ask('99999999.00')).FundsAvailable, false);
    refused(await ask('1.001'), 400, 'U002');

    // An account proxy is v4.0's, and the bank does not resolve one.
    refused(
      await call(cc, 'POST', `${V4}/cbpii/funds-confirmation-consents`, {
        Data: {
          DebtorAccount: {
            ...ALICE_CURRENT,
            Proxy: { Identification: '+447700900000', Code: 'TELE' },
          },
        },
      }),
      400,
      'U005',
      'Data.DebtorAccount.Proxy',
    );

    assert.equal((await call(cc, 'DELETE', path)).status, 204);
    assert.equal((await call(cc, 'GET', path)).body.Data.Status, 'CANC');
  });
});
