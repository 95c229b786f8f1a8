import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createLocalJWKSet, type JSONWebKeySet, jwtVerify } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { pollEvents, subscribeToEvents } from '../../examples/event-receiver.ts';
import { type AccessToken, clientCredentials } from '../../examples/tpp-client.ts';
import { executeDueOrders } from '../../events/index.ts';
import { reconcileLedger, totalsByCurrency } from '../../ledger/index.ts';
import { type CancelOutcome, cancelCustomerPaymentOrder } from '../../openbanking/index.ts';
import { totp } from '../support/browser.ts';
import { launchChromium } from '../support/chromium.ts';
import { ALICE, authorizeIntent, forgetSpentTotp } from '../support/customer-consent.ts';
import { assertSecurityEventToken } from '../support/event-notifications.ts';
import { tlsFetch } from '../support/http.ts';
import {
  domesticScheduledPaymentRequest,
  domesticStandingOrderRequest,
} from '../support/intent-requests.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import {
  debtorBalance,
  PAYMENT_ORDER_API,
  type PaymentOrderApiKind,
  pispCall,
} from '../support/pisp.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import { type OnboardedTpp, onboardTpp } from '../support/tpp.ts';

/**
 * The bank customer cancels a scheduled payment or standing order a TPP set up (OB gives the TPP
 * no cancel; the customer asks the bank), against the whole platform over real TLS: the TPP
 * (openid-client) makes the consent and the order, the customer approves it, then cancels it in
 * Connected apps in Debian chromium (sign-in with password and TOTP, the order listed with its
 * amount, payee, next date and frequency, Cancel, the confirmation page). The TPP then reads the
 * order Cancelled (v3.1; CANC on v4.0), held to the official documents, and polls the signed
 * resource-update event, verified against the bank's published keys; the execution job pays
 * nothing more. The race with the execution job is run with the job's own entry point, each
 * interleaving forced with a lock the test holds: the job mid-instalment when the cancellation
 * comes (that instalment paid, no later one; a scheduled payment just made is finished), and the
 * cancellation mid-commit when the job comes (nothing paid).
 */

const REDIRECT = 'https://tpp.example/cb';
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'consent-ui');
const TPP_NAME = 'Rent Rider';
const DAY_MS = 86_400_000;
const RESOURCE_UPDATE = 'urn:uk:org:openbanking:events:resource-update';

let platform: TestPlatform;
let tpp: OnboardedTpp;
let browser: Browser;

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  platform = await startTestPlatform();
  tpp = await onboardTpp(platform, {
    name: TPP_NAME,
    roles: ['PISP'],
    redirectUri: REDIRECT,
    register: { authMethod: 'private_key_jwt', binding: 'dpop' },
  });
  // Events by polling only (no callback URL).
  const subscribed = await subscribeToEvents(tpp.tpp, await payments(), { Version: '3.1' });
  assert.equal(subscribed.status, 201, await subscribed.text());
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await platform?.stop();
});

const payments = (): Promise<AccessToken> => clientCredentials(tpp.tpp, 'payments');

type OrderKind = PaymentOrderApiKind;
const API = PAYMENT_ORDER_API;

interface Order {
  kind: OrderKind;
  id: string;
  consentId: string;
}

/** The TPP's consent, the customer's approval (paying from her current account), the order. */
async function submittedOrder(
  kind: OrderKind,
  request: { Data: Record<string, any>; Risk: Record<string, any> },
): Promise<Order> {
  const created = await pispCall(
    tpp.tpp,
    'v3.1',
    await payments(),
    'POST',
    API[kind].consents,
    API[kind].consents,
    request,
  );
  assert.equal(created.status, 201, created.text);
  const consentId: string = created.body.Data.ConsentId;
  const token = await authorizeIntent(platform, tpp.tpp, consentId, {
    redirectUri: REDIRECT,
    customer: ALICE,
    accounts: [ALICE.current.id],
  });
  const made = await pispCall(tpp.tpp, 'v3.1', token, 'POST', API[kind].orders, API[kind].orders, {
    Data: { ConsentId: consentId, Initiation: request.Data.Initiation },
    Risk: request.Risk,
  });
  assert.equal(made.status, 201, made.text);
  assert.equal(made.body.Data.Status, 'InitiationPending');
  return { kind, id: made.body.Data[API[kind].id], consentId };
}

/** The order as the TPP reads it on `version`, held to that version's document. */
async function readOrder(order: Order, version: 'v3.1' | 'v4.0' = 'v3.1', details = false) {
  const suffix = details ? '/payment-details' : '';
  const read = await pispCall(
    tpp.tpp,
    version,
    await payments(),
    'GET',
    `${API[order.kind].orders}/${order.id}${suffix}`,
    `${API[order.kind].orders}/{${API[order.kind].id}}${suffix}`,
  );
  assert.equal(read.status, 200, read.text);
  return read.body.Data;
}

/** The payments made by the order, by status. */
async function paymentsOf(order: Order): Promise<string[]> {
  const rows = await platform
    .knex('openbanking.payments')
    .where({ order_id: order.id })
    .orderBy('execution_date')
    .select<{ status: string }[]>('status');
  return rows.map((row) => row.status);
}

async function assertLedgerBalanced(): Promise<void> {
  for (const [currency, total] of await totalsByCurrency(platform.knex))
    assert.equal(total, 0n, `${currency} total`);
  assert.ok((await reconcileLedger(platform.knex)).ok, 'the ledger reconciles');
}

/** Alice signs in to Connected apps in chromium (the earlier tests' TOTP codes forgotten). */
async function dashboardPage(): Promise<Page> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1000, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${platform.urls.browser}/consents`);
  await forgetSpentTotp(platform.knex, ALICE.id);
  await page.getByLabel('Username').fill(ALICE.username);
  await page.getByLabel('Password').fill(ALICE.password);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('6-digit code').fill(await totp(ALICE.totpSecret));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('heading', { name: 'Connected apps' }).waitFor();
  return page;
}

/**
 * The TPP polls its events and acknowledges them; returns the SETs it got, each verified with
 * the key set the bank publishes (typed secevent+jwt, from the bank, to this TPP).
 */
async function polledEvents(): Promise<{ jti: string; claims: Record<string, any> }[]> {
  const token = await payments();
  const response = await pollEvents(tpp.tpp, token, { maxEvents: 100 });
  const body = await obResponseBody('events', 'POST', '/events', response);
  const sets = Object.entries(body.sets as Record<string, string>);
  if (sets.length > 0) await pollEvents(tpp.tpp, token, { ack: sets.map(([jti]) => jti) });
  const jwks = createLocalJWKSet(
    (await (
      await tlsFetch(`${platform.urls.browser}/jwks`, { ca: platform.serverTrustAnchorPem })
    ).json()) as JSONWebKeySet,
  );
  const verified = [];
  for (const [jti, set] of sets) {
    const { payload } = await jwtVerify(set, jwks, {
      typ: 'secevent+jwt',
      issuer: platform.urls.browser,
      audience: tpp.tpp.clientId,
    });
    verified.push({ jti, claims: payload as Record<string, any> });
  }
  return verified;
}

const orderUrl = (order: Order) =>
  `${platform.urls.tpp}/open-banking/v3.1/pisp${API[order.kind].orders}/${order.id}`;

describe('the customer cancels in Connected apps (chromium)', () => {
  test('a standing order: listed with amount, payee, next date and frequency; cancelled after confirming; the TPP reads Cancelled and gets a signed resource-update; nothing more is paid', async () => {
    const request = domesticStandingOrderRequest('2031-01-15T08:00:00+00:00');
    const order = await submittedOrder('standing', request);
    const balance = await debtorBalance(platform.knex, order.consentId);
    await polledEvents(); // the consent's events so far

    const page = await dashboardPage();
    const app = page.getByRole('region', { name: TPP_NAME });
    const item = app.locator('li.order', { hasText: 'Standing order to ACME Lettings' });
    const shown = await item.innerText();
    assert.match(shown, /Next payment\s+£10\.00 on 15 January 2031 at 08:00/);
    assert.match(shown, /How often\s+On day 1 of every month/);
    assert.match(shown, /From\s+.+ · Sort code \d{2}-\d{2}-\d{2}, account ••••\d{4}/);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-orders.png'), fullPage: true });
    await item.getByRole('button', { name: `Cancel Standing order to ACME Lettings` }).click();

    await page.getByRole('heading', { name: 'Cancel this standing order?' }).waitFor();
    assert.match(await page.content(), /No more payments will be made to ACME Lettings/);
    assert.equal((await readOrder(order)).Status, 'InitiationPending', 'not before confirming');
    await page.screenshot({
      path: join(ARTIFACTS, 'dashboard-confirm-cancel-order.png'),
      fullPage: true,
    });
    const cancelledAt = Date.now();
    await page.getByRole('button', { name: 'Yes, cancel the standing order' }).click();
    await page
      .getByText(
        `Your standing order to ACME Lettings is cancelled: no more payments will be made. ${TPP_NAME} has been told.`,
      )
      .waitFor();
    assert.equal(
      await page.locator('li.order', { hasText: 'Standing order to ACME Lettings' }).count(),
      0,
      'no longer listed',
    );
    await page.context().close();

    const read = await readOrder(order);
    assert.equal(read.Status, 'Cancelled');
    assert.ok(
      Date.parse(read.StatusUpdateDateTime) >= cancelledAt - 2000,
      read.StatusUpdateDateTime,
    );
    const events = (await polledEvents()).filter(({ claims }) => claims.sub === orderUrl(order));
    assert.equal(events.length, 1, 'one event about the order');
    assertSecurityEventToken(events[0]!.claims, {
      jti: events[0]!.jti,
      resource: orderUrl(order),
      resourceType: 'domestic-standing-order',
      events: [RESOURCE_UPDATE],
    });

    // However late the job runs, the order pays nothing.
    await executeDueOrders(platform.knex, new Date('2032-01-01T00:00:00Z'));
    assert.deepEqual(await paymentsOf(order), []);
    assert.equal(await debtorBalance(platform.knex, order.consentId), balance);
  });

  test('a scheduled payment: Cancelled on v3.1 and CANC on v4.0; a second cancellation is refused and changes nothing', async () => {
    const order = await submittedOrder(
      'scheduled',
      domesticScheduledPaymentRequest(new Date(Date.now() + 2 * DAY_MS).toISOString()),
    );
    const page = await dashboardPage();
    // A second tab with the dashboard as it was, for the second cancellation.
    const other = await page.context().newPage();
    await other.goto(`${platform.urls.browser}/consents`);
    const itemOf = (tab: Page) =>
      tab.locator('li.order', { hasText: 'Scheduled payment to ACME Inc' });
    const item = itemOf(page);
    assert.match(await item.innerText(), /Next payment\s+£25\.00 on /);
    assert.doesNotMatch(await item.innerText(), /How often/);
    const button = { name: 'Cancel Scheduled payment to ACME Inc' };
    await item.getByRole('button', button).click();
    await page.getByRole('button', { name: 'Yes, cancel the scheduled payment' }).click();
    await page.getByText('Your scheduled payment to ACME Inc is cancelled').waitFor();

    assert.equal((await readOrder(order)).Status, 'Cancelled');
    assert.equal((await readOrder(order, 'v4.0')).Status, 'CANC');
    const updated = (await readOrder(order)).StatusUpdateDateTime;

    // Cancel again from the other tab: refused with its own page.
    await itemOf(other).getByRole('button', button).click();
    await other.getByRole('heading', { name: 'This payment is already cancelled' }).waitFor();
    await page.context().close();
    assert.equal((await readOrder(order)).StatusUpdateDateTime, updated);
    assert.deepEqual(await paymentsOf(order), []);
  });
});

/**
 * The ledger's posting statement (ledger/postings.ts), which locks the accounts it moves money of,
 * by its opening (pg_stat_activity keeps a statement's first 1024 bytes).
 */
const POSTING = '%WITH params AS (%::timestamptz AS booked_at%';

/** Waits until a backend waits for a lock while running a statement like `pattern` (SQL LIKE). */
async function waitingOnLock(pattern: string): Promise<void> {
  const waiting = await pollUntil(
    async () =>
      (
        await platform.knex.raw<{ rows: { n: number }[] }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE wait_event_type = 'Lock' AND datname = current_database() AND query LIKE ?`,
          [pattern],
        )
      ).rows[0]!.n > 0,
    { timeoutMs: 15_000, intervalMs: 20 },
  );
  if (waiting) return;
  const { rows } = await platform.knex.raw<{ rows: { wait: string; query: string }[] }>(
    `SELECT wait_event_type || ':' || wait_event AS wait, left(query, 200) AS query
     FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  assert.fail(`no statement like ${pattern} waits on the test's lock: ${JSON.stringify(rows)}`);
}

/**
 * The execution job for `now` and the customer's cancellation of `order`, interleaved: the test
 * holds the paying account, so the job locks the order and waits in its posting; the cancellation
 * then waits on the order; the test lets go. The cancellation's outcome once both have finished.
 */
async function cancelDuringInstalment(order: Order, now: Date): Promise<CancelOutcome> {
  const holder = await platform.knex.transaction();
  let job: Promise<unknown> | undefined;
  let cancel: Promise<CancelOutcome> | undefined;
  try {
    await holder.raw('SELECT id FROM ledger.accounts WHERE id = ? FOR UPDATE', [ALICE.current.id]);
    job = executeDueOrders(platform.knex, now);
    await waitingOnLock(POSTING);
    cancel = cancelCustomerPaymentOrder(platform.knex, order.id, ALICE.id);
    await waitingOnLock("UPDATE openbanking.payment_orders%'Cancelled'%");
  } finally {
    await holder.commit();
  }
  await job;
  return cancel;
}

describe('cancellation racing the execution job', () => {
  test('the job mid-instalment: the cancellation waits for it; that instalment is paid and no later one (standing order)', async () => {
    const request = domesticStandingOrderRequest(new Date(Date.now() + DAY_MS).toISOString());
    Object.assign(request.Data.Initiation, { Frequency: 'EvryDay', NumberOfPayments: '3' });
    const order = await submittedOrder('standing', request);
    const balance = await debtorBalance(platform.knex, order.consentId);
    const due = new Date(Date.now() + DAY_MS + 60_000);

    const outcome = await cancelDuringInstalment(order, due);
    assert.ok('cancelled' in outcome, JSON.stringify(outcome));
    assert.equal(outcome.cancelled.status, 'Cancelled');
    assert.deepEqual(await paymentsOf(order), ['AcceptedSettlementInProcess']);
    assert.equal(await debtorBalance(platform.knex, order.consentId), balance - 1000n);

    await executeDueOrders(platform.knex, new Date(Date.now() + 30 * DAY_MS));
    assert.equal((await paymentsOf(order)).length, 1, 'no later instalment');
    assert.equal(await debtorBalance(platform.knex, order.consentId), balance - 1000n);
    assert.equal((await readOrder(order)).Status, 'Cancelled');
    assert.equal((await readOrder(order, 'v3.1', true)).PaymentStatus.length, 1);
    await assertLedgerBalanced();
  });

  test('the job mid-payment of a scheduled payment: it is paid, and the cancellation is refused as finished', async () => {
    const order = await submittedOrder(
      'scheduled',
      domesticScheduledPaymentRequest(new Date(Date.now() + DAY_MS).toISOString()),
    );
    const balance = await debtorBalance(platform.knex, order.consentId);
    assert.deepEqual(await cancelDuringInstalment(order, new Date(Date.now() + DAY_MS + 60_000)), {
      refused: 'finished',
    });
    assert.deepEqual(await paymentsOf(order), ['AcceptedSettlementInProcess']);
    assert.equal(await debtorBalance(platform.knex, order.consentId), balance - 2500n);
    assert.equal((await readOrder(order)).Status, 'InitiationCompleted');
    await assertLedgerBalanced();
  });

  test('the cancellation mid-commit: the job skips the order it holds, and after it there is nothing to pay', async () => {
    const request = domesticStandingOrderRequest(new Date(Date.now() + DAY_MS).toISOString());
    const order = await submittedOrder('standing', request);
    const balance = await debtorBalance(platform.knex, order.consentId);
    const due = new Date(Date.now() + DAY_MS + 60_000);

    // The test holds the event outbox: the cancellation has set Cancelled (the order's row is
    // locked) and waits to record the TPP's event when the job comes.
    const holder = await platform.knex.transaction();
    let cancel: ReturnType<typeof cancelCustomerPaymentOrder> | undefined;
    try {
      await holder.raw('LOCK TABLE openbanking.event_deliveries IN SHARE MODE');
      cancel = cancelCustomerPaymentOrder(platform.knex, order.id, ALICE.id);
      await waitingOnLock(
        '%INSERT INTO openbanking.event_deliveries%FROM openbanking.payment_orders%',
      );
      await executeDueOrders(platform.knex, due);
      assert.deepEqual(await paymentsOf(order), [], 'the job left the order alone');
    } finally {
      await holder.commit();
    }
    assert.ok('cancelled' in (await cancel!));
    await executeDueOrders(platform.knex, due);
    await executeDueOrders(platform.knex, new Date(Date.now() + 400 * DAY_MS));
    assert.deepEqual(await paymentsOf(order), []);
    assert.equal(await debtorBalance(platform.knex, order.consentId), balance);
    assert.equal((await readOrder(order)).Status, 'Cancelled');
    // The event was raised with the cancellation.
    const events = (await polledEvents()).filter(({ claims }) => claims.sub === orderUrl(order));
    assert.deepEqual(
      events.map(({ claims }) => Object.keys(claims.events)),
      [[RESOURCE_UPDATE]],
    );
  });
});
