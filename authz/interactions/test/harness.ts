import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import assert from 'node:assert/strict';
import { after, before, beforeEach } from 'node:test';
import Koa from 'koa';
import Provider, { type Configuration } from 'oidc-provider';
import { postgresAdapter } from '../../adapter.ts';
import { CLAIMS_PARAM } from '../../claims-parameter.ts';
import { accountFinder } from '../../accounts.ts';
import { SANDBOX_CUSTOMERS, seedSandboxBank } from '../../../db/seeds/index.ts';
import { loadConfig } from '../../../platform/config.ts';
import { createLogger } from '../../../platform/logging.ts';
import { Browser, csrfOf, totp, type Response } from '../../../test/support/browser.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { authorizationErrorPage, brandedConsentUi, interactionRoutes } from '../index.ts';
import { describedConsents } from '../../../resource-server/index.ts';

/**
 * A real oidc-provider with the consent UI mounted in front of it, over plain HTTP on a free port:
 * enough of the authorization server to drive the interaction routes end to end without TLS, PAR
 * or client authentication (those are the platform's, tested in test/e2e/). The browser is a
 * cookie jar and fetch without automatic redirects, so every hop can be checked.
 */

export { Browser, csrfOf, totp, type Response };

export const CLIENT_ID = 'tpp-budget-buddy';
export const OTHER_CLIENT_ID = 'tpp-other';
export const REDIRECT_URI = 'https://tpp.example/cb';
export const [ALICE, BOB, CAROL] = SANDBOX_CUSTOMERS as [
  (typeof SANDBOX_CUSTOMERS)[0],
  (typeof SANDBOX_CUSTOMERS)[0],
  (typeof SANDBOX_CUSTOMERS)[0],
];

export interface Harness {
  db: TestDatabase;
  provider: Provider;
  baseUrl: string;
  logLines: string[];
  close(): Promise<void>;
}

/** `env`: platform settings over the harness's own (the bank's branding, SEED_SANDBOX). */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const config = loadConfig({ DATA_DIR: '/tmp/unused', ISSUER: 'https://localhost:8443', ...env });
  const ui = brandedConsentUi(config.bank, config.seedSandbox);
  const db = await createTestDatabase();
  const dataEncryptionKey = randomBytes(32);
  await seedSandboxBank(db.knex, { encryptionKey: dataEncryptionKey });
  const cookieKeys = [randomBytes(32).toString('base64url')];
  const logLines: string[] = [];
  const logger = createLogger({
    level: 'info',
    destination: { write: (line: string) => void logLines.push(line) },
  });

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const configuration: Configuration = {
    adapter: postgresAdapter(db.knex),
    clients: [
      {
        client_id: CLIENT_ID,
        client_name: 'Budget Buddy',
        software_client_description: 'Budgets from your spending, every month.',
        redirect_uris: [REDIRECT_URI],
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
      {
        client_id: OTHER_CLIENT_ID,
        client_name: 'Other App',
        redirect_uris: [REDIRECT_URI],
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    cookies: {
      keys: cookieKeys,
      long: { secure: false, sameSite: 'lax' },
      short: { secure: false, sameSite: 'lax' },
    },
    extraClientMetadata: { properties: ['software_client_description'] },
    findAccount: accountFinder(db.knex),
    scopes: ['openid', 'accounts', 'payments', 'fundsconfirmations'],
    claims: { openid: ['sub'], acr: null, openbanking_intent_id: null },
    acrValues: ['urn:openbanking:psd2:sca'],
    features: { devInteractions: { enabled: false } },
    extraParams: [CLAIMS_PARAM],
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId;
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    renderError: authorizationErrorPage(ui),
  };
  const provider = new Provider(baseUrl, configuration);
  const app = new Koa();
  app.use(
    interactionRoutes({
      provider,
      knex: db.knex,
      logger,
      ui,
      secrets: { dataEncryptionKey, cookieKeys },
      config,
      describedConsents: describedConsents(db.knex),
    }),
  );
  const callback = provider.callback();
  app.use(async (ctx) => {
    ctx.respond = false;
    await callback(ctx.req, ctx.res);
  });
  server.on('request', app.callback());
  return {
    db,
    provider,
    baseUrl,
    logLines,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await db.drop();
    },
  };
}

/**
 * One harness for the test file, with every customer's sign-in state reset before each test (a
 * TOTP code is accepted once, and the tests sign the same customers in many times).
 */
export function useHarness(): { readonly current: Harness } {
  const holder: { current: Harness } = { current: undefined as unknown as Harness };
  before(async () => {
    holder.current = await startHarness();
  });
  after(() => holder.current?.close());
  beforeEach(() =>
    holder.current.db.knex.raw(
      'UPDATE authz.customers SET totp_last_used_step = NULL, failed_attempts = 0, locked_until = NULL',
    ),
  );
  return holder;
}

export async function insertAccountAccessConsent(
  harness: Harness,
  options: { clientId?: string; permissions?: string[]; expiresAt?: Date | null } = {},
): Promise<string> {
  const id = `aac-${randomUUID()}`;
  await harness.db.knex.raw(
    `INSERT INTO openbanking.consents (id, kind, client_id, status, permissions, expires_at, transaction_from, transaction_to)
     VALUES (?, 'account-access', ?, 'AwaitingAuthorisation', ?::text[], ?, ?, ?)`,
    [
      id,
      options.clientId ?? CLIENT_ID,
      options.permissions ?? ['ReadAccountsDetail', 'ReadBalances', 'ReadTransactionsDetail'],
      options.expiresAt === undefined ? new Date(Date.now() + 90 * 86_400_000) : options.expiresAt,
      new Date('2025-01-01T00:00:00Z'),
      new Date('2025-12-31T00:00:00Z'),
    ],
  );
  return id;
}

export async function insertPaymentConsent(
  harness: Harness,
  amount: string,
  debtorAccount?: { SchemeName: string; Identification: string },
): Promise<string> {
  const id = `pdc-${randomUUID()}`;
  const initiation = {
    InstructionIdentification: 'INSTR-1',
    EndToEndIdentification: 'E2E-1',
    InstructedAmount: { Amount: amount, Currency: 'GBP' },
    CreditorAccount: {
      SchemeName: 'UK.OBIE.SortCodeAccountNumber',
      Identification: '40400412345678',
      Name: 'Corner Shop Ltd',
    },
    RemittanceInformation: { Reference: 'INV-2041' },
    ...(debtorAccount && { DebtorAccount: debtorAccount }),
  };
  await harness.db.knex.raw(
    `INSERT INTO openbanking.consents (id, kind, client_id, status, initiation, risk) VALUES (?, 'domestic-payment', ?, 'AwaitingAuthorisation', ?, '{}')`,
    [id, CLIENT_ID, JSON.stringify(initiation)],
  );
  return id;
}

/** The authorization request a TPP would send, naming the intent the UK way (claims). */
export function authorizationPath(
  intentId: string,
  scope = 'openid accounts',
  clientId = CLIENT_ID,
): string {
  const verifier = randomBytes(32).toString('base64url');
  const params = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope,
    redirect_uri: REDIRECT_URI,
    state: 'state-123',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    [CLAIMS_PARAM]: JSON.stringify({
      id_token: {
        openbanking_intent_id: { value: intentId, essential: true },
        acr: { essential: true, values: ['urn:openbanking:psd2:sca'] },
      },
    }),
  });
  return `/auth?${params}`;
}

/** Arrives from the TPP and signs in with both factors; returns the consent page. */
export async function signInThroughAuthorization(
  browser: Browser,
  path: string,
  customer = ALICE,
  codeOffsetSeconds = 0,
): Promise<Response> {
  const loginPage = await browser.follow(await browser.get(path));
  const interaction = new URL(loginPage.url).pathname;
  const html = await loginPage.text();
  const codePage = await browser.follow(
    await browser.post(`${interaction}/login`, {
      csrf: csrfOf(html),
      username: customer.username,
      password: customer.password,
    }),
  );
  const codeHtml = await codePage.text();
  return browser.follow(
    await browser.post(`${interaction}/code`, {
      csrf: csrfOf(codeHtml),
      code: await totp(customer.totpSecret, codeOffsetSeconds),
    }),
  );
}

/** Signs in to the Connected apps dashboard with both factors; returns the dashboard. */
export async function signInToDashboard(browser: Browser, customer = ALICE): Promise<Response> {
  const loginPage = await browser.get('/consents');
  const html = await loginPage.text();
  assert.match(html, /Sign in to manage connected apps/);
  const codePage = await browser.follow(
    await browser.post('/consents/sign-in', {
      csrf: csrfOf(html),
      username: customer.username,
      password: customer.password,
    }),
  );
  return browser.follow(
    await browser.post('/consents/code', {
      csrf: csrfOf(await codePage.text()),
      code: await totp(customer.totpSecret),
    }),
  );
}
