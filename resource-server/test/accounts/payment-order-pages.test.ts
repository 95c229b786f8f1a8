import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { SANDBOX_CUSTOMERS, seedSandboxBank } from '../../../db/seeds/index.ts';
import { cancelCustomerPaymentOrder, type PaymentOrderKind } from '../../../openbanking/index.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import {
  domesticScheduledPaymentRequest,
  domesticStandingOrderRequest,
} from '../../../test/support/intent-requests.ts';
import { insertSubmittedOrder } from '../../../test/support/pisp.ts';
import {
  orderPageCursor,
  PAYMENT_ORDERS_PAGE_SIZE,
  paymentOrderPage,
} from '../../accounts/payment-order-pages.ts';
import { FieldInvalid } from '../../errors.ts';

/**
 * The pages of a customer's scheduled payments and standing orders, over a real database: which
 * orders a page holds (the customer's, from the named accounts; scheduled payments only while
 * pending), where a page ends and that following the cursors reads each order once.
 */

const [ALICE, BOB] = SANDBOX_CUSTOMERS as [
  (typeof SANDBOX_CUSTOMERS)[number],
  (typeof SANDBOX_CUSTOMERS)[number],
];
const CLIENT_ID = 'tpp-pages';
const LATER = new Date(Date.now() + 30 * 86_400_000);

let database: TestDatabase;
const made = {
  aliceCurrent: [] as string[],
  aliceSavings: '',
  bobs: '',
  pending: '',
  cancelled: '',
};

/** An order as the submission makes it, on the customer's consumed consent, due LATER. */
async function orderOf(
  kind: PaymentOrderKind,
  customer: typeof ALICE,
  accountId: string,
): Promise<string> {
  const at = LATER.toISOString();
  const initiation =
    kind === 'domestic-standing-order'
      ? domesticStandingOrderRequest(at).Data.Initiation
      : domesticScheduledPaymentRequest(at).Data.Initiation;
  const { id } = await insertSubmittedOrder(database.knex, {
    kind,
    clientId: CLIENT_ID,
    customerId: customer.id,
    accountId,
    initiation,
    dueAt: LATER,
  });
  return id;
}

before(async () => {
  database = await createTestDatabase();
  await seedSandboxBank(database.knex, { encryptionKey: randomBytes(32) });
  for (let i = 0; i <= PAYMENT_ORDERS_PAGE_SIZE; i += 1)
    made.aliceCurrent.push(await orderOf('domestic-standing-order', ALICE, ALICE.current.id));
  made.aliceSavings = await orderOf('domestic-standing-order', ALICE, ALICE.savings.id);
  made.bobs = await orderOf('domestic-standing-order', BOB, BOB.current.id);
  made.pending = await orderOf('domestic-scheduled-payment', ALICE, ALICE.current.id);
  made.cancelled = await orderOf('domestic-scheduled-payment', ALICE, ALICE.current.id);
  assert.ok(
    'cancelled' in (await cancelCustomerPaymentOrder(database.knex, made.cancelled, ALICE.id)),
  );
});
after(() => database?.drop());

/** Every page from the first, following the cursors: the ids of each page. */
async function allPages(kind: PaymentOrderKind, customerId: string, accountIds: string[]) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await paymentOrderPage(database.knex, kind, customerId, accountIds, cursor);
    pages.push(page.orders.map((order) => order.id));
    cursor = page.next;
    assert.ok(pages.length <= 3, 'the cursors end');
  } while (cursor !== undefined);
  return pages;
}

const sorted = (ids: readonly string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('pages of orders', () => {
  test('a full page, then the rest: each of the account\u2019s standing orders once, in id order', async () => {
    const pages = await allPages('domestic-standing-order', ALICE.id, [ALICE.current.id]);
    assert.deepEqual(
      pages.map((page) => page.length),
      [PAYMENT_ORDERS_PAGE_SIZE, 1],
    );
    assert.deepEqual(pages.flat(), sorted(made.aliceCurrent));
  });

  test('the orders of every account named, and only those', async () => {
    const both = await allPages('domestic-standing-order', ALICE.id, [
      ALICE.current.id,
      ALICE.savings.id,
    ]);
    assert.deepEqual(both.flat(), sorted([...made.aliceCurrent, made.aliceSavings]));
    const savings = await allPages('domestic-standing-order', ALICE.id, [ALICE.savings.id]);
    assert.deepEqual(savings, [[made.aliceSavings]]);
    assert.deepEqual(await allPages('domestic-standing-order', ALICE.id, []), [[]]);
  });

  test('another customer\u2019s order never shows, even on the account it names', async () => {
    assert.deepEqual(await allPages('domestic-standing-order', ALICE.id, [BOB.current.id]), [[]]);
    assert.deepEqual(await allPages('domestic-standing-order', BOB.id, [BOB.current.id]), [
      [made.bobs],
    ]);
  });

  test('scheduled payments: only the ones still to be made', async () => {
    assert.deepEqual(await allPages('domestic-scheduled-payment', ALICE.id, [ALICE.current.id]), [
      [made.pending],
    ]);
  });
});

describe('the page parameter', () => {
  test('absent, or a cursor from Links.Next', () => {
    assert.equal(orderPageCursor({}), undefined);
    assert.equal(orderPageCursor({ page: made.pending }), made.pending);
  });

  for (const page of ['', '../x', 'a'.repeat(41), ['a', 'b']]) {
    test(`refused: ${JSON.stringify(page)}`, () => {
      assert.throws(
        () => orderPageCursor({ page }),
        (error) => error instanceof FieldInvalid && error.path === 'page',
      );
    });
  }
});
