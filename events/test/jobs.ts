import { randomBytes, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { runOnce } from 'graphile-worker';
import { SANDBOX_CUSTOMERS, seedSandboxBank, type SandboxCustomer } from '../../db/seeds/index.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { postTransfer, SYSTEM_ACCOUNT_IDS } from '../../ledger/index.ts';
import { ACCEPT_EVERY_PAYMENT } from '../../openbanking/index.ts';
import { createLogger } from '../../platform/logging.ts';
import { enqueueSettlement } from '../tasks/settle-payments.ts';
import { createTaskList, type TaskName } from '../task-list.ts';
import { openWorkerPool, workerLogger } from '../worker.ts';

const silent = createLogger({ level: 'silent' });

/**
 * Runs every job that is due through graphile-worker, one at a time, and returns when none is left.
 */
export async function runDueJobs(database: { url: string; knex: Knex }): Promise<void> {
  const pgPool = openWorkerPool(database.url, 2, silent);
  try {
    await runOnce({
      pgPool,
      taskList: createTaskList({ knex: database.knex, screening: ACCEPT_EVERY_PAYMENT }),
      logger: workerLogger(silent),
      noHandleSignals: true,
    });
  } finally {
    await pgPool.end();
  }
}

/**
 * A job as a duplicate delivery would look: no job key, so it queues next to any existing one.
 * Returns the job id.
 */
export async function addRawJob(
  knex: Knex,
  task: TaskName | string,
  payload: unknown,
): Promise<string> {
  const { rows } = await knex.raw<{ rows: { id: bigint }[] }>(
    'SELECT id FROM graphile_worker.add_job(?, ?::json)',
    [task, JSON.stringify(payload)],
  );
  const [row] = rows;
  if (!row) throw new Error('add_job returned no job');
  return String(row.id);
}

export interface JobRow {
  id: string;
  task_identifier: string;
  attempts: number;
  last_error: string | null;
}

export async function jobsOf(knex: Knex | Knex.Transaction, task: string): Promise<JobRow[]> {
  const { rows } = await knex.raw<{ rows: JobRow[] }>(
    'SELECT id::text, task_identifier, attempts, last_error FROM graphile_worker.jobs WHERE task_identifier = ? ORDER BY id',
    [task],
  );
  return rows;
}

/** Polls `check` until it returns true; fails after `timeoutMs` instead of waiting forever. */
export async function eventually(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const [ALICE] = SANDBOX_CUSTOMERS as [SandboxCustomer];

/**
 * A fresh database with the sandbox bank (customers, accounts, the bank's system accounts) as the
 * platform seeds it.
 */
export async function createSeededDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await seedSandboxBank(database.knex, { encryptionKey: randomBytes(32) });
  return database;
}

export interface PaymentOptions {
  amountMinor: bigint;
  /**
   * The settlement run's delay; the endpoint's default batches for a second, most tests want it
   * now.
   */
  settlementDelaySeconds?: number;
  /**
   * Where the payment's transfer credits: outbound clearing unless a test needs a broken payment.
   */
  creditAccountId?: string;
  /** Run inside the payment's transaction before it commits (e.g. to make it roll back). */
  beforeCommit?: (trx: Knex.Transaction) => Promise<void>;
}

/**
 * A domestic payment as the payment endpoint writes it: consumed consent, customer -> outbound
 * clearing transfer, payment row AcceptedSettlementInProcess and the settlement request, one
 * transaction.
 */
export async function submitPayment(
  knex: Knex,
  {
    amountMinor,
    settlementDelaySeconds = 0,
    creditAccountId = SYSTEM_ACCOUNT_IDS.gbpOutboundClearing,
    beforeCommit,
  }: PaymentOptions,
): Promise<string> {
  const paymentId = randomUUID();
  const consentId = `pdc-${randomUUID()}`;
  const amount = `${amountMinor / 100n}.${String(amountMinor % 100n).padStart(2, '0')}`;
  const initiation = {
    InstructionIdentification: 'instr-1',
    EndToEndIdentification: 'e2e-1',
    InstructedAmount: { Amount: amount, Currency: 'GBP' },
    CreditorAccount: {
      SchemeName: 'UK.OBIE.SortCodeAccountNumber',
      Identification: '40400412345678',
      Name: 'Payee',
    },
  };
  await knex.transaction(async (trx) => {
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
        { accountId: creditAccountId, currency: 'GBP', amountMinor },
      ],
    });
    await trx.raw(
      `INSERT INTO openbanking.payments (id, consent_id, client_id, status, initiation, debtor_account_id, ledger_transfer_id)
       VALUES (?, ?, 'client-1', 'AcceptedSettlementInProcess', ?::jsonb, ?, ?)`,
      [paymentId, consentId, JSON.stringify(initiation), ALICE.current.id, transfer.transferId],
    );
    await enqueueSettlement(trx, 'GBP', settlementDelaySeconds);
    await beforeCommit?.(trx);
  });
  return paymentId;
}
