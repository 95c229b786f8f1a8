import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { settleBatch } from '../../events/index.ts';
import { ALICE, createSeededDatabase, submitPayment } from '../../events/test/jobs.ts';
import { SANDBOX_SORT_CODE } from '../../db/seeds/index.ts';
import {
  SYSTEM_ACCOUNT_IDS,
  getAccountBalance,
  reconcileLedger,
  totalsByCurrency,
} from '../../ledger/index.ts';
import type { TestDatabase } from '../../test/support/database.ts';
import {
  applyStatusReport,
  CREDIT_TRANSFER,
  exportMessages,
  getMessage,
  InvalidIsoMessageError,
  listMessages,
  StatusReportRefusedError,
  validateMessage,
} from '../index.ts';
import { statusReportXml, type StatusReportInput } from './status-report-xml.ts';

/**
 * The outbox over a real database: settlement batches become pacs.008 messages once each, the
 * operator collects them, and the scheme's pacs.002 answers move the payments through the ledger,
 * or are refused whole.
 */

const SETTLEMENT = SYSTEM_ACCOUNT_IDS.gbpSchemeSettlement;

let database: TestDatabase;
before(async () => {
  database = await createSeededDatabase();
  // The payments' TPP (events/test/jobs.ts pays as client-1) polls for events.
  await database
    .knex('openbanking.event_subscriptions')
    .insert({ id: 'sub-client-1', client_id: 'client-1', version: '3.1' });
});
after(() => database?.drop());

/**
 * Payments of these amounts, settled together: the batch's message id and the payment ids in order.
 */
async function settledBatch(
  amounts: readonly bigint[],
): Promise<{ messageId: string; payments: string[]; transferId: string }> {
  const payments: string[] = [];
  for (const amountMinor of amounts)
    payments.push(await submitPayment(database.knex, { amountMinor }));
  const batch = await settleBatch(database.knex, 'GBP');
  assert.equal(batch.payments, amounts.length);
  assert.ok(batch.messageId && batch.transferId);
  return { messageId: batch.messageId, payments, transferId: batch.transferId };
}

interface State {
  payments: Record<string, { status: string; reversal: string | null }>;
  alice: bigint;
  settlement: bigint;
  reports: number;
  events: number;
  transactions: unknown[];
}

async function state(paymentIds: readonly string[]): Promise<State> {
  const rows = (await database
    .knex('openbanking.payments')
    .whereIn('id', paymentIds)
    .select('id', 'status', 'reversal_transfer_id')) as {
    id: string;
    status: string;
    reversal_transfer_id: string | null;
  }[];
  const [reports] = await database
    .knex('iso20022.status_reports')
    .count<{ count: string }[]>('* as count');
  const [events] = await database
    .knex('openbanking.event_deliveries')
    .whereIn('resource_id', paymentIds)
    .count<{ count: string }[]>('* as count');
  return {
    payments: Object.fromEntries(
      rows.map((row) => [row.id, { status: row.status, reversal: row.reversal_transfer_id }]),
    ),
    alice: (await getAccountBalance(database.knex, ALICE.current.id)).balanceMinor,
    settlement: (await getAccountBalance(database.knex, SETTLEMENT)).balanceMinor,
    reports: Number(reports?.count),
    events: Number(events?.count),
    transactions: await database
      .knex('iso20022.message_transactions')
      .whereIn('payment_id', paymentIds)
      .orderBy('payment_id')
      .select('payment_id', 'status', 'reason_code', 'status_report_id'),
  };
}

async function eventsFor(paymentId: string): Promise<number> {
  const [row] = await database
    .knex('openbanking.event_deliveries')
    .where({ resource_id: paymentId })
    .count<{ count: string }[]>('* as count');
  return Number(row?.count);
}

async function assertLedgerBalanced(): Promise<void> {
  const reconciliation = await reconcileLedger(database.knex);
  assert.equal(
    reconciliation.ok,
    true,
    JSON.stringify(reconciliation, (_key, value: unknown) =>
      typeof value === 'bigint' ? String(value) : value,
    ),
  );
  for (const [currency, total] of await totalsByCurrency(database.knex))
    assert.equal(total, 0n, `${currency} sums to zero`);
}

let reportCount = 0;
function report(input: Omit<StatusReportInput, 'messageId'> & { messageId?: string }): string {
  reportCount += 1;
  return statusReportXml({ messageId: `REPORT-${reportCount}`, ...input });
}

describe('settlement writes its batch to the outbox', () => {
  test('one pacs.008 per batch, valid, with every payment of the batch and a control sum equal to the settlement transfer', async () => {
    const { messageId, payments, transferId } = await settledBatch([1234n, 500n, 66n]);
    const message = await getMessage(database.knex, messageId);
    assert.ok(message);
    assert.equal(message.messageName, CREDIT_TRANSFER);
    assert.equal(message.settlementTransferId, transferId);
    assert.equal(
      messageId,
      transferId.replaceAll('-', ''),
      'the message is named after its settlement transfer',
    );
    assert.equal(message.transactions, 3);
    assert.equal(message.controlSumMinor, 1800n);
    assert.equal(message.status, 'ready');
    await validateMessage(CREDIT_TRANSFER, message.xml);
    const [credit] = (await database
      .knex('ledger.entries')
      .where({ transfer_id: transferId, account_id: SETTLEMENT })
      .select('amount_minor')) as { amount_minor: bigint }[];
    assert.equal(
      BigInt(credit!.amount_minor),
      message.controlSumMinor,
      'the control sum is what the settlement moved',
    );
    assert.match(message.xml, /<CtrlSum>18\.00<\/CtrlSum>/);
    for (const paymentId of payments)
      assert.ok(
        message.xml.includes(`<UETR>${paymentId}</UETR>`),
        `payment ${paymentId} is in the message`,
      );
    assert.match(
      message.xml,
      /<Id>40400412345678<\/Id>/,
      'the creditor account as the TPP gave it',
    );
    assert.match(
      message.xml,
      new RegExp(`<Dbtr>\\s*<Nm>${ALICE.displayName}</Nm>`),
      'the debtor is named',
    );
    assert.ok(
      message.xml.includes(`<Id>${SANDBOX_SORT_CODE}${ALICE.current.accountNumber}</Id>`),
      'the debtor account is named',
    );
    assert.doesNotMatch(message.xml, /client-1|pdc-/, 'no TPP or consent ids leave the bank');

    // A repeated run (a retried or duplicate job) finds nothing to settle and writes nothing.
    const again = await settleBatch(database.knex, 'GBP');
    assert.deepEqual(again, { transferId: null, payments: 0, messageId: null });
    assert.equal(
      (await listMessages(database.knex)).filter((listed) => listed.id === messageId).length,
      1,
    );
  });

  test('a settlement that fails writes no message and settles nothing', async () => {
    const paymentId = await submitPayment(database.knex, { amountMinor: 700n });
    // The initiation no longer matches what the ledger cleared: the message cannot be made.
    await database.knex.raw(
      `UPDATE openbanking.payments SET initiation = jsonb_set(initiation, '{InstructedAmount,Amount}', '"7.01"') WHERE id = ?`,
      [paymentId],
    );
    const before = (await listMessages(database.knex)).length;
    await assert.rejects(settleBatch(database.knex, 'GBP'), /initiation says 7.01/);
    assert.equal((await listMessages(database.knex)).length, before);
    const [row] = (await database
      .knex('openbanking.payments')
      .where({ id: paymentId })
      .select('status', 'settlement_transfer_id')) as {
      status: string;
      settlement_transfer_id: string | null;
    }[];
    assert.deepEqual(row, { status: 'AcceptedSettlementInProcess', settlement_transfer_id: null });
    await database.knex.raw(
      `UPDATE openbanking.payments SET initiation = jsonb_set(initiation, '{InstructedAmount,Amount}', '"7.00"') WHERE id = ?`,
      [paymentId],
    );
    assert.equal(
      (await settleBatch(database.knex, 'GBP')).payments,
      1,
      'settled once the data is right',
    );
  });

  test('the operator collects the messages not yet collected as files, once; --all writes them again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iso20022-export-'));
    try {
      const ready = await listMessages(database.knex, { status: 'ready' });
      assert.ok(ready.length >= 2);
      const files = await exportMessages(database.knex, join(dir, 'out'));
      assert.deepEqual(
        files.map((file) => file.slice(file.lastIndexOf('/') + 1)).sort(),
        ready.map((message) => `${message.id}.xml`).sort(),
      );
      for (const message of ready) {
        const file = join(dir, 'out', `${message.id}.xml`);
        assert.equal(
          await readFile(file, 'utf8'),
          (await getMessage(database.knex, message.id))!.xml,
        );
        assert.equal(
          (await stat(file)).mode & 0o777,
          0o600,
          'the file holds account numbers: owner only',
        );
      }
      assert.deepEqual(await listMessages(database.knex, { status: 'ready' }), []);
      assert.ok(
        (await listMessages(database.knex, { status: 'collected' })).every(
          (message) => message.collectedAt instanceof Date,
        ),
      );
      assert.deepEqual(
        await exportMessages(database.knex, join(dir, 'out')),
        [],
        'nothing new to collect',
      );
      assert.equal(
        (await exportMessages(database.knex, join(dir, 'again'), { all: true })).length,
        (await listMessages(database.knex)).length,
      );
      assert.ok(
        (await readdir(join(dir, 'out'))).every((name) => name.endsWith('.xml')),
        'no partial files left behind',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('pacs.002 status reports fed back', () => {
  test("RJCT returns the money by a balanced reversal, ACCC completes on the creditor's side, ACSP is recorded; events follow", async () => {
    const { messageId, payments } = await settledBatch([2500n, 1500n, 300n]);
    const [rejected, credited, pending] = payments as [string, string, string];
    const before = await state(payments);
    const eventsBefore = await Promise.all(payments.map(eventsFor));

    const applied = await applyStatusReport(
      database.knex,
      report({
        messageId: 'SCHEME-RPT-1',
        originalMessageId: messageId,
        transactions: [
          { uetr: rejected, endToEndId: 'e2e-1', status: 'RJCT', reason: 'AC04' },
          { txId: credited.replaceAll('-', ''), status: 'ACCC' },
          { uetr: pending, status: 'ACSP' },
        ],
      }),
    );
    assert.equal(applied.alreadyApplied, false);
    assert.deepEqual(applied.credited, [credited]);
    assert.deepEqual(
      applied.rejected.map(({ paymentId, reason }) => [paymentId, reason]),
      [[rejected, 'AC04']],
    );
    assert.deepEqual(applied.unchanged, [pending]);

    const after = await state(payments);
    assert.equal(after.payments[rejected]!.status, 'Rejected');
    assert.equal(after.payments[rejected]!.reversal, applied.rejected[0]!.reversalTransferId);
    assert.equal(after.payments[credited]!.status, 'AcceptedCreditSettlementCompleted');
    assert.equal(after.payments[pending]!.status, 'AcceptedSettlementCompleted');
    assert.equal(
      after.alice,
      before.alice + 2500n,
      "the rejected payment's money is back with the debtor",
    );
    assert.equal(after.settlement, before.settlement - 2500n, 'taken back from scheme settlement');
    const reversal = (await database
      .knex('ledger.entries')
      .where({ transfer_id: applied.rejected[0]!.reversalTransferId })
      .select('account_id', 'amount_minor')) as { account_id: string; amount_minor: bigint }[];
    assert.deepEqual(
      new Map(reversal.map((entry) => [entry.account_id, BigInt(entry.amount_minor)])),
      new Map([
        [SETTLEMENT, -2500n],
        [ALICE.current.id, 2500n],
      ]),
    );
    const [transfer] = await database
      .knex('ledger.transfers')
      .where({ id: applied.rejected[0]!.reversalTransferId })
      .select('kind', 'reference');
    assert.equal(transfer.kind, 'reversal');
    assert.match(transfer.reference, /AC04/);
    assert.deepEqual(
      after.transactions,
      [
        {
          payment_id: rejected,
          status: 'RJCT',
          reason_code: 'AC04',
          status_report_id: 'SCHEME-RPT-1',
        },
        {
          payment_id: credited,
          status: 'ACCC',
          reason_code: null,
          status_report_id: 'SCHEME-RPT-1',
        },
        {
          payment_id: pending,
          status: 'ACSP',
          reason_code: null,
          status_report_id: 'SCHEME-RPT-1',
        },
      ].sort((a, b) => (a.payment_id < b.payment_id ? -1 : 1)),
    );
    assert.deepEqual(
      await Promise.all(payments.map(eventsFor)),
      [eventsBefore[0]! + 1, eventsBefore[1]! + 1, eventsBefore[2]!],
      'a resource-update for each payment whose status changed',
    );
    await assertLedgerBalanced();

    // The same report again changes nothing.
    const again = await applyStatusReport(
      database.knex,
      (await database.knex('iso20022.status_reports').where({ id: 'SCHEME-RPT-1' }).first()).xml,
    );
    assert.equal(again.alreadyApplied, true);
    assert.deepEqual(await state(payments), after);

    // A later report of the same outcome is recorded without moving money twice; ACSC later on the
    // pending one is recorded.
    const later = await applyStatusReport(
      database.knex,
      report({
        originalMessageId: messageId,
        transactions: [
          { uetr: rejected, status: 'RJCT', reason: 'AC04' },
          { uetr: pending, status: 'ACSC' },
        ],
      }),
    );
    assert.deepEqual(
      [later.credited, later.rejected, later.unchanged],
      [[], [], [rejected, pending]],
    );
    const final = await state(payments);
    assert.equal(final.alice, after.alice);
    assert.equal(final.payments[rejected]!.reversal, after.payments[rejected]!.reversal);
    await assertLedgerBalanced();
  });

  test('a group status with no transactions applies to every payment of the message', async () => {
    const { messageId, payments } = await settledBatch([100n, 200n]);
    const before = await state(payments);
    const applied = await applyStatusReport(
      database.knex,
      report({ originalMessageId: messageId, groupStatus: 'RJCT', groupReason: 'AM05' }),
    );
    assert.deepEqual(
      applied.rejected.map(({ paymentId, reason }) => [paymentId, reason]).sort(),
      payments.map((id) => [id, 'AM05']).sort(),
    );
    const after = await state(payments);
    assert.ok(Object.values(after.payments).every((payment) => payment.status === 'Rejected'));
    assert.equal(after.alice, before.alice + 300n);
    await assertLedgerBalanced();
  });

  test('a report that names what the bank did not send, contradicts it, or is not a valid pacs.002 is refused whole and changes nothing', async () => {
    const { messageId, payments } = await settledBatch([4000n, 4100n]);
    const [first, second] = payments as [string, string];
    await applyStatusReport(
      database.knex,
      report({
        messageId: 'SETTLED-FIRST',
        originalMessageId: messageId,
        transactions: [{ uetr: first, status: 'ACCC' }],
      }),
    );
    const before = await state(payments);

    const refusals: [string, string, RegExp][] = [
      [
        'unknown message',
        report({
          originalMessageId: 'NOT-SENT-BY-THIS-BANK',
          transactions: [{ uetr: second, status: 'ACCC' }],
        }),
        /message NOT-SENT-BY-THIS-BANK, which this bank did not send/,
      ],
      [
        'unknown payment next to a good one',
        report({
          originalMessageId: messageId,
          transactions: [
            { uetr: second, status: 'RJCT', reason: 'AC04' },
            { uetr: '11111111-2222-4333-8444-555555555555', status: 'ACCC' },
          ],
        }),
        /transaction 11111111-2222-4333-8444-555555555555 is not in message/,
      ],
      [
        'rejection after the creditor was credited',
        report({
          originalMessageId: messageId,
          transactions: [{ uetr: first, status: 'RJCT', reason: 'AC04' }],
        }),
        /is AcceptedCreditSettlementCompleted, which RJCT cannot follow/,
      ],
      [
        'rejection without a reason',
        report({ originalMessageId: messageId, transactions: [{ uetr: second, status: 'RJCT' }] }),
        /rejected without a reason/,
      ],
      [
        'another end-to-end id',
        report({
          originalMessageId: messageId,
          transactions: [{ uetr: second, endToEndId: 'someone-else', status: 'ACCC' }],
        }),
        /has EndToEndId e2e-1, not someone-else/,
      ],
      [
        'a status the bank does not act on',
        report({ originalMessageId: messageId, transactions: [{ uetr: second, status: 'XXXX' }] }),
        /status XXXX is not one this bank acts on/,
      ],
      [
        'an answer to another message type',
        report({
          originalMessageId: messageId,
          originalMessageName: 'pain.001.001.09',
          groupStatus: 'ACCC',
        }),
        /answers a pain.001.001.09/,
      ],
      [
        'the same MsgId with other content',
        report({
          messageId: 'SETTLED-FIRST',
          originalMessageId: messageId,
          transactions: [{ uetr: second, status: 'ACCC' }],
        }),
        /already applied with other content/,
      ],
      [
        'the same payment twice',
        report({
          originalMessageId: messageId,
          transactions: [
            { uetr: second, status: 'ACCC' },
            { uetr: second, status: 'ACSP' },
          ],
        }),
        /reported twice/,
      ],
    ];
    for (const [what, xml, reason] of refusals) {
      await assert.rejects(applyStatusReport(database.knex, xml), (error: unknown) => {
        assert.ok(error instanceof StatusReportRefusedError, `${what}: ${String(error)}`);
        assert.match(error.message, reason, what);
        return true;
      });
      assert.deepEqual(await state(payments), before, `${what}: nothing changed`);
    }

    // Not valid against the schema: TxSts is at most 4 characters; not a pacs.002 at all.
    const invalid = report({
      originalMessageId: messageId,
      transactions: [{ uetr: second, status: 'REJECTED' }],
    });
    await assert.rejects(
      applyStatusReport(database.knex, invalid),
      (error: unknown) => error instanceof InvalidIsoMessageError && /TxSts/.test(error.message),
    );
    await assert.rejects(
      applyStatusReport(
        database.knex,
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"/>',
      ),
      StatusReportRefusedError,
    );
    const entities =
      '<?xml version="1.0"?>\n<!DOCTYPE Document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n';
    await assert.rejects(
      applyStatusReport(
        database.knex,
        entities +
          report({ originalMessageId: messageId, groupStatus: 'ACCC' }).replace(
            /^<\?xml[^>]*>\n/,
            '',
          ),
      ),
      /may not carry a DOCTYPE/,
    );
    assert.deepEqual(await state(payments), before);
  });
});
