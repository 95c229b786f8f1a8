import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Knex } from 'knex';
import { SYSTEM_ACCOUNT_IDS, getAccountBalance, postTransfer, reconcileLedger, totalsByCurrency } from '../../ledger/index.ts';
import { createLogger } from '../../platform/logging.ts';
import type { TestDatabase } from '../../test/support/database.ts';
import { enqueueJob, enqueueSettlement, startWorker } from '../index.ts';
import { ALICE, addRawJob, eventually, jobsOf, runDueJobs, createSeededDatabase } from './jobs.ts';

const CLEARING = SYSTEM_ACCOUNT_IDS.gbpOutboundClearing;
const SETTLEMENT = SYSTEM_ACCOUNT_IDS.gbpSchemeSettlement;

let database: TestDatabase;
before(async () => {
  database = await createSeededDatabase();
});
after(() => database?.drop());

interface PaymentOptions {
  amountMinor: bigint;
  /** Run inside the payment's transaction before it commits (e.g. to make it roll back). */
  beforeCommit?: (trx: Knex.Transaction) => Promise<void>;
}

/**
 * A domestic payment as the payment endpoint writes it: consumed consent, customer -> outbound
 * clearing transfer, payment row AcceptedSettlementInProcess and its settlement job, one transaction.
 */
async function submitPayment({ amountMinor, beforeCommit }: PaymentOptions): Promise<string> {
  const paymentId = randomUUID();
  const consentId = `pdc-${randomUUID()}`;
  const amount = `${amountMinor / 100n}.${String(amountMinor % 100n).padStart(2, '0')}`;
  const initiation = {
    InstructionIdentification: 'instr-1',
    EndToEndIdentification: 'e2e-1',
    InstructedAmount: { Amount: amount, Currency: 'GBP' },
    CreditorAccount: { SchemeName: 'UK.OBIE.SortCodeAccountNumber', Identification: '40400412345678', Name: 'Payee' },
  };
  await database.knex.transaction(async (trx) => {
    await trx.raw(
      `INSERT INTO openbanking.consents (id, kind, client_id, status, initiation, risk, customer_id, debtor_account_id, authorised_at)
       VALUES (?, 'domestic-payment', 'client-1', 'Consumed', ?::jsonb, '{}'::jsonb, ?, ?, now())`,
      [consentId, JSON.stringify(initiation), ALICE.id, ALICE.current.id],
    );
    const transfer = await postTransfer(trx, {
      kind: 'domestic-payment',
      reference: `payment ${paymentId}`,
      entries: [
        { accountId: ALICE.current.id, currency: 'GBP', amountMinor: -amountMinor },
        { accountId: CLEARING, currency: 'GBP', amountMinor },
      ],
    });
    await trx.raw(
      `INSERT INTO openbanking.payments (id, consent_id, client_id, status, initiation, debtor_account_id, ledger_transfer_id)
       VALUES (?, ?, 'client-1', 'AcceptedSettlementInProcess', ?::jsonb, ?, ?)`,
      [paymentId, consentId, JSON.stringify(initiation), ALICE.current.id, transfer.transferId],
    );
    await enqueueSettlement(trx, paymentId);
    await beforeCommit?.(trx);
  });
  return paymentId;
}

async function payment(paymentId: string) {
  const row = await database.knex('openbanking.payments').where({ id: paymentId }).first();
  assert(row, `payment ${paymentId} exists`);
  return row as { status: string; settlement_transfer_id: string | null; ledger_transfer_id: string };
}

async function settlementTransfers(paymentId: string): Promise<{ id: string }[]> {
  return database.knex('ledger.transfers').select('id').where({ kind: 'settlement' }).whereRaw("metadata ->> 'paymentId' = ?", [paymentId]);
}

async function balances() {
  return {
    customer: (await getAccountBalance(database.knex, ALICE.current.id)).balanceMinor,
    clearing: (await getAccountBalance(database.knex, CLEARING)).balanceMinor,
    settlement: (await getAccountBalance(database.knex, SETTLEMENT)).balanceMinor,
  };
}

async function assertLedgerBalanced(): Promise<void> {
  const reconciliation = await reconcileLedger(database.knex);
  assert.equal(reconciliation.ok, true, JSON.stringify(reconciliation, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
  for (const [currency, total] of await totalsByCurrency(database.knex)) assert.equal(total, 0n, `${currency} total`);
}

describe('settle-payment', () => {
  test('moves the payment from outbound clearing to scheme settlement and completes it', async () => {
    const before = await balances();
    const paymentId = await submitPayment({ amountMinor: 1234n });
    assert.equal((await payment(paymentId)).status, 'AcceptedSettlementInProcess');
    assert.equal((await jobsOf(database.knex, 'settle-payment')).length, 1, 'the job committed with the payment');

    await runDueJobs(database);

    const settled = await payment(paymentId);
    assert.equal(settled.status, 'AcceptedSettlementCompleted');
    const transfers = await settlementTransfers(paymentId);
    assert.equal(transfers.length, 1);
    assert.equal(settled.settlement_transfer_id, transfers[0]?.id);
    const entries = await database.knex('ledger.entries').select('account_id', 'amount_minor').where({ transfer_id: settled.settlement_transfer_id });
    assert.deepEqual(
      new Map(entries.map((entry: { account_id: string; amount_minor: bigint }) => [entry.account_id, entry.amount_minor])),
      new Map([
        [CLEARING, -1234n],
        [SETTLEMENT, 1234n],
      ]),
    );
    const afterwards = await balances();
    assert.equal(afterwards.customer, before.customer - 1234n);
    assert.equal(afterwards.clearing, before.clearing, 'clearing is back where it was');
    assert.equal(afterwards.settlement, before.settlement + 1234n);
    assert.deepEqual(await jobsOf(database.knex, 'settle-payment'), [], 'the job completed');
    await assertLedgerBalanced();
  });

  test('a second delivery of a settled payment posts nothing', async () => {
    const paymentId = await submitPayment({ amountMinor: 500n });
    await runDueJobs(database);
    const settled = await payment(paymentId);
    const before = await balances();

    await addRawJob(database.knex, 'settle-payment', { paymentId });
    await runDueJobs(database);

    assert.deepEqual(await jobsOf(database.knex, 'settle-payment'), [], 'the duplicate completed without error');
    assert.deepEqual(await payment(paymentId), settled);
    assert.equal((await settlementTransfers(paymentId)).length, 1);
    assert.deepEqual(await balances(), before);
    await assertLedgerBalanced();
  });

  test('concurrent deliveries of one payment settle it once', async () => {
    const before = await balances();
    const paymentId = await submitPayment({ amountMinor: 777n });
    for (let copy = 0; copy < 3; copy += 1) await addRawJob(database.knex, 'settle-payment', { paymentId });
    assert.equal((await jobsOf(database.knex, 'settle-payment')).length, 4);

    const worker = await startWorker({
      knex: database.knex,
      connectionString: database.url,
      logger: createLogger({ level: 'silent' }),
      concurrency: 4,
    });
    try {
      await eventually(async () => (await jobsOf(database.knex, 'settle-payment')).length === 0, 'the four deliveries to complete');
    } finally {
      await worker.stop();
    }

    assert.equal((await payment(paymentId)).status, 'AcceptedSettlementCompleted');
    assert.equal((await settlementTransfers(paymentId)).length, 1);
    const afterwards = await balances();
    assert.equal(afterwards.settlement, before.settlement + 777n);
    assert.equal(afterwards.clearing, before.clearing);
    await assertLedgerBalanced();
  });

  test('a payment that rolls back leaves no job behind', async () => {
    const before = await balances();
    let enqueuedInside = 0;
    await assert.rejects(
      submitPayment({
        amountMinor: 100n,
        beforeCommit: async (trx) => {
          enqueuedInside = (await jobsOf(trx, 'settle-payment')).length;
          throw new Error('payment failed after enqueuing');
        },
      }),
      /payment failed after enqueuing/,
    );
    assert.equal(enqueuedInside, 1, 'the job was there inside the transaction');
    assert.deepEqual(await jobsOf(database.knex, 'settle-payment'), []);
    assert.deepEqual(await balances(), before);
  });

  test('enqueuing needs the caller transaction', async () => {
    await assert.rejects(
      enqueueJob(database.knex as never, 'settle-payment', { paymentId: 'p-1' }),
      /settle-payment: needs the caller's transaction/,
    );
    assert.deepEqual(await jobsOf(database.knex, 'settle-payment'), []);
  });

  test('a payload without a payment id fails the job and changes nothing', async () => {
    const before = await balances();
    await addRawJob(database.knex, 'settle-payment', { payment: 'x' });
    await runDueJobs(database);
    const [job, ...others] = await jobsOf(database.knex, 'settle-payment');
    assert.equal(others.length, 0);
    assert.equal(job?.attempts, 1);
    assert.match(job?.last_error ?? '', /settle-payment: invalid job payload: paymentId must be a string/);
    assert.deepEqual(await balances(), before);
    await database.knex.raw('SELECT graphile_worker.complete_jobs(ARRAY[?::bigint])', [job?.id]);
  });
});
