import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Knex } from 'knex';
import { createKnex } from '../../platform/database.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import {
  clearingAccountFor,
  getAccountBalance,
  openAccount,
  OUTBOUND_PAYMENT_ACCOUNTS,
  postTransfer,
  reconcileLedger,
  totalsByCurrency,
} from '../index.ts';
import { LedgerFixtures, count, idempotentMove, move } from './support.ts';

// Real contention on one PostgreSQL: any deadlock, lost update or double spend shows up as an
// error, a changed total or an extra transfer. Workers are bounded loops, the reader polls with
// a short timer until the workers are done.

const WORKERS = 10;
const TRANSFERS_PER_WORKER = 200;
const ACCOUNTS = 20;
const OPENING_BALANCE_MINOR = 1_000_000n;
const READER_INTERVAL_MS = 3;

let database: TestDatabase;
let fixtures: LedgerFixtures;
/** One connection per worker plus the reader, so no one queues for the pool. */
let pool: Knex;

before(async () => {
  database = await createTestDatabase();
  fixtures = new LedgerFixtures(database.knex);
  pool = createKnex(database.url, { min: 0, max: WORKERS + 2 });
});
after(async () => {
  await pool?.destroy();
  await database?.drop();
});

async function openAccounts(n: number, balanceMinor: bigint): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) ids.push((await fixtures.customerAccount(balanceMinor)).id);
  return ids;
}

/** Deterministic pseudo-random sequence, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

test(`${WORKERS} workers x ${TRANSFERS_PER_WORKER} transfers among ${ACCOUNTS} accounts: the total never changes`, async () => {
  const accounts = await openAccounts(ACCOUNTS, OPENING_BALANCE_MINOR);
  const expectedTotal = OPENING_BALANCE_MINOR * BigInt(ACCOUNTS);
  const transfersBefore = await count(database.knex, 'ledger.transfers');

  let done = false;
  let reads = 0;
  const reader = (async () => {
    while (!done) {
      const totals = await totalsByCurrency(pool, accounts);
      assert.equal(totals.get('GBP'), expectedTotal, `total changed mid-run after ${reads} reads`);
      reads += 1;
      await new Promise((resolve) => setTimeout(resolve, READER_INTERVAL_MS));
    }
  })();

  const worker = async (seed: number) => {
    const next = random(seed);
    for (let i = 0; i < TRANSFERS_PER_WORKER; i += 1) {
      const from = Math.floor(next() * ACCOUNTS);
      const to = (from + 1 + Math.floor(next() * (ACCOUNTS - 1))) % ACCOUNTS;
      await postTransfer(
        pool,
        move(accounts[from]!, accounts[to]!, BigInt(1 + Math.floor(next() * 1_000))),
      );
    }
  };
  try {
    await Promise.all(Array.from({ length: WORKERS }, (_, seed) => worker(seed + 1)));
  } finally {
    done = true;
    await reader;
  }

  assert.ok(reads > 10, `the reader checked during the run (${reads} reads)`);
  assert.equal(
    await count(database.knex, 'ledger.transfers'),
    transfersBefore + WORKERS * TRANSFERS_PER_WORKER,
  );
  assert.equal((await totalsByCurrency(database.knex, accounts)).get('GBP'), expectedTotal);
  const { accountsOutOfBalance, unbalancedTransfers, ok } = await reconcileLedger(database.knex);
  assert.deepEqual(
    { accountsOutOfBalance, unbalancedTransfers, ok },
    { accountsOutOfBalance: [], unbalancedTransfers: [], ok: true },
  );
});

test('opposing transfers between two accounts end balanced, without deadlocks', async () => {
  const [a, b] = (await openAccounts(2, 100_000n)) as [string, string];
  const ROUNDS = 50;
  // Half the workers pay a -> b, half b -> a, the same amounts: each pair cancels out.
  const worker = (from: string, to: string) => async () => {
    for (let i = 0; i < ROUNDS; i += 1) await postTransfer(pool, move(from, to, 7n));
  };
  await Promise.all(
    Array.from({ length: WORKERS }, (_, i) => (i % 2 === 0 ? worker(a, b) : worker(b, a))()),
  );

  const [balanceA, balanceB] = await Promise.all([
    getAccountBalance(pool, a),
    getAccountBalance(pool, b),
  ]);
  assert.equal(balanceA.balanceMinor, 100_000n);
  assert.equal(balanceB.balanceMinor, 100_000n);
  // One entry per transfer per account, plus the opening one: no posting was lost.
  assert.equal(balanceA.version, BigInt(WORKERS * ROUNDS + 1));
  assert.equal(balanceB.version, BigInt(WORKERS * ROUNDS + 1));
});

test('100 parallel operations with one idempotency key make exactly one transfer', async () => {
  const [payer, payee] = (await openAccounts(2, 10_000n)) as [string, string];
  const transfersBefore = await count(database.knex, 'ledger.transfers');
  const request = {
    key: 'parallel-1',
    body: '{"amount":"0.42"}',
    transfer: move(payer, payee, 42n),
  };

  const results = await Promise.all(
    Array.from({ length: 100 }, () => idempotentMove(pool, request)),
  );

  assert.equal(results.filter((result) => !result.replayed).length, 1);
  const [first] = results.filter((result) => !result.replayed);
  for (const result of results) assert.deepEqual(result.response, first!.response);
  assert.equal(await count(database.knex, 'ledger.transfers'), transfersBefore + 1);
  assert.equal((await getAccountBalance(pool, payer)).balanceMinor, 10_000n - 42n);
});

test('payments spread over clearing sub-accounts while settlements fold them: every payment lands once, clearing ends at zero', async () => {
  // The bank's outbound clearing as the ledger defines it, opened in this fresh database.
  const outbound = OUTBOUND_PAYMENT_ACCOUNTS.GBP!;
  for (const id of outbound.clearing)
    await openAccount(database.knex, {
      id,
      kind: 'clearing',
      currency: 'GBP',
      name: `clearing ${id}`,
    });
  await openAccount(database.knex, {
    id: outbound.settlement,
    kind: 'settlement',
    currency: 'GBP',
    name: 'scheme settlement',
  });
  const payers = await openAccounts(WORKERS, OPENING_BALANCE_MINOR);
  const PAYMENTS_PER_WORKER = 60;
  const used = new Set<string>();

  // Folds whatever the sub-accounts hold into settlement, as settle-payments does: one transfer,
  // one debit per sub-account with money in it, read under the accounts' locks.
  const fold = () =>
    pool.transaction(async (trx) => {
      const { rows } = await trx.raw<{ rows: { id: string; balance_minor: bigint }[] }>(
        'SELECT id, balance_minor FROM ledger.accounts WHERE id = ANY(?::text[]) ORDER BY id FOR NO KEY UPDATE',
        [[...outbound.clearing]],
      );
      const holding = rows.filter((row) => row.balance_minor > 0n);
      if (holding.length === 0) return 0n;
      const total = holding.reduce((sum, row) => sum + row.balance_minor, 0n);
      await postTransfer(trx, {
        kind: 'settlement',
        reference: 'TEST FOLD',
        entries: [
          ...holding.map((row) => ({
            accountId: row.id,
            currency: 'GBP',
            amountMinor: -row.balance_minor,
          })),
          { accountId: outbound.settlement, currency: 'GBP', amountMinor: total },
        ],
      });
      return total;
    });

  let paying = true;
  let folded = 0n;
  const settler = (async () => {
    while (paying) {
      folded += await fold();
      await new Promise((resolve) => setTimeout(resolve, READER_INTERVAL_MS));
    }
  })();
  const worker = async (payer: string, seed: number) => {
    const next = random(seed);
    let paid = 0n;
    for (let i = 0; i < PAYMENTS_PER_WORKER; i += 1) {
      const amount = BigInt(1 + Math.floor(next() * 100));
      const clearing = clearingAccountFor(outbound, randomUUID());
      used.add(clearing);
      await postTransfer(pool, move(payer, clearing, amount));
      paid += amount;
    }
    return paid;
  };
  let paid = 0n;
  try {
    for (const amount of await Promise.all(payers.map((payer, index) => worker(payer, index + 1))))
      paid += amount;
  } finally {
    paying = false;
    await settler;
  }
  folded += await fold();

  assert.ok(
    used.size > outbound.clearing.length / 2,
    `payments spread over the sub-accounts (${used.size} used)`,
  );
  assert.ok(
    folded > 0n && folded === paid,
    `settlement folded exactly what was paid (${folded} of ${paid})`,
  );
  for (const id of outbound.clearing)
    assert.equal((await getAccountBalance(pool, id)).balanceMinor, 0n, `${id} is empty`);
  assert.equal((await getAccountBalance(pool, outbound.settlement)).balanceMinor, paid);
  assert.equal(
    (await totalsByCurrency(pool, payers)).get('GBP'),
    OPENING_BALANCE_MINOR * BigInt(WORKERS) - paid,
  );
  const { accountsOutOfBalance, unbalancedTransfers, ok } = await reconcileLedger(database.knex);
  assert.deepEqual(
    { accountsOutOfBalance, unbalancedTransfers, ok },
    { accountsOutOfBalance: [], unbalancedTransfers: [], ok: true },
  );
});
