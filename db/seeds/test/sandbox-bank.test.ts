import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Knex } from 'knex';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import {
  SYSTEM_ACCOUNTS,
  SYSTEM_ACCOUNT_IDS,
  parseAmount,
  reconcileLedger,
} from '../../../ledger/index.ts';
import {
  CONFORMANCE_CUSTOMER,
  SANDBOX_CUSTOMERS,
  SANDBOX_HISTORY,
  seedSandboxBank,
  type SandboxSummary,
} from '../index.ts';
import { totpSecretAssociatedData, verifyPassword } from '../../../authz/credentials.ts';
import { decryptSecret } from '../../../sealing/index.ts';

const encryptionKey = randomBytes(32);
let database: TestDatabase;
let first: SandboxSummary;

before(async () => {
  database = await createTestDatabase();
  first = await seedSandboxBank(database.knex, { encryptionKey });
});
after(() => database?.drop());

async function rows<Row>(
  knex: Knex,
  sql: string,
  bindings: readonly Knex.RawBinding[] = [],
): Promise<Row[]> {
  return ((await knex.raw(sql, bindings)) as { rows: Row[] }).rows;
}

/** Every row the seed writes, in a stable order. */
async function seededState(knex: Knex) {
  return {
    customers: await rows(
      knex,
      'SELECT id, username, password_hash, totp_secret_encrypted FROM authz.customers ORDER BY id',
    ),
    accounts: await rows(
      knex,
      'SELECT id, balance_minor, version, created_at FROM ledger.accounts ORDER BY id',
    ),
    transfers: await rows(knex, 'SELECT id, created_at FROM ledger.transfers ORDER BY id'),
    entries: await rows(
      knex,
      'SELECT id, transfer_id, amount_minor, balance_after_minor FROM ledger.entries ORDER BY id',
    ),
  };
}

test('the first run creates customers, accounts, opening balances and history', () => {
  const openings = SANDBOX_CUSTOMERS.length * 2;
  // A current account, a savings account (each with an opening balance) and a credit card each.
  assert.deepEqual(first.inserted, {
    customers: SANDBOX_CUSTOMERS.length,
    accounts: SYSTEM_ACCOUNTS.length + openings + SANDBOX_CUSTOMERS.length,
    transfers: openings + SANDBOX_HISTORY.length,
  });
});

test('seeding again changes nothing: same rows, same balances', async () => {
  const before = await seededState(database.knex);
  const again = await seedSandboxBank(database.knex, { encryptionKey });
  assert.deepEqual(again.inserted, { customers: 0, accounts: 0, transfers: 0 });
  assert.deepEqual(await seededState(database.knex), before);
  assert.deepEqual(again.customers, first.customers);
});

test('opening balances are balanced transfers from the funding account', async () => {
  for (const customer of SANDBOX_CUSTOMERS) {
    for (const account of [customer.current, customer.savings]) {
      const entries = await rows<{
        account_id: string;
        amount_minor: bigint;
        account_version: bigint;
      }>(
        database.knex,
        `SELECT e.account_id, e.amount_minor, e.account_version FROM ledger.entries e
         JOIN ledger.transfers t ON t.id = e.transfer_id
         WHERE t.kind = 'opening-balance'
           AND e.transfer_id IN (SELECT transfer_id FROM ledger.entries WHERE account_id = ?)
         ORDER BY e.amount_minor`,
        [account.id],
      );
      const amount = parseAmount(account.openingBalance, 'GBP');
      assert.deepEqual(
        entries.map((entry) => [entry.account_id, entry.amount_minor]),
        [
          [SYSTEM_ACCOUNT_IDS.gbpFunding, -amount],
          [account.id, amount],
        ],
        `${customer.username}'s ${account.nickname} account`,
      );
      assert.equal(
        entries[1]?.account_version,
        1n,
        "the opening balance is the account's first entry",
      );
    }
  }
  const { ok, accountsOutOfBalance, unbalancedTransfers } = await reconcileLedger(database.knex);
  assert.deepEqual(
    { ok, accountsOutOfBalance, unbalancedTransfers },
    { ok: true, accountsOutOfBalance: [], unbalancedTransfers: [] },
  );
});

test('credentials are stored hashed and sealed, and the published ones work', async () => {
  const [alice] = SANDBOX_CUSTOMERS;
  const [row] = await rows<{ password_hash: string; totp_secret_encrypted: string }>(
    database.knex,
    'SELECT password_hash, totp_secret_encrypted FROM authz.customers WHERE id = ?',
    [alice!.id],
  );
  assert.ok(
    row &&
      !row.password_hash.includes(alice!.password) &&
      !row.totp_secret_encrypted.includes(alice!.totpSecret),
  );
  assert.equal(await verifyPassword(alice!.password, row.password_hash), true);
  assert.equal(
    decryptSecret(row.totp_secret_encrypted, encryptionKey, totpSecretAssociatedData(alice!.id)),
    alice!.totpSecret,
  );
});

test('the conformance customer is seeded only when asked for, with money and a sealed random TOTP seed, once', async () => {
  const [before] = await rows<{ count: number }>(
    database.knex,
    'SELECT count(*)::int AS count FROM authz.customers WHERE id = ?',
    [CONFORMANCE_CUSTOMER.id],
  );
  assert.equal(before?.count, 0, 'not part of the default seed');
  const seeded = await seedSandboxBank(database.knex, { encryptionKey, conformanceCustomer: true });
  assert.deepEqual(seeded.inserted, { customers: 1, accounts: 2, transfers: 2 });
  assert.equal(seeded.conformanceCustomer?.username, CONFORMANCE_CUSTOMER.username);
  assert.equal(seeded.conformanceCustomer?.fixedCode, CONFORMANCE_CUSTOMER.fixedCode);
  assert.deepEqual(
    seeded.customers,
    first.customers,
    'the published sandbox customers are unchanged',
  );

  const [customer] = await rows<{ password_hash: string; totp_secret_encrypted: string }>(
    database.knex,
    'SELECT password_hash, totp_secret_encrypted FROM authz.customers WHERE id = ?',
    [CONFORMANCE_CUSTOMER.id],
  );
  assert.equal(await verifyPassword(CONFORMANCE_CUSTOMER.password, customer!.password_hash), true);
  assert.match(
    decryptSecret(
      customer!.totp_secret_encrypted,
      encryptionKey,
      totpSecretAssociatedData(CONFORMANCE_CUSTOMER.id),
    ),
    /^[A-Z2-7]{16,}$/,
  );
  const balances = await rows<{ id: string; balance_minor: string }>(
    database.knex,
    'SELECT id, balance_minor::text FROM ledger.accounts WHERE customer_id = ? ORDER BY id',
    [CONFORMANCE_CUSTOMER.id],
  );
  assert.deepEqual(
    balances.map((account) => [account.id, BigInt(account.balance_minor)]),
    [CONFORMANCE_CUSTOMER.savings, CONFORMANCE_CUSTOMER.current]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((account) => [account.id, parseAmount(account.openingBalance, 'GBP')]),
  );

  const again = await seedSandboxBank(database.knex, { encryptionKey, conformanceCustomer: true });
  assert.deepEqual(again.inserted, { customers: 0, accounts: 0, transfers: 0 });
  const { ok } = await reconcileLedger(database.knex);
  assert.equal(ok, true);
});
