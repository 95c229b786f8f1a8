import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  callApi,
  clientCredentials,
  DOMESTIC_PAYMENTS_PATH as PAYMENTS,
  OB_IAT,
  OB_ISS,
  signMessage,
  submitDomesticPayment,
  type AccessToken,
  type DomesticPayment,
} from '../../examples/tpp-client.ts';
import {
  clearingAccountFor,
  OUTBOUND_PAYMENT_ACCOUNTS,
  reconcileLedger,
  totalsByCurrency,
} from '../../ledger/index.ts';
import { ALICE, CAROL, authorizeIntent } from '../support/customer-consent.ts';
import { domesticPaymentRequest } from '../support/intent-requests.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import {
  assertSignedByBank,
  createdIntentId,
  onboardTpp,
  type OnboardedTpp,
} from '../support/tpp.ts';

/**
 * PISP domestic payments against the whole platform over real TLS, openid-client as the TPP: the
 * customer authorises a payment consent through the bank's pages, the TPP submits the payment
 * with an x-idempotency-key and an x-jws-signature, and the money moves exactly once. Every
 * answer is held to the official OB document and its signature verified with the bank's JWKS;
 * after each scenario the ledger still sums to zero and reconciles.
 */

const REDIRECT = 'https://tpp.example/cb';

type Tpp = OnboardedTpp;

let platform: TestPlatform;
let dpopTpp: Tpp;
let mtlsTpp: Tpp;

async function onboard(name: string, binding: 'dpop' | 'mtls'): Promise<Tpp> {
  const register =
    binding === 'dpop'
      ? { authMethod: 'private_key_jwt' as const, binding }
      : { authMethod: 'tls_client_auth' as const, binding };
  const onboarded = await onboardTpp(platform, {
    name,
    roles: ['PISP'],
    redirectUri: REDIRECT,
    register,
  });
  // The OB `iss` the TPP signs with is the organisation and software the bank registered.
  const { org_id: orgId, software_id: softwareId } = onboarded.tpp.config.clientMetadata() as {
    org_id?: string;
    software_id?: string;
  };
  assert.equal(onboarded.tpp.signer.iss, `${orgId}/${softwareId}`);
  return onboarded;
}

before(async () => {
  platform = await startTestPlatform();
  [dpopTpp, mtlsTpp] = [
    await onboard('Payments Dpop Ltd', 'dpop'),
    await onboard('Payments Mtls Ltd', 'mtls'),
  ];
});
after(() => platform?.stop());

/** The shared well-formed payment intent, for this amount and with its own instruction id. */
function paymentIntent(amount: string) {
  const intent = domesticPaymentRequest();
  intent.Data.Initiation.InstructedAmount.Amount = amount;
  intent.Data.Initiation.InstructionIdentification = `INSTR-${randomUUID().slice(0, 8)}`;
  return intent;
}

interface AuthorisedConsent {
  consentId: string;
  token: AccessToken;
  /** The OBWriteDomestic2 that pays this consent. */
  request: DomesticPayment & { Data: Record<string, any> };
}

/** The TPP creates a payment intent and the customer authorises it through the bank's pages. */
async function authorisedConsent(
  tpp: Tpp,
  amount: string,
  customer = ALICE,
  consentData: { ReadRefundAccount?: 'Yes' | 'No' } = {},
): Promise<AuthorisedConsent> {
  const intent = paymentIntent(amount);
  Object.assign(intent.Data, consentData);
  const consentId = await createdIntentId(tpp.tpp, 'domestic-payment', intent);
  const token = await authorizeIntent(platform, tpp.tpp, consentId, {
    redirectUri: REDIRECT,
    customer,
  });
  return {
    consentId,
    token,
    request: {
      Data: { ConsentId: consentId, Initiation: intent.Data.Initiation },
      Risk: intent.Risk,
    },
  };
}

/**
 * What the TPP puts in x-jws-signature (examples/tpp-client.ts), with header changes for the
 * refusals.
 */
const tppSignature = (tpp: Tpp, body: string, changes?: Record<string, unknown>) =>
  signMessage(tpp.tpp.signer, body, changes);

interface Answer {
  status: number;
  body: Record<string, any>;
  /** The body as sent: what the signature covers and a retry must repeat. */
  text: string;
  headers: Headers;
}

/**
 * An answer held to the OB document of the operation and, when it has a body, its x-jws-signature
 * verified over the exact bytes with the bank's published keys.
 */
async function answer(
  tpp: Tpp,
  method: 'GET' | 'POST',
  template: string,
  response: Response,
): Promise<Answer> {
  const text = await response.text();
  const parsed = await obResponseBody('payment-initiation', method, template, {
    status: response.status,
    text: async () => text,
  });
  if (text !== '') await assertSignedByBank(tpp.tpp, response.headers, text);
  return { status: response.status, body: parsed, text, headers: response.headers };
}

/** One call with this body text as it is, answered as above. */
async function call(
  tpp: Tpp,
  token: AccessToken,
  method: 'GET' | 'POST',
  path: string,
  template: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return answer(tpp, method, template, await callApi(tpp.tpp, token, method, path, body, headers));
}

/** POST /domestic-payments with a signed body (unless told otherwise) and an idempotency key. */
async function pay(
  tpp: Tpp,
  consent: AuthorisedConsent,
  options: { key?: string; body?: string; signature?: string | null } = {},
): Promise<Answer> {
  const body = options.body ?? JSON.stringify(consent.request);
  const signature =
    options.signature === undefined ? await tppSignature(tpp, body) : options.signature;
  const headers: Record<string, string> = { 'x-idempotency-key': options.key ?? randomUUID() };
  if (signature !== null) headers['x-jws-signature'] = signature;
  return call(tpp, consent.token, 'POST', PAYMENTS, '/domestic-payments', body, headers);
}

/** Asks until the answer is defined, at most `attempts` times, `intervalMs` apart. */
function assertObError(answer: Answer, status: number, code: string, path?: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.equal(answer.body.Errors[0].ErrorCode, code, JSON.stringify(answer.body));
  if (path !== undefined) assert.equal(answer.body.Errors[0].Path, path);
}

interface MoneyState {
  debtorBalance: string;
  debtorEntries: number;
  payments: number;
  consent: string;
}

/**
 * What a payment on this consent would change: the debtor's balance and entries, the consent's
 * payments and status. (Settlement of earlier payments moves other accounts meanwhile.)
 */
async function moneyState(consentId: string): Promise<MoneyState> {
  const { rows } = await platform.knex.raw<{ rows: MoneyState[] }>(
    `SELECT a.balance_minor::text AS "debtorBalance",
            (SELECT count(*)::int FROM ledger.entries e WHERE e.account_id = a.id) AS "debtorEntries",
            (SELECT count(*)::int FROM openbanking.payments p WHERE p.consent_id = c.id) AS payments,
            c.status AS consent
     FROM openbanking.consents c JOIN ledger.accounts a ON a.id = c.debtor_account_id
     WHERE c.id = ?`,
    [consentId],
  );
  assert.ok(rows[0], `consent ${consentId} has a debtor account`);
  return rows[0];
}

async function debtorOf(consentId: string): Promise<string> {
  const row = await platform
    .knex('openbanking.consents')
    .where({ id: consentId })
    .first<{ debtor_account_id: string }>('debtor_account_id');
  return row.debtor_account_id;
}

/**
 * The double-entry invariant: every currency sums to zero and every account matches its entries.
 */
async function assertLedgerBalanced(): Promise<void> {
  for (const [currency, total] of await totalsByCurrency(platform.knex))
    assert.equal(total, 0n, `${currency} total`);
  const reconciliation = await reconcileLedger(platform.knex);
  assert.ok(
    reconciliation.ok,
    JSON.stringify(reconciliation, (_k, v) =>
      typeof v === 'bigint' ? String(v) : v instanceof Map ? [...v] : v,
    ),
  );
}

describe('domestic payments', () => {
  test('pay: 201, the money moves once, the consent is consumed, the payment and its details can be read', async () => {
    const consent = await authorisedConsent(dpopTpp, '12.34');
    const debtor = await debtorOf(consent.consentId);
    const before = await moneyState(consent.consentId);
    assert.equal(before.consent, 'Authorised');

    // As a TPP pays: examples/tpp-client.ts signs the body and adds a fresh idempotency key.
    const paid = await answer(
      dpopTpp,
      'POST',
      '/domestic-payments',
      await submitDomesticPayment(dpopTpp.tpp, consent.token, consent.request),
    );
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const data = paid.body.Data;
    assert.equal(data.ConsentId, consent.consentId);
    assert.equal(data.Status, 'AcceptedSettlementInProcess');
    assert.deepEqual(data.Initiation, consent.request.Data.Initiation);
    assert.equal(data.Refund, undefined, 'the consent did not ask for the refund account');
    assert.equal(paid.body.Links.Self, `${platform.urls.tpp}${PAYMENTS}/${data.DomesticPaymentId}`);

    const after = await moneyState(consent.consentId);
    assert.deepEqual(after, {
      debtorBalance: String(BigInt(before.debtorBalance) - 1234n),
      debtorEntries: before.debtorEntries + 1,
      payments: 1,
      consent: 'Consumed',
    });
    // The clearing sub-account the payment's id picks (ledger/system-accounts.ts).
    const clearing = clearingAccountFor(OUTBOUND_PAYMENT_ACCOUNTS.GBP!, data.DomesticPaymentId);
    const row = await platform
      .knex('openbanking.payments')
      .where({ id: data.DomesticPaymentId })
      .first();
    assert.equal(row.consent_id, consent.consentId);
    assert.equal(row.debtor_account_id, debtor);
    const transfer = await platform
      .knex('ledger.entries')
      .where({ transfer_id: row.ledger_transfer_id })
      .select('account_id', 'amount_minor');
    assert.deepEqual(
      transfer
        .map((e: { account_id: string; amount_minor: string }) => [
          e.account_id,
          String(e.amount_minor),
        ])
        .sort(),
      [
        [clearing, '1234'],
        [debtor, '-1234'],
      ].sort(),
    );

    const cc = await clientCredentials(dpopTpp.tpp, 'payments');
    const read = await call(
      dpopTpp,
      cc,
      'GET',
      `${PAYMENTS}/${data.DomesticPaymentId}`,
      '/domestic-payments/{DomesticPaymentId}',
    );
    assert.equal(read.status, 200);
    assert.equal(read.body.Data.DomesticPaymentId, data.DomesticPaymentId);
    assert.deepEqual(read.body.Data.Initiation, data.Initiation);
    assert.ok(
      ['AcceptedSettlementInProcess', 'AcceptedSettlementCompleted'].includes(
        read.body.Data.Status,
      ),
    );
    const details = await call(
      dpopTpp,
      cc,
      'GET',
      `${PAYMENTS}/${data.DomesticPaymentId}/payment-details`,
      '/domestic-payments/{DomesticPaymentId}/payment-details',
    );
    assert.equal(details.status, 200);
    assert.equal(details.body.Data.PaymentStatus[0].PaymentTransactionId, row.ledger_transfer_id);

    // The settlement job was enqueued with the payment: the worker completes it.
    const settled = await pollUntil(
      async () => {
        const status = (
          await call(
            dpopTpp,
            cc,
            'GET',
            `${PAYMENTS}/${data.DomesticPaymentId}`,
            '/domestic-payments/{DomesticPaymentId}',
          )
        ).body.Data.Status;
        return status === 'AcceptedSettlementCompleted' ? status : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    assert.equal(settled, 'AcceptedSettlementCompleted');

    // Another TPP cannot see it: an unknown payment, not a 403 that would confirm it exists.
    const otherCc = await clientCredentials(mtlsTpp.tpp, 'payments');
    assertObError(
      await call(
        mtlsTpp,
        otherCc,
        'GET',
        `${PAYMENTS}/${data.DomesticPaymentId}`,
        '/domestic-payments/{DomesticPaymentId}',
      ),
      400,
      'UK.OBIE.Resource.NotFound',
    );
    assert.ok(
      !platform
        .logLines()
        .some(
          (line) => line.includes(consent.token.access_token) || line.includes(cc.access_token),
        ),
      'no token is logged',
    );
    await assertLedgerBalanced();
  });

  test('ReadRefundAccount Yes: the payment names the account it was paid from as Refund, made and read', async () => {
    const consent = await authorisedConsent(dpopTpp, '1.05', ALICE, { ReadRefundAccount: 'Yes' });
    const account = await platform
      .knex('ledger.accounts')
      .where({ id: await debtorOf(consent.consentId) })
      .first<{ sort_code: string; account_number: string; name: string }>(
        'sort_code',
        'account_number',
        'name',
      );
    const refund = {
      Account: {
        SchemeName: 'UK.OBIE.SortCodeAccountNumber',
        Identification: `${account.sort_code}${account.account_number}`,
        Name: account.name,
      },
    };
    const paid = await pay(dpopTpp, consent);
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.deepEqual(paid.body.Data.Refund, refund);
    const read = await call(
      dpopTpp,
      await clientCredentials(dpopTpp.tpp, 'payments'),
      'GET',
      `${PAYMENTS}/${paid.body.Data.DomesticPaymentId}`,
      '/domestic-payments/{DomesticPaymentId}',
    );
    assert.equal(read.status, 200);
    assert.deepEqual(read.body.Data.Refund, refund);
  });

  test('a retry with the same key and body gets the same payment; another body under the key is refused', async () => {
    const consent = await authorisedConsent(mtlsTpp, '1.00');
    const key = randomUUID();
    const first = await pay(mtlsTpp, consent, { key });
    assert.equal(first.status, 201);
    const state = await moneyState(consent.consentId);
    const retried = await pay(mtlsTpp, consent, { key });
    assert.equal(retried.status, 201);
    assert.equal(retried.text, first.text);
    const changed = JSON.stringify({ ...consent.request, Risk: {} });
    assertObError(
      await pay(mtlsTpp, consent, { key, body: changed }),
      400,
      'UK.OBIE.Header.Invalid',
      'x-idempotency-key',
    );
    assert.deepEqual(await moneyState(consent.consentId), state);
    await assertLedgerBalanced();
  });

  test('a consent pays once: a second payment under a new key is refused and changes nothing', async () => {
    const consent = await authorisedConsent(dpopTpp, '2.00');
    assert.equal((await pay(dpopTpp, consent)).status, 201);
    const state = await moneyState(consent.consentId);
    assertObError(await pay(dpopTpp, consent), 400, 'UK.OBIE.Resource.InvalidConsentStatus');
    assert.deepEqual(await moneyState(consent.consentId), state);
    await assertLedgerBalanced();
  });

  test('more than the balance is refused and nothing changes; funds confirmation says so without the balance', async () => {
    // Carol holds little: each consent fits her balance when she authorises it, both together do
    // not.
    const first = await authorisedConsent(dpopTpp, '15.00', CAROL);
    const second = await authorisedConsent(dpopTpp, '15.00', CAROL);
    assert.equal(await debtorOf(second.consentId), await debtorOf(first.consentId));
    const template = '/domestic-payment-consents/{ConsentId}/funds-confirmation';
    const fundsOf = (consent: AuthorisedConsent) =>
      call(
        dpopTpp,
        consent.token,
        'GET',
        `/open-banking/v3.1/pisp/domestic-payment-consents/${consent.consentId}/funds-confirmation`,
        template,
      );

    const before = await fundsOf(second);
    assert.equal(before.status, 200);
    assert.deepEqual(Object.keys(before.body.Data.FundsAvailableResult).sort(), [
      'FundsAvailable',
      'FundsAvailableDateTime',
    ]);
    assert.equal(before.body.Data.FundsAvailableResult.FundsAvailable, true);
    assert.equal((await pay(dpopTpp, first)).status, 201);
    assert.equal((await fundsOf(second)).body.Data.FundsAvailableResult.FundsAvailable, false);

    const state = await moneyState(second.consentId);
    assert.equal(state.consent, 'Authorised');
    assertObError(
      await pay(dpopTpp, second),
      400,
      'UK.SandboxBank.InsufficientFunds',
      'Data.Initiation.InstructedAmount',
    );
    assert.deepEqual(await moneyState(second.consentId), state);

    // The token of one consent does not confirm funds for another.
    const foreign = await call(
      dpopTpp,
      second.token,
      'GET',
      `/open-banking/v3.1/pisp/domestic-payment-consents/${first.consentId}/funds-confirmation`,
      template,
    );
    assertObError(foreign, 400, 'UK.OBIE.Resource.ConsentMismatch', 'ConsentId');

    // The funds-confirmation API's rule (ledger coversDebit): an overdraft covers the payment, a
    // disabled account covers nothing.
    const debtor = platform.knex('ledger.accounts').where({ id: await debtorOf(second.consentId) });
    const available = async () =>
      (await fundsOf(second)).body.Data.FundsAvailableResult.FundsAvailable;
    try {
      await debtor.clone().update({ allow_negative_balance: true });
      assert.equal(await available(), true, 'within an overdraft');
      await debtor.clone().update({ status: 'Disabled' });
      assert.equal(await available(), false, 'a disabled account');
      // And the bank takes no money from it: the payment is refused and changes nothing.
      const blocked = await moneyState(second.consentId);
      assertObError(await pay(dpopTpp, second), 400, 'UK.SandboxBank.AccountBlocked');
      assert.deepEqual(await moneyState(second.consentId), blocked);
    } finally {
      await debtor.clone().update({ allow_negative_balance: false, status: 'Enabled' });
    }
    await assertLedgerBalanced();
  });

  test('a missing, malformed, wrong or foreign x-jws-signature is refused and changes nothing', async () => {
    const consent = await authorisedConsent(dpopTpp, '3.00');
    const body = JSON.stringify(consent.request);
    const state = await moneyState(consent.consentId);
    assertObError(
      await pay(dpopTpp, consent, { signature: null }),
      400,
      'UK.OBIE.Signature.Missing',
    );
    assertObError(
      await pay(dpopTpp, consent, { signature: 'not-a-jws' }),
      400,
      'UK.OBIE.Signature.Malformed',
    );
    assertObError(
      await pay(dpopTpp, consent, { signature: await tppSignature(dpopTpp, `${body} `) }),
      400,
      'UK.OBIE.Signature.Invalid',
    );
    // Signed by another TPP's registered key: valid JWS, wrong signer.
    assertObError(
      await pay(dpopTpp, consent, { signature: await tppSignature(mtlsTpp, body) }),
      400,
      'UK.OBIE.Signature.InvalidClaim',
      OB_ISS,
    );
    assertObError(
      await pay(dpopTpp, consent, {
        signature: await tppSignature(mtlsTpp, body, { [OB_ISS]: dpopTpp.tpp.signer.iss }),
      }),
      400,
      'UK.OBIE.Signature.Invalid',
    );
    assertObError(
      await pay(dpopTpp, consent, { signature: await tppSignature(dpopTpp, body, { b64: false }) }),
      400,
      'UK.OBIE.Signature.InvalidClaim',
      'b64',
    );
    assertObError(
      await pay(dpopTpp, consent, {
        signature: await tppSignature(dpopTpp, body, { crit: [OB_IAT] }),
      }),
      400,
      'UK.OBIE.Signature.InvalidClaim',
      'crit',
    );
    assert.deepEqual(await moneyState(consent.consentId), state);
    assert.equal((await pay(dpopTpp, consent)).status, 201);
    await assertLedgerBalanced();
  });

  test('the payment must be the consent: its ConsentId and Initiation, and an idempotency key', async () => {
    const consent = await authorisedConsent(dpopTpp, '4.00');
    const other = await authorisedConsent(dpopTpp, '4.00');
    const state = await moneyState(consent.consentId);
    const foreign = JSON.stringify({
      ...consent.request,
      Data: { ...consent.request.Data, ConsentId: other.consentId },
    });
    assertObError(
      await pay(dpopTpp, consent, { body: foreign }),
      400,
      'UK.OBIE.Resource.ConsentMismatch',
      'Data.ConsentId',
    );
    const more = JSON.stringify({
      ...consent.request,
      Data: {
        ...consent.request.Data,
        Initiation: {
          ...consent.request.Data.Initiation,
          InstructedAmount: { Amount: '400.00', Currency: 'GBP' },
        },
      },
    });
    assertObError(
      await pay(dpopTpp, consent, { body: more }),
      400,
      'UK.OBIE.Resource.ConsentMismatch',
      'Data.Initiation',
    );
    const body = JSON.stringify(consent.request);
    const noKey = await call(dpopTpp, consent.token, 'POST', PAYMENTS, '/domestic-payments', body, {
      'x-jws-signature': await tppSignature(dpopTpp, body),
    });
    assertObError(noKey, 400, 'UK.OBIE.Header.Missing', 'x-idempotency-key');
    assertObError(
      await pay(dpopTpp, consent, { key: 'k'.repeat(41) }),
      400,
      'UK.OBIE.Header.Invalid',
      'x-idempotency-key',
    );
    assert.deepEqual(await moneyState(consent.consentId), state);
    await assertLedgerBalanced();
  });

  test('parallel payments under different keys on one consent: exactly one is made', async () => {
    const consent = await authorisedConsent(dpopTpp, '0.50');
    const before = await moneyState(consent.consentId);
    const answers = await Promise.all(Array.from({ length: 10 }, () => pay(dpopTpp, consent)));
    const made = answers.filter((a) => a.status === 201);
    assert.equal(made.length, 1, JSON.stringify(answers.map((a) => a.status)));
    for (const refused of answers.filter((a) => a.status !== 201))
      assertObError(refused, 400, 'UK.OBIE.Resource.InvalidConsentStatus');
    assert.deepEqual(await moneyState(consent.consentId), {
      debtorBalance: String(BigInt(before.debtorBalance) - 50n),
      debtorEntries: before.debtorEntries + 1,
      payments: 1,
      consent: 'Consumed',
    });
    await assertLedgerBalanced();
  });

  test('100 parallel submissions with one idempotency key make exactly one payment and one transfer', async () => {
    const consent = await authorisedConsent(mtlsTpp, '7.77');
    const debtor = await debtorOf(consent.consentId);
    const before = await moneyState(consent.consentId);
    const key = randomUUID();
    const body = JSON.stringify(consent.request);
    const signature = await tppSignature(mtlsTpp, body);
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => pay(mtlsTpp, consent, { key, body, signature })),
    );
    const statuses = answers.map((a) => a.status);
    assert.deepEqual(
      new Set(statuses),
      new Set([201]),
      JSON.stringify(answers.find((a) => a.status !== 201)?.body),
    );
    const distinct = new Set(answers.map((a) => a.text));
    assert.equal(distinct.size, 1, `every answer is the same payment: ${[...distinct].join('\n')}`);
    assert.deepEqual(await moneyState(consent.consentId), {
      debtorBalance: String(BigInt(before.debtorBalance) - 777n),
      debtorEntries: before.debtorEntries + 1,
      payments: 1,
      consent: 'Consumed',
    });
    const debits = await platform
      .knex('ledger.entries')
      .join('ledger.transfers', 'transfers.id', 'entries.transfer_id')
      .where({ 'entries.account_id': debtor, 'transfers.kind': 'domestic-payment' })
      .andWhere('entries.amount_minor', -777);
    assert.equal(debits.length, 1);
    await assertLedgerBalanced();
  });
});
