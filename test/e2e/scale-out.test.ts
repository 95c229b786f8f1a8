import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SignJWT, exportJWK } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { createKeyProvider, SandboxDirectory, type KeyProvider } from '../../certs/index.ts';
import {
  callApi,
  exchangeCode,
  INTENT_SCOPES,
  pushAuthorization,
  submitDomesticPayment,
  type AccessToken,
  type DomesticPayment,
  type IntentKind,
  type PushedAuthorization,
} from '../../examples/tpp-client.ts';
import { reconcileLedger } from '../../ledger/index.ts';
import { totp } from '../support/browser.ts';
import { launchChromium } from '../support/chromium.ts';
import {
  ALICE,
  authorizeIntent,
  forgetSpentTotp,
  type ConsentPlatform,
} from '../support/customer-consent.ts';
import { tlsFetch } from '../support/http.ts';
import { domesticPaymentRequest } from '../support/intent-requests.ts';
import { startGateway, type Gateway } from '../support/nginx.ts';
import { partsFixture, type PartProcess } from '../support/parts.ts';
import { freePort } from '../support/platform.ts';
import { createdIntentId, onboardTpp, type OnboardedTpp } from '../support/tpp.ts';

/**
 * The platform scaled out as the README's production section lays it out: the authorization
 * server and two resource servers as separate processes (`--only authz`, `--only resource`) on one
 * database, one SoftHSM token and one configuration, behind Debian's nginx, which terminates TLS,
 * verifies the TPP's certificate and passes it in the configured header from the one address
 * the platform trusts (TRUSTED_PROXIES). The TPP (openid-client) and the customer (chromium) see
 * only nginx.
 */

const REDIRECT = 'https://tpp.example/cb';
const CERT_HEADER = 'x-client-cert';
/**
 * nginx connects to the parts from this loopback address; the tests themselves come from 127.0.0.1.
 */
const PROXY_ADDRESS = '127.0.0.2';
/** Payments made while a resource server is killed, and how many are in flight at once. */
const PAYMENTS = 12;
const PAYMENTS_IN_FLIGHT = 4;

describe('the platform scaled out behind nginx', () => {
  const fixture = partsFixture({ hsm: true });
  let authz: PartProcess;
  let resources: PartProcess[];
  let gateway: Gateway;
  let keys: KeyProvider;
  let bank: ConsentPlatform & { directory: SandboxDirectory };
  let tpp: OnboardedTpp;
  let browser: Browser;

  before(async () => {
    const [browserPort, tppPort] = [await freePort(), await freePort()];
    const shared = {
      ISSUER: `https://localhost:${browserPort}`,
      TPP_BASE_URL: `https://localhost:${tppPort}`,
      TRUSTED_PROXIES: PROXY_ADDRESS,
      CLIENT_CERT_HEADER: CERT_HEADER,
    };
    // The authorization server first: it seeds the bank and makes the keys, dev PKI and directory
    // that the resource servers then find in the shared token and data directory.
    authz = await fixture.start(['authz'], shared);
    resources = await Promise.all([
      fixture.start(['resource'], shared),
      fixture.start(['resource'], shared),
    ]);
    const pki = join(fixture.dataDir(), 'pki');
    gateway = await startGateway({
      browserPort,
      tppPort,
      authz: { browser: authz.ports.browser, tpp: authz.ports.tpp },
      resource: resources.map((r) => r.ports.tpp),
      serverCertFile: join(pki, 'server.pem'),
      serverKeyFile: join(pki, 'server-key.pem'),
      upstreamCaFile: join(pki, 'ca.pem'),
      clientCaFile: join(fixture.dataDir(), 'directory', 'ca.pem'),
      clientCertHeader: CERT_HEADER,
      proxyAddress: PROXY_ADDRESS,
    });
    // The directory a TPP gets its kit from: the bank's own, opened on the same token.
    const env = fixture.env();
    keys = await createKeyProvider({
      pkcs11: {
        module: env.PKCS11_MODULE!,
        pin: env.PKCS11_PIN!,
        slot: 0,
        tokenLabel: env.PKCS11_TOKEN_LABEL,
      },
      keystoreDir: join(fixture.dataDir(), 'keys'),
    });
    bank = {
      knex: fixture.database().knex,
      urls: { browser: shared.ISSUER, tpp: shared.TPP_BASE_URL },
      serverTrustAnchorPem: await readFile(join(pki, 'ca.pem'), 'utf8'),
      directory: await SandboxDirectory.open({ dir: join(fixture.dataDir(), 'directory'), keys }),
    };
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await gateway?.stop();
    await keys?.close();
  });

  /**
   * Which resource server answered (the X-Upstream header the test's nginx adds), as an index into
   * `resources`.
   */
  function servedBy(response: { headers: { get(name: string): string | null } }): number {
    const upstream = response.headers.get('x-upstream') ?? '';
    const index = resources.findIndex((r) => upstream.endsWith(`:${r.ports.tpp}`));
    assert.notEqual(index, -1, `answered by a resource server, not "${upstream}"`);
    return index;
  }

  /**
   * The customer signs in and approves in chromium, through nginx; returns the authorization
   * response.
   */
  async function approveInChromium(
    started: PushedAuthorization,
    approve: (page: Page) => Promise<void>,
  ): Promise<URL> {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    try {
      const page = await context.newPage();
      await page.goto(started.url.href);
      await forgetSpentTotp(bank.knex, ALICE.id);
      await page.getByLabel('Username').fill(ALICE.username);
      await page.getByLabel('Password').fill(ALICE.password);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByLabel('6-digit code').fill(await totp(ALICE.totpSecret));
      await page.getByRole('button', { name: 'Confirm' }).click();
      const [request] = await Promise.all([
        page.waitForRequest((r) => r.url().startsWith(REDIRECT)),
        approve(page),
      ]);
      return new URL(request.url());
    } finally {
      await context.close();
    }
  }

  async function tokenApprovedInChromium(
    kind: IntentKind,
    request?: unknown,
  ): Promise<{ intentId: string; token: AccessToken }> {
    const intentId = await createdIntentId(tpp.tpp, kind, request);
    const started = await pushAuthorization(tpp.tpp, intentId, {
      scope: INTENT_SCOPES[kind],
      redirectUri: REDIRECT,
    });
    const callback = await approveInChromium(started, async (page) => {
      if (kind === 'account-access') {
        await page.getByRole('checkbox').first().check();
        await page.getByRole('button', { name: /Share with Scale Out Ltd/ }).click();
      } else {
        await page.getByRole('radio').first().check();
        await page.getByRole('button', { name: 'Approve payment' }).click();
      }
    });
    return { intentId, token: await exchangeCode(tpp.tpp, callback, started) };
  }

  const paymentOf = (
    intentId: string,
    intent: ReturnType<typeof domesticPaymentRequest>,
  ): DomesticPayment => ({
    Data: { ConsentId: intentId, Initiation: intent.Data.Initiation },
    Risk: intent.Risk,
  });

  test('a TPP onboards through nginx: its certificate reaches the authorization server in the trusted header', async () => {
    const discovery = await tlsFetch(`${bank.urls.browser}/.well-known/openid-configuration`, {
      ca: bank.serverTrustAnchorPem,
    });
    assert.equal(discovery.status, 200, `${await discovery.text()}\n${await gateway.logs()}`);
    tpp = await onboardTpp(bank, {
      name: 'Scale Out Ltd',
      roles: ['AISP', 'PISP'],
      redirectUri: REDIRECT,
    });
    assert.equal(
      new URL(tpp.tpp.config.serverMetadata().token_endpoint!).origin,
      bank.urls.tpp,
      'discovery names nginx',
    );

    // /health on the TPP host shows the certificate the bank sees.
    const seen = async (url: string, withCertificate: boolean) => {
      const identity = {
        ca: bank.serverTrustAnchorPem,
        ...(withCertificate && {
          cert: tpp.identity.transportCertPem,
          key: tpp.identity.transportKeyPem,
        }),
      };
      const forged = encodeURIComponent(tpp.identity.transportCertPem);
      const body = (await (
        await tlsFetch(url, identity, { headers: { [CERT_HEADER]: forged } })
      ).json()) as { clientCertificate: unknown };
      return body.clientCertificate;
    };
    assert.notEqual(
      await seen(`${bank.urls.tpp}/health`, true),
      null,
      'the verified certificate, through nginx',
    );
    assert.equal(
      await seen(`${bank.urls.tpp}/health`, false),
      null,
      "a client's own header is not passed on by nginx",
    );
    assert.equal(
      await seen(`https://localhost:${authz.ports.tpp}/health`, false),
      null,
      'nor believed from an address not in TRUSTED_PROXIES',
    );
  });

  test('the customer approves account access in chromium through nginx; the TPP reads through both resource servers', async () => {
    const { token } = await tokenApprovedInChromium('account-access');
    const served = new Set<number>();
    for (let i = 0; i < 4; i++) {
      const accounts = await callApi(tpp.tpp, token, 'GET', '/open-banking/v3.1/aisp/accounts');
      assert.equal(accounts.status, 200, await accounts.clone().text());
      assert.equal(
        ((await accounts.json()) as { Data: { Account: unknown[] } }).Data.Account.length,
        1,
      );
      served.add(servedBy(accounts));
    }
    assert.deepEqual([...served].sort(), [0, 1], 'nginx balanced the reads over both instances');
  });

  test('the customer approves a payment in chromium; the TPP pays through nginx', async () => {
    const intent = domesticPaymentRequest();
    const { intentId, token } = await tokenApprovedInChromium('domestic-payment', intent);
    const paid = await submitDomesticPayment(tpp.tpp, token, paymentOf(intentId, intent));
    assert.equal(paid.status, 201, await paid.clone().text());
    const { Data } = (await paid.json()) as { Data: { DomesticPaymentId: string; Status: string } };
    const row = await bank
      .knex('openbanking.payments')
      .where({ id: Data.DomesticPaymentId })
      .first<{ consent_id: string; ledger_transfer_id: string | null }>();
    assert.equal(row?.consent_id, intentId);
    assert.ok(row?.ledger_transfer_id, 'posted to the ledger');
  });

  test('a DPoP proof used on one resource server is refused on the other', async () => {
    const intentId = await createdIntentId(tpp.tpp, 'account-access');
    const token = await authorizeIntent(bank, tpp.tpp, intentId, { redirectUri: REDIRECT });
    const url = `${bank.urls.tpp}/open-banking/v3.1/aisp/accounts`;
    const { publicKey, privateKey } = tpp.tpp.dpopKeys!;
    const proof = await new SignJWT({
      htm: 'GET',
      htu: url,
      jti: randomUUID(),
      ath: createHash('sha256').update(token.access_token).digest('base64url'),
    })
      .setProtectedHeader({ typ: 'dpop+jwt', alg: 'ES256', jwk: await exportJWK(publicKey) })
      .setIssuedAt()
      .sign(privateKey);
    const send = () =>
      tlsFetch(
        url,
        {
          ca: bank.serverTrustAnchorPem,
          cert: tpp.identity.transportCertPem,
          key: tpp.identity.transportKeyPem,
        },
        {
          headers: {
            authorization: `DPoP ${token.access_token}`,
            dpop: proof,
            accept: 'application/json',
          },
        },
      );
    const first = await send();
    assert.equal(first.status, 200, await first.clone().text());
    const firstServer = servedBy(first);
    // Round robin sends the next request to the other instance; every replay is refused wherever it
    // lands.
    const replays = [await send(), await send()];
    for (const replay of replays) {
      assert.equal(replay.status, 401, await replay.clone().text());
      assert.match(replay.headers.get('www-authenticate') ?? '', /invalid_dpop_proof/);
    }
    assert.ok(
      replays.some((replay) => servedBy(replay) !== firstServer),
      'a replay reached the other instance',
    );
  });

  test('killing a resource server mid-run loses no payment that was answered 201, and pays none twice', async (t) => {
    // One consent per payment, each approved by the customer (through nginx, without a browser).
    const consents: {
      intentId: string;
      token: AccessToken;
      payment: DomesticPayment;
      key: string;
    }[] = [];
    for (let i = 0; i < PAYMENTS; i++) {
      const intent = domesticPaymentRequest();
      intent.Data.Initiation.InstructedAmount.Amount = `1.${String(i + 10)}`;
      const intentId = await createdIntentId(tpp.tpp, 'domestic-payment', intent);
      const token = await authorizeIntent(bank, tpp.tpp, intentId, { redirectUri: REDIRECT });
      consents.push({ intentId, token, payment: paymentOf(intentId, intent), key: randomUUID() });
    }

    const victim = resources[1]!;
    const answers: {
      consent: number;
      status: number;
      paymentId: string | undefined;
      server: number | undefined;
    }[] = [];
    let killed = false;
    const pay = async (consent: (typeof consents)[number]) => {
      const response = await submitDomesticPayment(
        tpp.tpp,
        consent.token,
        consent.payment,
        consent.key,
      );
      const body =
        response.status === 201
          ? ((await response.json()) as { Data: { DomesticPaymentId: string } })
          : undefined;
      return {
        status: response.status,
        paymentId: body?.Data.DomesticPaymentId,
        server: response.status === 201 ? servedBy(response) : undefined,
      };
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: PAYMENTS_IN_FLIGHT }, async () => {
        while (next < consents.length) {
          const consent = next++;
          answers.push({ consent, ...(await pay(consents[consent]!)) });
          // SIGKILL, no shutdown: once the victim has answered and others are in flight.
          if (!killed && answers.some((a) => a.server === 1) && answers.length >= 3) {
            killed = true;
            victim.run.child.kill('SIGKILL');
          }
        }
      }),
    );
    assert.ok(killed, 'the second resource server was killed mid-run');
    assert.equal(await victim.run.exited, null, 'killed by the signal');
    assert.ok(
      answers.some((a) => a.status === 201 && a.server === 1),
      'the killed instance had paid some',
    );

    // Every 201 is in the ledger, exactly once.
    const paid = answers.filter((a) => a.status === 201).map((a) => a.paymentId!);
    const rows = await bank
      .knex('openbanking.payments as p')
      .join('ledger.transfers as t', 't.id', 'p.ledger_transfer_id')
      .whereIn('p.id', paid)
      .select<{ id: string; kind: string }[]>('p.id', 't.kind');
    assert.deepEqual(rows.map((r) => r.id).sort(), [...paid].sort());
    assert.ok(rows.every((r) => r.kind === 'domestic-payment'));

    // What was not answered 201 (in flight on the killed instance) the TPP retries with the same
    // idempotency key: each consent ends with exactly one payment and one ledger transfer.
    for (const answer of answers) {
      if (answer.status === 201) continue;
      assert.equal(answer.status, 502, 'only the in-flight requests of the killed instance failed');
      const retried = await pay(consents[answer.consent]!);
      assert.equal(retried.status, 201);
      assert.equal(retried.server, 0);
    }
    t.diagnostic(
      `${answers.filter((a) => a.status !== 201).length} of ${PAYMENTS} payments were in flight on the killed instance and retried`,
    );
    const perConsent = await bank
      .knex('openbanking.payments as p')
      .join('ledger.transfers as t', 't.id', 'p.ledger_transfer_id')
      .whereIn(
        'p.consent_id',
        consents.map((c) => c.intentId),
      )
      .groupBy('p.consent_id')
      .select<{ consent_id: string; payments: number }[]>(
        'p.consent_id',
        bank.knex.raw('count(*)::int AS payments'),
      );
    assert.equal(perConsent.length, PAYMENTS);
    assert.ok(perConsent.every((row) => row.payments === 1));
    const transfers = await bank
      .knex('ledger.transfers')
      .where({ kind: 'domestic-payment' })
      .count<{ count: string }[]>('* as count');
    const payments = await bank
      .knex('openbanking.payments')
      .count<{ count: string }[]>('* as count');
    assert.equal(
      Number(transfers[0]!.count),
      Number(payments[0]!.count),
      'no transfer without its payment (a killed transaction left nothing)',
    );
    assert.ok((await reconcileLedger(bank.knex)).ok, 'the ledger reconciles');
  });
});
