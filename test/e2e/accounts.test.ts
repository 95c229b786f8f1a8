import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callApi, type AccessToken, type RegisteredTpp } from '../../examples/tpp-client.ts';
import { getAccountBalance, postTransfer, SYSTEM_ACCOUNT_IDS } from '../../ledger/index.ts';
import { TRANSACTIONS_PAGE_SIZE } from '../../resource-server/accounts/index.ts';
import { ALICE, authorizeIntent, BOB } from '../support/customer-consent.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { inDays } from '../support/intent-requests.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { createdIntentId, onboardTpp } from '../support/tpp.ts';

/**
 * The OB Account and Transaction API end to end: a TPP (openid-client) creates an account-access
 * intent, the customer approves it on the bank's pages, and the TPP reads accounts, balances and
 * transactions over mutual TLS with its bound token. Every response, success or error, is held
 * to the official OB v3.1.11 document.
 */

const REDIRECT = 'https://tpp.example/cb';
const AISP = '/open-banking/v3.1/aisp';
const DAY_MS = 86_400_000;
const ALL = [
  'ReadAccountsDetail',
  'ReadBalances',
  'ReadTransactionsDetail',
  'ReadTransactionsCredits',
  'ReadTransactionsDebits',
];

let platform: TestPlatform;
let tpp: RegisteredTpp;

before(async () => {
  platform = await startTestPlatform();
  ({ tpp } = await onboardTpp(platform, {
    name: 'Budget Buddy',
    roles: ['AISP'],
    redirectUri: REDIRECT,
  }));
});
after(() => platform?.stop());

interface IntentOptions {
  from?: Date;
  to?: Date;
}

/** POST /account-access-consents with a client-credentials token; returns the ConsentId. */
function accountAccessIntent(
  client: RegisteredTpp,
  permissions: string[],
  options: IntentOptions = {},
): Promise<string> {
  return createdIntentId(client, 'account-access', {
    Data: {
      Permissions: permissions,
      ExpirationDateTime: inDays(90),
      ...(options.from && { TransactionFromDateTime: options.from.toISOString() }),
      ...(options.to && { TransactionToDateTime: options.to.toISOString() }),
    },
    Risk: {},
  });
}

/**
 * An authorised consent's token: the intent, then Alice (by default) approves on the bank's pages,
 * sharing her current and savings accounts unless told otherwise (her credit card is
 * test/e2e/card-accounts.test.ts's).
 */
async function authorised(
  permissions: string[],
  options: IntentOptions & {
    accounts?: 'first';
    customer?: typeof ALICE;
    client?: RegisteredTpp;
  } = {},
) {
  const client = options.client ?? tpp;
  const customer = options.customer ?? ALICE;
  const intentId = await accountAccessIntent(client, permissions, options);
  return authorizeIntent(platform, client, intentId, {
    redirectUri: REDIRECT,
    customer,
    accounts: options.accounts ?? [customer.current.id, customer.savings.id],
  });
}

/**
 * GET an AISP path (or a Links URL); the body is checked against the OB document's response for
 * `template`.
 */
async function read(
  token: AccessToken,
  path: string,
  template: string,
  client: RegisteredTpp = tpp,
) {
  const response = await callApi(
    client,
    token,
    'GET',
    path.startsWith('http') ? new URL(path).pathname + new URL(path).search : `${AISP}${path}`,
  );
  const body = await obResponseBody('account-info', 'GET', template, response);
  return { status: response.status, body };
}

const alice = { current: ALICE.current.id, savings: ALICE.savings.id };

describe('ReadAccountsDetail, ReadBalances, ReadTransactionsDetail with credits and debits', () => {
  let token: AccessToken;
  before(async () => {
    token = await authorised(ALL);
  });

  test('accounts: both shared accounts with their sort code and account number', async () => {
    const { status, body } = await read(token, '/accounts', '/accounts');
    assert.equal(status, 200);
    const accounts = body.Data.Account as Record<string, any>[];
    assert.deepEqual(
      accounts.map((a) => a.AccountId).sort(),
      [alice.current, alice.savings].sort(),
    );
    const current = accounts.find((a) => a.AccountId === alice.current)!;
    assert.equal(current.Currency, 'GBP');
    assert.equal(current.AccountType, 'Personal');
    assert.equal(current.AccountSubType, 'CurrentAccount');
    assert.equal(current.Nickname, 'Everyday');
    assert.deepEqual(current.Account, [
      {
        SchemeName: 'UK.OBIE.SortCodeAccountNumber',
        Identification: '12345631926819',
        Name: current.Account[0].Name,
      },
    ]);
    assert.equal(body.Links.Self, `${platform.urls.tpp}${AISP}/accounts`);

    const one = await read(token, `/accounts/${alice.current}`, '/accounts/{AccountId}');
    assert.deepEqual(one.body.Data.Account, [current]);
  });

  test('balances: InterimAvailable and InterimBooked are the ledger balance', async () => {
    const ledger = await getAccountBalance(platform.knex, alice.current);
    const { body } = await read(
      token,
      `/accounts/${alice.current}/balances`,
      '/accounts/{AccountId}/balances',
    );
    assert.deepEqual(body.Data.Balance.map((b: any) => b.Type).sort(), [
      'InterimAvailable',
      'InterimBooked',
    ]);
    for (const balance of body.Data.Balance) {
      assert.equal(balance.AccountId, alice.current);
      assert.equal(balance.CreditDebitIndicator, 'Credit');
      assert.deepEqual(balance.Amount, {
        Amount: balanceText(ledger.balanceMinor),
        Currency: 'GBP',
      });
    }
    const bulk = await read(token, '/balances', '/balances');
    assert.equal(bulk.body.Data.Balance.length, 4);
  });

  test('transactions: booking time, amount, direction, reference, merchant and counterparty', async () => {
    const { body } = await read(
      token,
      `/accounts/${alice.current}/transactions`,
      '/accounts/{AccountId}/transactions',
    );
    const transactions = body.Data.Transaction as Record<string, any>[];
    const tesco = transactions.find((t) => t.TransactionReference === 'TESCO STORES 2041')!;
    assert.equal(tesco.CreditDebitIndicator, 'Debit');
    assert.deepEqual(tesco.Amount, { Amount: '23.45', Currency: 'GBP' });
    assert.equal(tesco.Status, 'Booked');
    assert.deepEqual(tesco.MerchantDetails, {
      MerchantName: 'TESCO STORES 2041',
      MerchantCategoryCode: '5411',
    });
    assert.deepEqual(tesco.CreditorAccount, { Name: 'TESCO STORES 2041' });
    assert.equal(tesco.Balance.Type, 'InterimBooked');
    assert.ok(Date.now() - Date.parse(tesco.BookingDateTime) > 40 * DAY_MS);
    const salary = transactions.find((t) => t.TransactionReference === 'ACME LTD SALARY')!;
    assert.equal(salary.CreditDebitIndicator, 'Credit');
    assert.deepEqual(salary.Amount, { Amount: '2850.00', Currency: 'GBP' });
    assert.deepEqual(salary.DebtorAccount, { Name: 'ACME LTD' });
    // The running balance of the newest entry is the account's balance.
    const ledger = await getAccountBalance(platform.knex, alice.current);
    assert.equal(transactions.at(-1)!.Balance.Amount.Amount, balanceText(ledger.balanceMinor));
    assert.ok(transactions.every((t) => t.AccountId === alice.current));
    assert.equal(body.Links.Next, undefined);

    const bulk = await read(token, '/transactions', '/transactions');
    const accountsSeen = new Set(bulk.body.Data.Transaction.map((t: any) => t.AccountId));
    assert.deepEqual([...accountsSeen].sort(), [alice.current, alice.savings].sort());
  });
});

describe('what the permissions change', () => {
  test('ReadAccountsBasic: no account identification; ReadTransactionsBasic: no narrative, balance or counterparty', async () => {
    const token = await authorised([
      'ReadAccountsBasic',
      'ReadTransactionsBasic',
      'ReadTransactionsCredits',
      'ReadTransactionsDebits',
    ]);
    const { body } = await read(token, '/accounts', '/accounts');
    assert.equal(body.Data.Account.length, 2);
    for (const account of body.Data.Account) {
      assert.equal(account.Account, undefined);
      assert.ok(account.Currency && account.AccountType && account.AccountSubType);
    }
    const transactions = (
      await read(
        token,
        `/accounts/${alice.current}/transactions`,
        '/accounts/{AccountId}/transactions',
      )
    ).body.Data.Transaction;
    assert.ok(transactions.length >= 5);
    for (const transaction of transactions) {
      for (const detail of [
        'TransactionInformation',
        'Balance',
        'MerchantDetails',
        'CreditorAccount',
        'DebtorAccount',
      ])
        assert.equal(transaction[detail], undefined, detail);
      assert.ok(
        transaction.TransactionReference && transaction.Amount && transaction.BookingDateTime,
      );
    }
  });

  test('ReadTransactionsCredits only: credits only; ReadTransactionsDebits only: debits only', async () => {
    const credits = await authorised(['ReadTransactionsDetail', 'ReadTransactionsCredits']);
    const debits = await authorised(['ReadTransactionsDetail', 'ReadTransactionsDebits']);
    const both = await authorised([
      'ReadTransactionsDetail',
      'ReadTransactionsCredits',
      'ReadTransactionsDebits',
    ]);
    const list = async (token: AccessToken) =>
      (await read(token, '/transactions', '/transactions')).body.Data.Transaction as Record<
        string,
        any
      >[];
    const [creditList, debitList, all] = [
      await list(credits),
      await list(debits),
      await list(both),
    ];
    assert.ok(creditList.length > 0 && debitList.length > 0);
    assert.ok(creditList.every((t) => t.CreditDebitIndicator === 'Credit'));
    assert.ok(debitList.every((t) => t.CreditDebitIndicator === 'Debit'));
    assert.equal(creditList.length + debitList.length, all.length);
  });

  test('only the accounts the customer chose are listed', async () => {
    const token = await authorised(['ReadAccountsDetail', 'ReadBalances'], { accounts: 'first' });
    const { body } = await read(token, '/accounts', '/accounts');
    assert.equal(body.Data.Account.length, 1);
    assert.equal((await read(token, '/balances', '/balances')).body.Data.Balance.length, 2);
  });
});

describe('transaction paging', () => {
  const extra = TRANSACTIONS_PAGE_SIZE + 30;
  let token: AccessToken;
  before(async () => {
    for (let i = 0; i < extra; i += 1) {
      await postTransfer(platform.knex, {
        kind: 'inbound-payment',
        reference: `PAGING ${i}`,
        entries: [
          {
            accountId: SYSTEM_ACCOUNT_IDS.gbpSchemeSettlement,
            currency: 'GBP',
            amountMinor: -100n,
          },
          { accountId: BOB.savings.id, currency: 'GBP', amountMinor: 100n },
        ],
        metadata: { counterparty: { name: 'PAGER' } },
      });
    }
    token = await authorised(
      ['ReadTransactionsBasic', 'ReadTransactionsCredits', 'ReadTransactionsDebits'],
      { customer: BOB },
    );
  });

  test(`pages of ${TRANSACTIONS_PAGE_SIZE} linked by Links.Next, every entry once`, async () => {
    const path = `/accounts/${BOB.savings.id}/transactions`;
    const first = await read(token, path, '/accounts/{AccountId}/transactions');
    assert.equal(first.body.Data.Transaction.length, TRANSACTIONS_PAGE_SIZE);
    assert.ok(first.body.Links.Next.startsWith(`${platform.urls.tpp}${AISP}${path}?page=`));
    const second = await read(token, first.body.Links.Next, '/accounts/{AccountId}/transactions');
    assert.equal(second.body.Links.Self, first.body.Links.Next);
    assert.equal(second.body.Links.Next, undefined);
    const ids = [...first.body.Data.Transaction, ...second.body.Data.Transaction].map(
      (t: any) => t.TransactionId,
    );
    // Opening balance, the seeded holiday transfer, and the extra inbound payments.
    assert.equal(ids.length, extra + 2);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('the bulk endpoint pages across accounts; a forged cursor is a 400', async () => {
    const ids: string[] = [];
    let next: string | undefined = '/transactions';
    for (let page = 0; next && page < 5; page += 1) {
      const { body } = await read(token, next, '/transactions');
      ids.push(...body.Data.Transaction.map((t: any) => t.TransactionId));
      next = body.Links.Next;
    }
    assert.equal(next, undefined);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.length > extra + 2);

    const forged = await read(token, `/transactions?page=${ALICE.current.id}:0`, '/transactions');
    assert.equal(forged.status, 400);
    assert.equal(forged.body.Errors[0].ErrorCode, 'UK.OBIE.Field.Invalid');
    const garbage = await read(token, '/transactions?page=not-a-cursor', '/transactions');
    assert.equal(garbage.status, 400);
  });
});

describe("the consent's transaction period", () => {
  const now = Date.now();
  const from = new Date(now - 38 * DAY_MS);
  const to = new Date(now - 4 * DAY_MS);
  let token: AccessToken;
  before(async () => {
    token = await authorised(
      ['ReadTransactionsDetail', 'ReadTransactionsCredits', 'ReadTransactionsDebits'],
      { from, to },
    );
  });
  const references = async (query: string) => {
    const { status, body } = await read(
      token,
      `/accounts/${alice.current}/transactions${query}`,
      '/accounts/{AccountId}/transactions',
    );
    assert.equal(status, 200, JSON.stringify(body));
    return { references: body.Data.Transaction.map((t: any) => t.TransactionReference), body };
  };

  test('without a filter, only entries booked within the consent period', async () => {
    const { references: seen, body } = await references('');
    assert.deepEqual(seen, ['ACME LTD SALARY', 'MONTHLY SAVING', 'SAINSBURYS 0412']);
    assert.equal(body.Meta.FirstAvailableDateTime, from.toISOString());
    assert.equal(body.Meta.LastAvailableDateTime, to.toISOString());
  });

  test('a wider filter is clipped to the consent; a narrower one narrows it; one outside it finds nothing', async () => {
    const day = (daysAgo: number) => new Date(now - daysAgo * DAY_MS).toISOString().slice(0, 10);
    assert.deepEqual(
      (await references(`?fromBookingDateTime=${day(90)}&toBookingDateTime=${day(0)}`)).references,
      ['ACME LTD SALARY', 'MONTHLY SAVING', 'SAINSBURYS 0412'],
    );
    assert.deepEqual((await references(`?toBookingDateTime=${day(20)}T00:00:00`)).references, [
      'ACME LTD SALARY',
      'MONTHLY SAVING',
    ]);
    const narrowed = await references(`?fromBookingDateTime=${day(15)}T00:00:00%2B05:00`);
    assert.deepEqual(narrowed.references, ['SAINSBURYS 0412']);
    assert.match(narrowed.body.Links.Self, /\?fromBookingDateTime=/);
    assert.deepEqual(
      (await references(`?fromBookingDateTime=${day(59)}&toBookingDateTime=${day(50)}`)).references,
      [],
    );
  });

  test('an invalid or inverted date range is a 400 Field.InvalidDate naming the parameter', async () => {
    for (const query of [
      '?fromBookingDateTime=yesterday',
      '?toBookingDateTime=2025-02-30',
      '?fromBookingDateTime=2025-03-01&toBookingDateTime=2025-02-01',
    ]) {
      const { status, body } = await read(
        token,
        `/accounts/${alice.current}/transactions${query}`,
        '/accounts/{AccountId}/transactions',
      );
      assert.equal(status, 400, query);
      assert.equal(body.Errors[0].ErrorCode, 'UK.OBIE.Field.InvalidDate', query);
    }
  });
});

describe('a TPP with certificate-bound tokens', () => {
  test('reads accounts with its transport certificate, no DPoP', async () => {
    const { tpp: mtlsTpp } = await onboardTpp(platform, {
      name: 'Ledger Lens',
      roles: ['AISP'],
      redirectUri: REDIRECT,
      register: { authMethod: 'tls_client_auth', binding: 'mtls' },
    });
    const token = await authorised(['ReadAccountsBasic'], { client: mtlsTpp });
    assert.equal(token.token_type.toLowerCase(), 'bearer');
    const { status, body } = await read(token, '/accounts', '/accounts', mtlsTpp);
    assert.equal(status, 200);
    assert.equal(body.Data.Account.length, 2);
  });
});

function balanceText(minor: bigint): string {
  return `${minor / 100n}.${String(minor % 100n).padStart(2, '0')}`;
}
