import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  callApi,
  clientCredentials,
  signMessage,
  type AccessToken,
} from '../../examples/tpp-client.ts';
import {
  getMessage,
  listMessages,
  validateMessage,
  CREDIT_TRANSFER,
} from '../../iso20022/index.ts';
import { revokeGrantTokens } from '../../authz/index.ts';
import { reconcileLedger, totalsByCurrency } from '../../ledger/index.ts';
import {
  createSubscription,
  revokeConsent,
  SUPPORTED_EVENT_TYPES,
} from '../../openbanking/index.ts';
import { ALICE, authorizeIntent, BOB, consentPageHtml } from '../support/customer-consent.ts';
import { inDays } from '../support/intent-requests.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import { assertSignedByBank, onboardTpp, type OnboardedTpp } from '../support/tpp.ts';

/**
 * Domestic variable recurring payments (OB v3.1.11 VRP) against the whole platform over real TLS,
 * openid-client as the TPP (DPoP-bound, private_key_jwt) and as a second TPP (mTLS-bound): the TPP
 * creates a sweeping VRP consent with control parameters, the customer approves it once through the
 * bank's pages, then the TPP pays repeatedly with the consent's authorization-code token without
 * the customer. Payments that break a periodic limit or the maximum for one payment are refused
 * with UK.OBIE.Rules.FailsControlParameters and post nothing; concurrent payments at a limit do not
 * overshoot; funds confirmation answers on the consent; DELETE revokes it and its tokens. Every
 * answer is held to the official v3.1.11 VRP document and its signature verified; the payments
 * settle into a pacs.008 valid against its XSD and the ledger reconciles.
 */

const REDIRECT = 'https://tpp.example/cb';
const PREFIX = '/open-banking/v3.1/pisp';
const CONSENTS = `${PREFIX}/domestic-vrp-consents`;
const VRPS = `${PREFIX}/domestic-vrps`;

let platform: TestPlatform;
let tpp: OnboardedTpp;
let otherTpp: OnboardedTpp;

before(async () => {
  platform = await startTestPlatform();
  tpp = await onboardTpp(platform, {
    name: 'Sweeper Dpop Ltd',
    roles: ['PISP'],
    redirectUri: REDIRECT,
    register: { authMethod: 'private_key_jwt', binding: 'dpop' },
  });
  otherTpp = await onboardTpp(platform, {
    name: 'Sweeper Mtls Ltd',
    roles: ['PISP'],
    redirectUri: REDIRECT,
    register: { authMethod: 'tls_client_auth', binding: 'mtls' },
  });
  // Polled event notifications: VRP consents and payments are resources of their own.
  const { client_id: clientId } = tpp.tpp.config.clientMetadata();
  await createSubscription(platform.knex, clientId, {
    callbackUrl: undefined,
    version: '3.1',
    eventTypes: SUPPORTED_EVENT_TYPES,
  });
});

/** The resources the TPP's events name, as (resource type, id) pairs. */
async function eventResources(): Promise<string[]> {
  const rows = await platform
    .knex('openbanking.event_deliveries')
    .select<{ resource_type: string; resource_id: string }[]>('resource_type', 'resource_id');
  return rows.map((row) => `${row.resource_type} ${row.resource_id}`);
}
after(() => platform?.stop());

interface Answer {
  status: number;
  body: Record<string, any>;
  text: string;
}

/** One call, its answer held to the VRP document and, when it has a body, its signature verified. */
async function call(
  who: OnboardedTpp,
  token: AccessToken,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  template: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const sent = body === undefined ? undefined : JSON.stringify(body);
  const signature: Record<string, string> =
    sent === undefined ? {} : { 'x-jws-signature': await signMessage(who.tpp.signer, sent) };
  const response = await callApi(who.tpp, token, method, path, sent, { ...signature, ...headers });
  const text = await response.text();
  const parsed = await obResponseBody('vrp', method, template, {
    status: response.status,
    text: async () => text,
  });
  if (text !== '') await assertSignedByBank(who.tpp, response.headers, text);
  return { status: response.status, body: parsed as Record<string, any>, text };
}

function assertObError(answer: Answer, status: number, code: string, path?: string): void {
  assert.equal(answer.status, status, answer.text);
  assert.equal(answer.body.Errors[0].ErrorCode, code, answer.text);
  if (path !== undefined) assert.equal(answer.body.Errors[0].Path, path, answer.text);
}

const CREDITOR = {
  SchemeName: 'UK.OBIE.SortCodeAccountNumber',
  Identification: '08080021325698',
  Name: 'Alice Savings Pot',
};

/** OBDomesticVRPConsentRequest: sweeping to one creditor, £50 a payment, £100 a calendar day, £500 a month. */
function consentRequest(limits: { maximum?: string; day?: string; month?: string } = {}) {
  return {
    Data: {
      ReadRefundAccount: 'Yes',
      ControlParameters: {
        ValidFromDateTime: new Date(Date.now() - 60_000).toISOString(),
        ValidToDateTime: inDays(30),
        MaximumIndividualAmount: { Amount: limits.maximum ?? '50.00', Currency: 'GBP' },
        PeriodicLimits: [
          {
            PeriodType: 'Day',
            PeriodAlignment: 'Calendar',
            Amount: limits.day ?? '100.00',
            Currency: 'GBP',
          },
          {
            PeriodType: 'Month',
            PeriodAlignment: 'Consent',
            Amount: limits.month ?? '500.00',
            Currency: 'GBP',
          },
        ],
        VRPType: ['UK.OBIE.VRPType.Sweeping'],
        PSUAuthenticationMethods: ['UK.OBIE.SCANotRequired'],
        PSUInteractionTypes: ['OffSession'],
      },
      Initiation: { CreditorAccount: CREDITOR, RemittanceInformation: { Reference: 'SWEEP-POT' } },
    },
    Risk: { PaymentContextCode: 'PartyToParty' },
  };
}

async function createConsent(who: OnboardedTpp, request: unknown): Promise<Answer> {
  const cc = await clientCredentials(who.tpp, 'payments');
  return call(who, cc, 'POST', CONSENTS, '/domestic-vrp-consents', request, {
    'x-idempotency-key': randomUUID(),
  });
}

interface ApprovedConsent {
  consentId: string;
  token: AccessToken;
  initiation: Record<string, unknown>;
}

/** The TPP creates the consent and the customer approves it once, choosing the paying account. */
async function approvedConsent(
  limits?: Parameters<typeof consentRequest>[0],
): Promise<ApprovedConsent> {
  const request = consentRequest(limits);
  const created = await createConsent(tpp, request);
  assert.equal(created.status, 201, created.text);
  const consentId = created.body.Data.ConsentId as string;
  const token = await authorizeIntent(platform, tpp.tpp, consentId, {
    redirectUri: REDIRECT,
    customer: ALICE,
  });
  return { consentId, token, initiation: request.Data.Initiation };
}

/** OBDomesticVRPRequest for this amount. */
function vrpRequest(
  consent: ApprovedConsent,
  amount: string,
  changes: Record<string, unknown> = {},
) {
  return {
    Data: {
      ConsentId: consent.consentId,
      PSUAuthenticationMethod: 'UK.OBIE.SCANotRequired',
      PSUInteractionType: 'OffSession',
      VRPType: 'UK.OBIE.VRPType.Sweeping',
      Initiation: consent.initiation,
      Instruction: {
        InstructionIdentification: `SWEEP-${randomUUID().slice(0, 8)}`,
        EndToEndIdentification: `E2E-${randomUUID().slice(0, 8)}`,
        RemittanceInformation: { Reference: 'SWEEP-POT' },
        InstructedAmount: { Amount: amount, Currency: 'GBP' },
        CreditorAccount: CREDITOR,
        ...changes,
      },
    },
    Risk: { PaymentContextCode: 'PartyToParty' },
  };
}

function pay(consent: ApprovedConsent, request: unknown, key = randomUUID()): Promise<Answer> {
  return call(tpp, consent.token, 'POST', VRPS, '/domestic-vrps', request, {
    'x-idempotency-key': key,
  });
}

/** What a payment on the consent changes: the debtor's balance and entries, the consent's payments. */
async function moneyState(consentId: string) {
  const { rows } = await platform.knex.raw<{
    rows: { balance: string; entries: number; payments: number }[];
  }>(
    `SELECT a.balance_minor::text AS balance,
            (SELECT count(*)::int FROM ledger.entries e WHERE e.account_id = a.id) AS entries,
            (SELECT count(*)::int FROM openbanking.payments p WHERE p.consent_id = c.id) AS payments
     FROM openbanking.consents c JOIN ledger.accounts a ON a.id = c.debtor_account_id WHERE c.id = ?`,
    [consentId],
  );
  assert.ok(rows[0], `consent ${consentId} has a debtor account`);
  return rows[0];
}

async function assertLedgerBalanced(): Promise<void> {
  for (const [currency, total] of await totalsByCurrency(platform.knex))
    assert.equal(total, 0n, `${currency} total`);
  assert.ok((await reconcileLedger(platform.knex)).ok);
}

describe('domestic VRP (sweeping)', () => {
  let consent: ApprovedConsent;
  /** The consent's DebtorAccount once approved: each payment's Refund (ReadRefundAccount Yes). */
  let debtorAccount: Record<string, string>;
  const paid: string[] = [];

  test('the consent is created, shown to the customer with its control parameters, and approved once', async () => {
    // The page the customer sees for a consent (another one, left undecided).
    const request = consentRequest();
    const pending = await createConsent(tpp, request);
    assert.equal(pending.status, 201, pending.text);
    assert.equal(pending.body.Data.Status, 'AwaitingAuthorisation');
    assert.deepEqual(pending.body.Data.ControlParameters, request.Data.ControlParameters);
    const html = await consentPageHtml(platform, tpp.tpp, pending.body.Data.ConsentId, {
      redirectUri: REDIRECT,
      customer: ALICE,
    });
    for (const shown of [
      'Approve variable recurring payments',
      'moving money between your own accounts (sweeping)',
      'Alice Savings Pot',
      '£50.00',
      '£100.00 in each day',
      '£500.00 in each month, counted from the day the app asked',
      'You will not be asked again for each payment',
      'Choose the account to pay from',
    ])
      assert.ok(html.includes(shown), `the consent page shows ${shown}`);

    consent = await approvedConsent();
    const cc = await clientCredentials(tpp.tpp, 'payments');
    const read = await call(
      tpp,
      cc,
      'GET',
      `${CONSENTS}/${consent.consentId}`,
      '/domestic-vrp-consents/{ConsentId}',
    );
    assert.equal(read.status, 200, read.text);
    assert.equal(read.body.Data.Status, 'Authorised');
    assert.equal(read.body.Data.DebtorAccount.SchemeName, 'UK.OBIE.SortCodeAccountNumber');
    assert.match(read.body.Data.DebtorAccount.Identification, /^\d{14}$/);
    debtorAccount = read.body.Data.DebtorAccount;
    // Another TPP cannot see it.
    const otherCc = await clientCredentials(otherTpp.tpp, 'payments');
    assertObError(
      await call(
        otherTpp,
        otherCc,
        'GET',
        `${CONSENTS}/${consent.consentId}`,
        '/domestic-vrp-consents/{ConsentId}',
      ),
      400,
      'UK.OBIE.Resource.NotFound',
    );
  });

  test('sweeping pays the customer’s own accounts: another customer’s account here cannot be the payee', async () => {
    const accountsOf = (customerId: string) =>
      platform
        .knex('ledger.accounts')
        .where({ customer_id: customerId, currency: 'GBP' })
        .whereNotNull('sort_code')
        .orderBy('created_at')
        .select<{ sort_code: string; account_number: string }[]>('sort_code', 'account_number');
    const payee = (account: { sort_code: string; account_number: string }) => ({
      SchemeName: 'UK.OBIE.SortCodeAccountNumber',
      Identification: `${account.sort_code}${account.account_number}`,
      Name: 'Sweep target',
    });
    const pageFor = async (creditor: object) => {
      const request = consentRequest();
      request.Data.Initiation.CreditorAccount = creditor as typeof CREDITOR;
      const created = await createConsent(tpp, request);
      assert.equal(created.status, 201, created.text);
      return consentPageHtml(platform, tpp.tpp, created.body.Data.ConsentId, {
        redirectUri: REDIRECT,
        customer: ALICE,
      });
    };

    const [bobs] = await accountsOf(BOB.id);
    const toBob = await pageFor(payee(bobs!));
    assert.ok(toBob.includes('the account these payments would go to is not yours'), toBob);
    assert.ok(!toBob.includes('Choose the account to pay from'));

    const alices = await accountsOf(ALICE.id);
    assert.ok(alices.length >= 2, 'alice holds two GBP accounts');
    const toHerOwn = await pageFor(payee(alices[1]!));
    assert.ok(toHerOwn.includes('Choose the account to pay from'));
    assert.ok(toHerOwn.includes('This is the account the payments go to.'));
  });

  test('the TPP pays repeatedly with the consent’s token; a replay pays nothing more', async () => {
    const before = await moneyState(consent.consentId);
    const request = vrpRequest(consent, '40.00');
    const key = randomUUID();
    const first = await pay(consent, request, key);
    assert.equal(first.status, 201, first.text);
    assert.equal(first.body.Data.Status, 'AcceptedSettlementInProcess');
    assert.equal(first.body.Data.ConsentId, consent.consentId);
    assert.deepEqual(first.body.Data.Instruction, request.Data.Instruction);
    assert.deepEqual(first.body.Data.Initiation, consent.initiation);
    // ReadRefundAccount Yes: each payment names the account it was paid from.
    assert.deepEqual(first.body.Data.Refund, debtorAccount);
    paid.push(first.body.Data.DomesticVRPId);
    const replay = await pay(consent, request, key);
    assert.equal(replay.text, first.text, 'the same key and body replay the first answer');

    const second = await pay(consent, vrpRequest(consent, '40.00'));
    assert.equal(second.status, 201, second.text);
    paid.push(second.body.Data.DomesticVRPId);
    assert.deepEqual(await moneyState(consent.consentId), {
      balance: String(BigInt(before.balance) - 8000n),
      entries: before.entries + 2,
      payments: before.payments + 2,
    });

    const cc = await clientCredentials(tpp.tpp, 'payments');
    const read = await call(
      tpp,
      cc,
      'GET',
      `${VRPS}/${second.body.Data.DomesticVRPId}`,
      '/domestic-vrps/{DomesticVRPId}',
    );
    assert.equal(read.status, 200, read.text);
    assert.deepEqual(read.body.Data.Instruction, second.body.Data.Instruction);
    assert.deepEqual(read.body.Data.Refund, debtorAccount);
    const details = await call(
      tpp,
      cc,
      'GET',
      `${VRPS}/${second.body.Data.DomesticVRPId}/payment-details`,
      '/domestic-vrps/{DomesticVRPId}/payment-details',
    );
    assert.equal(details.status, 200, details.text);
    assert.equal(details.body.Data.PaymentStatus.length, 1);
    // A domestic payment's path does not name it, nor does another TPP.
    const otherCc = await clientCredentials(otherTpp.tpp, 'payments');
    assertObError(
      await call(
        otherTpp,
        otherCc,
        'GET',
        `${VRPS}/${second.body.Data.DomesticVRPId}`,
        '/domestic-vrps/{DomesticVRPId}',
      ),
      400,
      'UK.OBIE.Resource.NotFound',
    );
  });

  test('a payment over a periodic limit or over the maximum for one payment is refused and posts nothing', async () => {
    const before = await moneyState(consent.consentId);
    // £80 paid today: £30 more would make £110, over the £100 a day.
    assertObError(
      await pay(consent, vrpRequest(consent, '30.00')),
      400,
      'UK.OBIE.Rules.FailsControlParameters',
      'Data.ControlParameters.PeriodicLimits[0].Amount',
    );
    assertObError(
      await pay(consent, vrpRequest(consent, '50.01')),
      400,
      'UK.OBIE.Rules.FailsControlParameters',
      'Data.ControlParameters.MaximumIndividualAmount.Amount',
    );
    // Another type of payment than the consent allows.
    const other = vrpRequest(consent, '1.00');
    other.Data.VRPType = 'UK.OBIE.VRPType.Other';
    assertObError(
      await pay(consent, other),
      400,
      'UK.OBIE.Rules.FailsControlParameters',
      'Data.ControlParameters.VRPType',
    );
    // The Instruction must pay the creditor the consent fixes.
    assertObError(
      await pay(
        consent,
        vrpRequest(consent, '1.00', {
          CreditorAccount: { ...CREDITOR, Identification: '08080099999999' },
        }),
      ),
      400,
      'UK.OBIE.Resource.ConsentMismatch',
      'Data.Instruction.CreditorAccount',
    );
    assert.deepEqual(await moneyState(consent.consentId), before, 'nothing was posted or written');
    // Up to the limit exactly is allowed.
    const last = await pay(consent, vrpRequest(consent, '20.00'));
    assert.equal(last.status, 201, last.text);
    paid.push(last.body.Data.DomesticVRPId);
    assert.equal(
      (await moneyState(consent.consentId)).balance,
      String(BigInt(before.balance) - 2000n),
    );
  });

  test('a client-credentials token cannot pay', async () => {
    const cc = await clientCredentials(tpp.tpp, 'payments');
    const refused = await call(
      tpp,
      cc,
      'POST',
      VRPS,
      '/domestic-vrps',
      vrpRequest(consent, '1.00'),
      {
        'x-idempotency-key': randomUUID(),
      },
    );
    assert.ok([401, 403].includes(refused.status), refused.text);
  });

  test('concurrent payments at a limit do not overshoot it', async () => {
    const tight = await approvedConsent({ maximum: '10.00', day: '30.00' });
    const before = await moneyState(tight.consentId);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => pay(tight, vrpRequest(tight, '10.00'))),
    );
    const made = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status !== 201);
    assert.equal(made.length, 3, answers.map((a) => a.status).join(','));
    for (const answer of refused)
      assertObError(
        answer,
        400,
        'UK.OBIE.Rules.FailsControlParameters',
        'Data.ControlParameters.PeriodicLimits[0].Amount',
      );
    assert.deepEqual(await moneyState(tight.consentId), {
      balance: String(BigInt(before.balance) - 3000n),
      entries: before.entries + 3,
      payments: before.payments + 3,
    });
  });

  test('funds confirmation on the consent answers Available or NotAvailable, never the balance', async () => {
    const path = `${CONSENTS}/${consent.consentId}/funds-confirmation`;
    const template = '/domestic-vrp-consents/{ConsentId}/funds-confirmation';
    const ask = (Amount: string) => ({
      Data: {
        ConsentId: consent.consentId,
        Reference: 'CHECK-1',
        InstructedAmount: { Amount, Currency: 'GBP' },
      },
    });
    const small = await call(tpp, consent.token, 'POST', path, template, ask('10.00'));
    assert.equal(small.status, 201, small.text);
    assert.equal(small.body.Data.FundsAvailableResult.FundsAvailable, 'Available');
    assert.equal(small.body.Data.ConsentId, consent.consentId);
    const huge = await call(tpp, consent.token, 'POST', path, template, ask('99999999.00'));
    assert.equal(huge.status, 201, huge.text);
    assert.equal(huge.body.Data.FundsAvailableResult.FundsAvailable, 'NotAvailable');
    assert.ok(!huge.text.includes('Balance'));
  });

  test('the payments settle like domestic payments, into a pacs.008 valid against its schema', async () => {
    const cc = await clientCredentials(tpp.tpp, 'payments');
    for (const id of paid) {
      const settled = await pollUntil(
        async () => {
          const read = await call(
            tpp,
            cc,
            'GET',
            `${VRPS}/${id}`,
            '/domestic-vrps/{DomesticVRPId}',
          );
          return read.body.Data.Status === 'AcceptedSettlementCompleted' ? read : undefined;
        },
        { timeoutMs: 20_000, intervalMs: 200 },
      );
      assert.ok(settled);
    }
    const xml = (
      await Promise.all(
        (await listMessages(platform.knex)).map((m) => getMessage(platform.knex, m.id)),
      )
    )
      .map((m) => m?.xml ?? '')
      .join('\n');
    for (const id of paid) assert.ok(xml.includes(`<UETR>${id}</UETR>`), `pacs.008 carries ${id}`);
    // Settlement's resource-update events name the VRP payments, which the TPP can read.
    const events = await eventResources();
    for (const id of paid) assert.ok(events.includes(`domestic-vrp ${id}`), `an event names ${id}`);
    for (const message of await listMessages(platform.knex)) {
      const full = await getMessage(platform.knex, message.id);
      await validateMessage(CREDIT_TRANSFER, full!.xml);
    }
    await assertLedgerBalanced();
  });

  test('DELETE revokes the consent and its tokens: the next payment is refused and posts nothing', async () => {
    const cc = await clientCredentials(tpp.tpp, 'payments');
    const before = await moneyState(consent.consentId);
    const deleted = await call(
      tpp,
      cc,
      'DELETE',
      `${CONSENTS}/${consent.consentId}`,
      '/domestic-vrp-consents/{ConsentId}',
    );
    assert.equal(deleted.status, 204, deleted.text);
    const refused = await pay(consent, vrpRequest(consent, '1.00'));
    assert.equal(refused.status, 401, refused.text);
    assertObError(
      await call(
        tpp,
        cc,
        'GET',
        `${CONSENTS}/${consent.consentId}`,
        '/domestic-vrp-consents/{ConsentId}',
      ),
      400,
      'UK.OBIE.Resource.NotFound',
    );
    assert.deepEqual(await moneyState(consent.consentId), before);
    const row = await platform
      .knex('openbanking.consents')
      .where({ id: consent.consentId })
      .first('status');
    assert.equal(row.status, 'Revoked');
    await assertLedgerBalanced();
  });
});

test('the customer can cancel a VRP consent in Connected apps: its tokens end and the TPP hears of it', async () => {
  const other = await approvedConsent();
  assert.equal(
    await revokeConsent(platform.knex, other.consentId, ALICE.id, revokeGrantTokens),
    true,
  );
  const refused = await pay(other, vrpRequest(other, '1.00'));
  assert.equal(refused.status, 401, refused.text);
  assert.ok((await eventResources()).includes(`domestic-vrp-consent ${other.consentId}`));
});
