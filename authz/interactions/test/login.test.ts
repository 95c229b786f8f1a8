import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { generate } from 'otplib';
import {
  CONFORMANCE_CUSTOMER,
  SANDBOX_CUSTOMERS,
  seedSandboxBank,
} from '../../../db/seeds/index.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { FAILED_ATTEMPTS_MAX } from '../customers.ts';
import { checkOneTimeCode, checkPassword } from '../login.ts';

const key = randomBytes(32);
const [alice, bob] = SANDBOX_CUSTOMERS as [
  (typeof SANDBOX_CUSTOMERS)[0],
  (typeof SANDBOX_CUSTOMERS)[0],
];
let db: TestDatabase;

before(async () => {
  db = await createTestDatabase();
  await seedSandboxBank(db.knex, { encryptionKey: key, conformanceCustomer: true });
});
after(() => db?.drop());
beforeEach(() =>
  db.knex.raw(
    'UPDATE authz.customers SET failed_attempts = 0, locked_until = NULL, totp_last_used_step = NULL',
  ),
);

const codeAt = (secret: string, at: Date) =>
  generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
const counters = async (id: string) =>
  (
    await db.knex.raw(
      'SELECT failed_attempts, locked_until, totp_last_used_step FROM authz.customers WHERE id = ?',
      [id],
    )
  ).rows[0] as {
    failed_attempts: number;
    locked_until: Date | null;
    totp_last_used_step: string | null;
  };

describe('password step', () => {
  test('accepts the right password, whatever the case and spacing of the username', async () => {
    assert.deepEqual(await checkPassword(db.knex, '  Alice ', alice.password), {
      ok: true,
      customerId: alice.id,
    });
  });

  test('answers an unknown username exactly as a wrong password, and counts only real customers', async () => {
    const unknown = await checkPassword(db.knex, 'nobody-here', 'whatever');
    const wrong = await checkPassword(db.knex, alice.username, 'not-the-password');
    assert.deepEqual(unknown, wrong);
    assert.deepEqual(wrong, { ok: false, reason: 'invalid' });
    assert.equal((await counters(alice.id)).failed_attempts, 1);
  });

  test('spends comparable time on an unknown username and a wrong password (scrypt either way)', async () => {
    const time = async (username: string) => {
      const started = process.hrtime.bigint();
      await checkPassword(db.knex, username, 'not-the-password');
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    await time('warm-up-user');
    const unknown = Math.min(
      await time('nobody-1'),
      await time('nobody-2'),
      await time('nobody-3'),
    );
    const known = Math.min(
      await time(bob.username),
      await time(bob.username),
      await time(bob.username),
    );
    // scrypt dominates both; without the dummy hash the unknown case would be ~0 ms.
    assert.ok(unknown > known / 3, `unknown ${unknown} ms vs known ${known} ms`);
  });

  test(`locks sign-in after ${FAILED_ATTEMPTS_MAX} failures, then refuses even the right password`, async () => {
    for (let attempt = 1; attempt < FAILED_ATTEMPTS_MAX; attempt += 1) {
      assert.deepEqual(await checkPassword(db.knex, alice.username, `wrong-${attempt}`), {
        ok: false,
        reason: 'invalid',
      });
    }
    const locking = await checkPassword(db.knex, alice.username, 'wrong-last');
    assert.equal(locking.ok, false);
    assert.equal(!locking.ok && locking.reason, 'locked');
    const minutes =
      ((locking as { lockedUntil: Date }).lockedUntil.getTime() - Date.now()) / 60_000;
    assert.ok(minutes > 14 && minutes <= 15, `locked for ${minutes} minutes`);

    const right = await checkPassword(db.knex, alice.username, alice.password);
    assert.equal(!right.ok && right.reason, 'locked');
  });

  test('a lapsed lock gives a fresh allowance', async () => {
    await db.knex.raw(
      "UPDATE authz.customers SET locked_until = now() - interval '1 second' WHERE id = ?",
      [alice.id],
    );
    assert.deepEqual(await checkPassword(db.knex, alice.username, alice.password), {
      ok: true,
      customerId: alice.id,
    });
  });

  test('concurrent wrong passwords cannot slip past the limit', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: FAILED_ATTEMPTS_MAX * 2 }, (_, i) =>
        checkPassword(db.knex, bob.username, `guess-${i}`),
      ),
    );
    assert.ok(outcomes.every((outcome) => !outcome.ok));
    const state = await counters(bob.id);
    assert.ok(state.locked_until && state.locked_until > new Date(), 'locked');
  });

  test('a correct password does not clear earlier failures', async () => {
    await checkPassword(db.knex, alice.username, 'wrong');
    await checkPassword(db.knex, alice.username, alice.password);
    assert.equal((await counters(alice.id)).failed_attempts, 1);
  });
});

describe('one-time code step', () => {
  test('accepts the current code once, and clears the failure count', async () => {
    await checkPassword(db.knex, alice.username, 'wrong');
    const now = new Date();
    const code = await codeAt(alice.totpSecret, now);
    assert.deepEqual(await checkOneTimeCode(db.knex, key, alice.id, code, now), { ok: true });
    assert.equal((await counters(alice.id)).failed_attempts, 0);
    assert.deepEqual(await checkOneTimeCode(db.knex, key, alice.id, code, now), {
      ok: false,
      reason: 'reused',
    });
  });

  test('allows one step of clock drift either way, never more', async () => {
    const now = new Date();
    assert.deepEqual(
      await checkOneTimeCode(
        db.knex,
        key,
        alice.id,
        await codeAt(alice.totpSecret, new Date(now.getTime() - 90_000)),
        now,
      ),
      {
        ok: false,
        reason: 'invalid',
      },
    );
    assert.deepEqual(
      await checkOneTimeCode(
        db.knex,
        key,
        alice.id,
        await codeAt(alice.totpSecret, new Date(now.getTime() + 30_000)),
        now,
      ),
      { ok: true },
    );
    // The future step was spent, so the present one (earlier) is now refused as used.
    assert.deepEqual(
      await checkOneTimeCode(db.knex, key, alice.id, await codeAt(alice.totpSecret, now), now),
      { ok: false, reason: 'reused' },
    );
  });

  test('of two concurrent uses of one code exactly one succeeds', async () => {
    const now = new Date();
    const code = await codeAt(bob.totpSecret, now);
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => checkOneTimeCode(db.knex, key, bob.id, code, now)),
    );
    assert.equal(outcomes.filter((outcome) => outcome.ok).length, 1);
  });

  test('wrong codes count towards the same lockout, and a locked customer cannot use a right code', async () => {
    const now = new Date();
    await checkPassword(db.knex, alice.username, 'wrong');
    for (let attempt = 2; attempt < FAILED_ATTEMPTS_MAX; attempt += 1) {
      assert.deepEqual(await checkOneTimeCode(db.knex, key, alice.id, '000000', now), {
        ok: false,
        reason: 'invalid',
      });
    }
    const locking = await checkOneTimeCode(db.knex, key, alice.id, 'abc', now);
    assert.equal(!locking.ok && locking.reason, 'locked');
    const right = await checkOneTimeCode(
      db.knex,
      key,
      alice.id,
      await codeAt(alice.totpSecret, now),
      now,
    );
    assert.equal(!right.ok && right.reason, 'locked');
    assert.equal((await counters(alice.id)).totp_last_used_step, null, 'the code was not spent');
  });

  test('a seed sealed under another key does not verify (and is not silently accepted)', async () => {
    await assert.rejects(
      checkOneTimeCode(
        db.knex,
        randomBytes(32),
        alice.id,
        await codeAt(alice.totpSecret, new Date()),
      ),
    );
  });
});

describe("the conformance customer's fixed code", () => {
  const conformance = CONFORMANCE_CUSTOMER;
  const enabled = { customerId: conformance.id, code: conformance.fixedCode };

  test('is accepted again and again when the platform is configured for it, and clears failures', async () => {
    assert.deepEqual(await checkPassword(db.knex, conformance.username, conformance.password), {
      ok: true,
      customerId: conformance.id,
    });
    await checkOneTimeCode(db.knex, key, conformance.id, '000000', new Date(), enabled);
    assert.equal((await counters(conformance.id)).failed_attempts, 1);
    for (let run = 0; run < 3; run += 1) {
      assert.deepEqual(
        await checkOneTimeCode(
          db.knex,
          key,
          conformance.id,
          conformance.fixedCode,
          new Date(),
          enabled,
        ),
        { ok: true },
      );
    }
    assert.equal((await counters(conformance.id)).failed_attempts, 0);
  });

  test('is refused when the platform is not configured for it (the random TOTP seed guards the customer)', async () => {
    assert.deepEqual(
      await checkOneTimeCode(db.knex, key, conformance.id, conformance.fixedCode, new Date()),
      { ok: false, reason: 'invalid' },
    );
  });

  test('works for no other customer', async () => {
    assert.deepEqual(
      await checkOneTimeCode(db.knex, key, alice.id, conformance.fixedCode, new Date(), enabled),
      { ok: false, reason: 'invalid' },
    );
  });

  test('wrong codes, also of another length, count towards the lockout, and a locked customer cannot use the right one', async () => {
    for (let attempt = 1; attempt < FAILED_ATTEMPTS_MAX; attempt += 1) {
      const wrong =
        attempt % 2 === 0 ? `${conformance.fixedCode}0` : conformance.fixedCode.slice(1);
      assert.deepEqual(
        await checkOneTimeCode(db.knex, key, conformance.id, wrong, new Date(), enabled),
        { ok: false, reason: 'invalid' },
      );
    }
    const locking = await checkOneTimeCode(
      db.knex,
      key,
      conformance.id,
      '123',
      new Date(),
      enabled,
    );
    assert.equal(!locking.ok && locking.reason, 'locked');
    const right = await checkOneTimeCode(
      db.knex,
      key,
      conformance.id,
      conformance.fixedCode,
      new Date(),
      enabled,
    );
    assert.equal(!right.ok && right.reason, 'locked');
  });
});
