import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { executeDueOrders } from '../../../events/index.ts';
import {
  createSubscription,
  type PaymentOrderKind,
  SUPPORTED_EVENT_TYPES,
} from '../../../openbanking/index.ts';
import {
  ALICE,
  BOB,
  Browser,
  CLIENT_ID,
  csrfOf,
  type Response,
  signInToDashboard,
  useHarness,
} from './harness.ts';
import {
  domesticScheduledPaymentRequest,
  domesticStandingOrderRequest,
} from '../../../test/support/intent-requests.ts';
import { insertSubmittedOrder } from '../../../test/support/pisp.ts';

/**
 * The Connected apps dashboard's scheduled payments and standing orders: listed per app with
 * amount, payee, next date and frequency; cancelled by the customer after a confirmation page,
 * with the CSRF and session rules of every dashboard form; refused with a specific page, changing
 * nothing, for another customer's order, a finished one, or a second time. The orders are made
 * with the openbanking operations the TPP's submission uses, on a consent the customer approved.
 */

const harness = useHarness();
const DAY_MS = 86_400_000;

/** The requests' Initiations, due at `at`; the scheduled payment's payee without a name. */
function initiationOf(kind: PaymentOrderKind, at: Date): Record<string, any> {
  if (kind === 'domestic-standing-order')
    return domesticStandingOrderRequest(at.toISOString()).Data.Initiation;
  const initiation = domesticScheduledPaymentRequest(at.toISOString()).Data.Initiation;
  delete initiation.CreditorAccount.Name;
  return initiation;
}

/**
 * An order as the submission makes it: the customer's consumed consent (paying from their current
 * account) and the order, InitiationPending, due at `at`.
 */
async function orderOf(
  kind: PaymentOrderKind,
  at: Date,
  customer = ALICE,
): Promise<{ id: string; consentId: string }> {
  return insertSubmittedOrder(harness.current.db.knex, {
    kind,
    clientId: CLIENT_ID,
    customerId: customer.id,
    accountId: customer.current.id,
    initiation: initiationOf(kind, at),
    dueAt: at,
  });
}

async function orderRow(id: string) {
  return (
    await harness.current.db.knex.raw(
      `SELECT status, status_updated_at, next_due_at, next_instalment FROM openbanking.payment_orders WHERE id = ?`,
      [id],
    )
  ).rows[0];
}

/** The TPP's events naming this resource. */
async function eventsAbout(id: string): Promise<{ resource_type: string; event_type: string }[]> {
  return (
    await harness.current.db.knex.raw(
      'SELECT resource_type, event_type FROM openbanking.event_deliveries WHERE resource_id = ?',
      [id],
    )
  ).rows;
}

const cancelPath = (id: string) => `/consents/payment-orders/${id}/cancel`;

/** The order's cancellation asked and confirmed; returns the final answer (not followed). */
async function cancelInDashboard(browser: Browser, csrf: string, id: string): Promise<Response> {
  const confirm = await browser.post(cancelPath(id), { csrf });
  if (confirm.status !== 200) return confirm;
  return browser.post(cancelPath(id), { csrf: csrfOf(await confirm.text()), confirm: 'yes' });
}

describe('scheduled payments and standing orders in Connected apps', () => {
  // Polled events (no callback URL): the delivery rows are what the TPP is offered.
  before(() =>
    createSubscription(harness.current.db.knex, CLIENT_ID, {
      callbackUrl: undefined,
      version: '3.1',
      eventTypes: SUPPORTED_EVENT_TYPES,
    }),
  );

  test("lists the customer's orders that will still pay, with amount, payee, next date and frequency", async () => {
    const firstAt = new Date('2031-01-15T08:00:00Z');
    const standing = await orderOf('domestic-standing-order', firstAt);
    const scheduled = await orderOf('domestic-scheduled-payment', new Date('2031-06-02T09:15:00Z'));
    const bobs = await orderOf('domestic-standing-order', firstAt, BOB);
    const html = await (await signInToDashboard(new Browser(harness.current.baseUrl))).text();
    const app = html
      .split('<section class="app"')
      .find((section) => section.includes('Budget Buddy'))!;
    assert.match(app, /Scheduled payments and standing orders/);
    const items = app.split('<li class="consent order">').slice(1);
    const standingItem = items.find((item) => item.includes(cancelPath(standing.id)))!;
    assert.match(standingItem, /Standing order to ACME Lettings/);
    assert.match(
      standingItem,
      /<dt>Next payment<\/dt><dd>£10\.00 on 15 January 2031 at 08:00<\/dd>/,
    );
    assert.match(standingItem, /<dt>How often<\/dt><dd>On day 1 of every month<\/dd>/);
    assert.match(
      standingItem,
      /<dt>From<\/dt><dd>[^<]+ · Sort code 12-34-56, account ••••\d{4}<\/dd>/,
    );
    const scheduledItem = items.find((item) => item.includes(cancelPath(scheduled.id)))!;
    // No name for the payee: its account, masked.
    assert.match(scheduledItem, /Scheduled payment to Account ••••5698/);
    assert.doesNotMatch(scheduledItem, /08080021325698/);
    assert.match(scheduledItem, /<dt>Next payment<\/dt><dd>£25\.00 on 2 June 2031 at 10:15<\/dd>/);
    assert.doesNotMatch(scheduledItem, /How often/);
    assert.doesNotMatch(html, new RegExp(bobs.id), "Bob's order is not on Alice's page");
  });

  test('Cancel: a confirmation page first, then Cancelled with no due time, and the TPP gets a resource-update', async () => {
    const order = await orderOf('domestic-standing-order', new Date(Date.now() + DAY_MS));
    const browser = new Browser(harness.current.baseUrl);
    const dashboard = await signInToDashboard(browser);
    const confirm = await browser.post(cancelPath(order.id), {
      csrf: csrfOf(await dashboard.text()),
    });
    assert.equal(confirm.status, 200, 'the customer is asked to confirm first');
    const confirmHtml = await confirm.text();
    assert.match(confirmHtml, /Cancel this standing order\?/);
    assert.match(
      confirmHtml,
      /No more payments will be made to ACME Lettings by this standing order/,
    );
    assert.match(confirmHtml, /<dt>Next payment<\/dt><dd>£10\.00 on /);
    assert.match(confirmHtml, /Budget Buddy set it up, and will be told that you cancelled it/);
    assert.match(confirmHtml, /Yes, cancel the standing order/);
    assert.match(confirmHtml, /href="\/consents">No, keep it/);
    assert.equal((await orderRow(order.id)).status, 'InitiationPending', 'nothing changes yet');
    assert.deepEqual(await eventsAbout(order.id), []);

    const before = new Date();
    const cancelled = await browser.post(cancelPath(order.id), {
      csrf: csrfOf(confirmHtml),
      confirm: 'yes',
    });
    assert.equal(cancelled.status, 303);
    const html = await (await browser.follow(cancelled)).text();
    assert.match(
      html,
      /Your standing order to ACME Lettings is cancelled: no more payments will be made\. Budget Buddy has been told\./,
    );
    assert.doesNotMatch(html, new RegExp(cancelPath(order.id)), 'no longer listed');
    const row = await orderRow(order.id);
    assert.equal(row.status, 'Cancelled');
    assert.equal(row.next_due_at, null);
    assert.ok(
      row.status_updated_at >= new Date(before.getTime() - 1000),
      'status_updated_at is now',
    );
    assert.deepEqual(await eventsAbout(order.id), [
      {
        resource_type: 'domestic-standing-order',
        event_type: 'urn:uk:org:openbanking:events:resource-update',
      },
    ]);
  });

  test('a second cancellation is refused with its own page; nothing changes and no second event', async () => {
    const order = await orderOf('domestic-scheduled-payment', new Date(Date.now() + DAY_MS));
    const browser = new Browser(harness.current.baseUrl);
    const csrf = csrfOf(await (await signInToDashboard(browser)).text());
    assert.equal((await cancelInDashboard(browser, csrf, order.id)).status, 303);
    const cancelledAt = (await orderRow(order.id)).status_updated_at;

    for (const form of [{ csrf }, { csrf, confirm: 'yes' }] as Record<string, string>[]) {
      const again = await browser.post(cancelPath(order.id), form);
      assert.equal(again.status, 409);
      const html = await again.text();
      assert.match(html, /This payment is already cancelled/);
      assert.doesNotMatch(html, /Yes, cancel/);
    }
    assert.deepEqual((await orderRow(order.id)).status_updated_at, cancelledAt);
    assert.equal((await eventsAbout(order.id)).length, 1);
  });

  test("another customer's order is not found: refused, and it keeps paying", async () => {
    const bobs = await orderOf('domestic-standing-order', new Date(Date.now() + DAY_MS), BOB);
    const browser = new Browser(harness.current.baseUrl);
    const csrf = csrfOf(await (await signInToDashboard(browser)).text());
    for (const form of [{ csrf }, { csrf, confirm: 'yes' }] as Record<string, string>[]) {
      const refused = await browser.post(cancelPath(bobs.id), form);
      assert.equal(refused.status, 404);
      assert.match(await refused.text(), /We could not find that payment/);
    }
    assert.equal((await orderRow(bobs.id)).status, 'InitiationPending');
    assert.notEqual((await orderRow(bobs.id)).next_due_at, null);
    assert.deepEqual(await eventsAbout(bobs.id), []);
  });

  test('a scheduled payment already made cannot be cancelled', async () => {
    // Due a moment ago: the execution job pays it, and it is InitiationCompleted with nothing due.
    const order = await orderOf('domestic-scheduled-payment', new Date(Date.now() - 1000));
    const run = await executeDueOrders(harness.current.db.knex, new Date());
    assert.ok(run.paid >= 1, JSON.stringify(run));
    const paid = await orderRow(order.id);
    assert.equal(paid.status, 'InitiationCompleted');

    const browser = new Browser(harness.current.baseUrl);
    const csrf = csrfOf(await (await signInToDashboard(browser)).text());
    for (const form of [{ csrf }, { csrf, confirm: 'yes' }] as Record<string, string>[]) {
      const refused = await browser.post(cancelPath(order.id), form);
      assert.equal(refused.status, 409);
      assert.match(await refused.text(), /This payment can no longer be cancelled/);
    }
    const after = await orderRow(order.id);
    assert.equal(after.status, 'InitiationCompleted');
    assert.deepEqual(after.status_updated_at, paid.status_updated_at);
    assert.deepEqual(await eventsAbout(order.id), []);
  });

  test('cancelling needs the CSRF token and a signed-in customer', async () => {
    const order = await orderOf('domestic-standing-order', new Date(Date.now() + DAY_MS));
    const browser = new Browser(harness.current.baseUrl);
    await signInToDashboard(browser);
    const forged = await browser.post(cancelPath(order.id), { csrf: 'forged', confirm: 'yes' });
    assert.equal(forged.status, 403);
    const signedOut = new Browser(harness.current.baseUrl);
    const loginHtml = await (await signedOut.get('/consents')).text();
    const response = await signedOut.post(cancelPath(order.id), {
      csrf: csrfOf(loginHtml),
      confirm: 'yes',
    });
    assert.equal(response.status, 303, 'signed out: back to sign-in');
    assert.equal(response.headers.get('location'), '/consents');
    assert.equal((await orderRow(order.id)).status, 'InitiationPending');
    assert.deepEqual(await eventsAbout(order.id), []);
  });
});
