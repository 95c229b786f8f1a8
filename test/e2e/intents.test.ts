import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { calculateJwkThumbprint, exportJWK, SignJWT } from 'jose';
import * as oauth from 'openid-client';
import {
  callApi,
  clientCredentials,
  createIntent,
  deleteIntent,
  INTENT_PATHS,
  INTENT_SCOPES,
  mtlsFetch,
  OB_ISS,
  readIntent,
  resourceUrl,
  signMessage,
  verifyBankSignature,
  type AccessToken,
  type IntentKind,
  type RegisteredTpp,
  type TppIdentity,
} from '../../examples/tpp-client.ts';
import { accessTokenHash } from '../../resource-server/guard/dpop-proof.ts';
import type { ObApi } from '../../resource-server/validation/openapi-ajv.ts';
import { authorizeIntent } from '../support/customer-consent.ts';
import { tlsFetch } from '../support/http.ts';
import {
  accountAccessRequest as accountAccess,
  domesticPaymentRequest as domesticPayment,
  fundsConfirmationRequest as fundsConfirmation,
  inDays,
  INTENT_REQUESTS as REQUESTS,
} from '../support/intent-requests.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { assertSignedByBank, onboardTpp } from '../support/tpp.ts';

/**
 * OB v3.1 intents (account-access, domestic-payment and funds-confirmation consents) against the
 * whole platform over real TLS, with openid-client as the TPP: one TPP on private_key_jwt + DPoP,
 * one on tls_client_auth + certificate-bound tokens. Every resource-server answer, success or
 * error, is held to the official OB documents (test/support/ob-spec.ts), and every payment-intent
 * answer with a body carries the bank's verified message signature.
 */

let platform: TestPlatform;
let dpopIdentity: TppIdentity;
let mtlsIdentity: TppIdentity;
let dpopTpp: RegisteredTpp;
let mtlsTpp: RegisteredTpp;

const REDIRECT = 'https://tpp.example/cb';
const ALL_ROLES: ('AISP' | 'PISP' | 'CBPII')[] = ['AISP', 'PISP', 'CBPII'];

before(async () => {
  platform = await startTestPlatform();
  ({ tpp: dpopTpp, identity: dpopIdentity } = await onboardTpp(platform, {
    name: 'Intent Dpop Ltd',
    roles: ALL_ROLES,
    redirectUri: REDIRECT,
  }));
  ({ tpp: mtlsTpp, identity: mtlsIdentity } = await onboardTpp(platform, {
    name: 'Intent Mtls Ltd',
    roles: ALL_ROLES,
    redirectUri: REDIRECT,
    register: { authMethod: 'tls_client_auth', binding: 'mtls' },
  }));
});
after(() => platform?.stop());

const SPEC: Record<IntentKind, { api: ObApi; collection: string }> = {
  'account-access': { api: 'account-info', collection: '/account-access-consents' },
  'domestic-payment': { api: 'payment-initiation', collection: '/domestic-payment-consents' },
  'funds-confirmation': { api: 'confirmation-funds', collection: '/funds-confirmation-consents' },
};

interface ObAnswer {
  status: number;
  body: Record<string, any>;
  /** The body as sent: what the bank's signature covers. */
  text: string;
  headers: Headers;
}

/**
 * An intent call's answer, held to the OB document of its operation. Payment intents are signed
 * (OB message signing, like the payments): the signature must verify against the bank's published
 * keys (read through a TPP's discovery); the other kinds carry none.
 */
async function answer(
  kind: IntentKind,
  method: string,
  member: boolean,
  response: { status: number; headers: Headers; text(): Promise<string> },
): Promise<ObAnswer> {
  const { api, collection } = SPEC[kind];
  const text = await response.text();
  const body = await obResponseBody(
    api,
    method,
    member ? `${collection}/{ConsentId}` : collection,
    { status: response.status, text: async () => text },
  );
  if (kind === 'domestic-payment' && text !== '')
    await assertSignedByBank(dpopTpp, response.headers, text);
  else
    assert.equal(
      response.headers.get('x-jws-signature'),
      null,
      `no message signature on a ${kind} answer`,
    );
  return { status: response.status, body, text, headers: response.headers };
}

const create = async (
  tpp: RegisteredTpp,
  token: AccessToken,
  kind: IntentKind,
  request: unknown,
  key?: string,
) => answer(kind, 'POST', false, await createIntent(tpp, token, kind, request, key));
const read = async (tpp: RegisteredTpp, token: AccessToken, kind: IntentKind, id: string) =>
  answer(kind, 'GET', true, await readIntent(tpp, token, kind, id));
const remove = async (
  tpp: RegisteredTpp,
  token: AccessToken,
  kind: Exclude<IntentKind, 'domestic-payment'>,
  id: string,
) => answer(kind, 'DELETE', true, await deleteIntent(tpp, token, kind, id));

async function rowCounts(): Promise<{ consents: number; idempotencyKeys: number }> {
  const { rows } = await platform.knex.raw<{ rows: { consents: number; keys: number }[] }>(
    `SELECT (SELECT count(*)::int FROM openbanking.consents) AS consents, (SELECT count(*)::int FROM ledger.idempotency_keys) AS keys`,
  );
  return { consents: rows[0]!.consents, idempotencyKeys: rows[0]!.keys };
}

/** Runs a refused request and checks that it wrote nothing. */
async function refusedWithoutWriting<T>(attempt: () => Promise<T>): Promise<T> {
  const before = await rowCounts();
  const result = await attempt();
  assert.deepEqual(await rowCounts(), before, 'a refused request must not write');
  return result;
}

function assertObError(result: ObAnswer, status: number, code: string, path?: string): void {
  assert.equal(result.status, status, JSON.stringify(result.body));
  const error = result.body.Errors.find(
    (e: { ErrorCode: string; Path?: string }) =>
      e.ErrorCode === code && (path === undefined || e.Path === path),
  );
  assert.ok(
    error,
    `expected ${code}${path ? ` at ${path}` : ''}, got ${JSON.stringify(result.body.Errors)}`,
  );
  assert.ok(error.Message.length > 0);
}

for (const [binding, tppOf] of [
  ['private_key_jwt + DPoP', () => dpopTpp],
  ['tls_client_auth + mTLS', () => mtlsTpp],
] as const) {
  describe(`intents with ${binding}`, () => {
    const tokens = new Map<IntentKind, AccessToken>();
    const token = async (kind: IntentKind) => {
      if (!tokens.has(kind)) {
        const response = await clientCredentials(
          tppOf(),
          INTENT_SCOPES[kind],
          tppOf().binding === 'dpop',
        );
        assert.equal(
          response.token_type.toLowerCase(),
          tppOf().binding === 'dpop' ? 'dpop' : 'bearer',
        );
        tokens.set(kind, response);
      }
      return tokens.get(kind)!;
    };

    for (const kind of Object.keys(SPEC) as IntentKind[]) {
      test(`${kind}: create, read${kind === 'domestic-payment' ? '' : ', delete'}`, async () => {
        const tpp = tppOf();
        const request = REQUESTS[kind]();
        const created = await create(tpp, await token(kind), kind, request);
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const id: string = created.body.Data.ConsentId;
        assert.equal(created.body.Data.Status, 'AwaitingAuthorisation');
        assert.equal(created.body.Links.Self, resourceUrl(tpp, `${INTENT_PATHS[kind]}/${id}`).href);
        assert.equal(created.headers.get('cache-control'), 'no-store');
        if (kind === 'account-access')
          assert.deepEqual(created.body.Data.Permissions, request.Data.Permissions);
        if (kind === 'domestic-payment')
          assert.deepEqual(created.body.Data.Initiation, request.Data.Initiation);
        if (kind === 'funds-confirmation')
          assert.deepEqual(created.body.Data.DebtorAccount, request.Data.DebtorAccount);
        if ('Risk' in request) assert.deepEqual(created.body.Risk, request.Risk);
        if (request.Data.ExpirationDateTime)
          assert.equal(
            Date.parse(created.body.Data.ExpirationDateTime),
            Date.parse(request.Data.ExpirationDateTime),
          );

        const row = (
          await platform.knex.raw(
            'SELECT kind, client_id, status FROM openbanking.consents WHERE id = ?',
            [id],
          )
        ).rows[0];
        assert.deepEqual(row, { kind, client_id: tpp.clientId, status: 'AwaitingAuthorisation' });

        const fetched = await read(tpp, await token(kind), kind, id);
        assert.equal(fetched.status, 200);
        assert.deepEqual(fetched.body, created.body);

        if (kind === 'domestic-payment') {
          // OB defines no DELETE here, so there is no documented response to hold it to: 405,
          // saying why.
          const refused = await callApi(
            tpp,
            await token(kind),
            'DELETE',
            `${INTENT_PATHS[kind]}/${id}`,
          );
          assert.equal(refused.status, 405);
          assert.equal(refused.headers.get('allow'), 'GET');
          assert.equal(
            (await refused.json()).Errors[0].ErrorCode,
            'UK.SandboxBank.MethodNotAllowed',
          );
          return;
        }
        const deleted = await remove(tpp, await token(kind), kind, id);
        assert.equal(deleted.status, 204);
        const after = await read(tpp, await token(kind), kind, id);
        assert.equal(after.body.Data.Status, 'Revoked');
        assertObError(
          await remove(tpp, await token(kind), kind, id),
          400,
          'UK.OBIE.Resource.InvalidConsentStatus',
        );
      });
    }
  });
}

describe('deleting an authorised consent', () => {
  test('kills its tokens: 401 at the resource server, inactive at introspection, refresh refused', async () => {
    const token = await clientCredentials(dpopTpp, 'accounts', true);
    const id: string = (await create(dpopTpp, token, 'account-access', accountAccess())).body.Data
      .ConsentId;
    const tokens = await authorizeIntent(platform, dpopTpp, id, { redirectUri: REDIRECT });
    assert.equal((await read(dpopTpp, token, 'account-access', id)).body.Data.Status, 'Authorised');
    assert.equal(
      (await oauth.tokenIntrospection(dpopTpp.config, tokens.access_token)).active,
      true,
    );

    assert.equal((await remove(dpopTpp, token, 'account-access', id)).status, 204);
    assert.equal((await read(dpopTpp, token, 'account-access', id)).body.Data.Status, 'Revoked');
    const accounts = await callApi(dpopTpp, tokens, 'GET', '/open-banking/v3.1/aisp/accounts');
    await obResponseBody('account-info', 'GET', '/accounts', accounts);
    assert.equal(accounts.status, 401);
    assert.equal(
      (await oauth.tokenIntrospection(dpopTpp.config, tokens.access_token)).active,
      false,
    );
    await assert.rejects(
      oauth.refreshTokenGrant(dpopTpp.config, tokens.refresh_token!, undefined, {
        DPoP: dpopTpp.dpop!,
      }),
      (error: { error?: string }) => error.error === 'invalid_grant',
    );
  });
});

describe('malformed intents: a 400 naming the field, and nothing written', () => {
  let accountsToken: AccessToken;
  let paymentsToken: AccessToken;
  let fundsToken: AccessToken;
  before(async () => {
    accountsToken = await clientCredentials(dpopTpp, 'accounts', true);
    paymentsToken = await clientCredentials(dpopTpp, 'payments', true);
    fundsToken = await clientCredentials(dpopTpp, 'fundsconfirmations', true);
  });

  const withData = (request: Record<string, any>, change: (data: Record<string, any>) => void) => {
    change(request.Data);
    return request;
  };
  const cases: [string, IntentKind, () => unknown, string, string][] = [
    [
      'missing Permissions',
      'account-access',
      () => withData(accountAccess(), (d) => delete d.Permissions),
      'UK.OBIE.Field.Missing',
      'Data.Permissions',
    ],
    [
      'missing Risk',
      'account-access',
      () => ({ Data: accountAccess().Data }),
      'UK.OBIE.Field.Missing',
      'Risk',
    ],
    [
      'an unknown field in Data',
      'account-access',
      () => withData(accountAccess(), (d) => (d.ExpiryDate = inDays(3))),
      'UK.OBIE.Field.Unexpected',
      'Data.ExpiryDate',
    ],
    [
      'an unknown top-level field',
      'account-access',
      () => ({ ...accountAccess(), Extra: true }),
      'UK.OBIE.Field.Unexpected',
      'Extra',
    ],
    [
      'an unknown permission',
      'account-access',
      () =>
        withData(accountAccess(), (d) => (d.Permissions = ['ReadAccountsBasic', 'ReadEverything'])),
      'UK.OBIE.Field.Invalid',
      'Data.Permissions[1]',
    ],
    [
      'a transaction permission without a direction',
      'account-access',
      () => withData(accountAccess(), (d) => (d.Permissions = ['ReadTransactionsBasic'])),
      'UK.OBIE.Field.Invalid',
      'Data.Permissions',
    ],
    [
      'a date that is not ISO 8601',
      'account-access',
      () => withData(accountAccess(), (d) => (d.ExpirationDateTime = '31/12/2030')),
      'UK.OBIE.Field.InvalidDate',
      'Data.ExpirationDateTime',
    ],
    [
      'a date-time with a space for the T',
      'funds-confirmation',
      () => withData(fundsConfirmation(), (d) => (d.ExpirationDateTime = '2030-01-01 00:00:00Z')),
      'UK.OBIE.Field.InvalidDate',
      'Data.ExpirationDateTime',
    ],
    [
      'an expiry in the past',
      'account-access',
      () => withData(accountAccess(), (d) => (d.ExpirationDateTime = '2020-01-01T00:00:00+00:00')),
      'UK.OBIE.Field.InvalidDate',
      'Data.ExpirationDateTime',
    ],
    [
      'a transaction period ending before it starts',
      'account-access',
      () =>
        withData(accountAccess(), (d) => (d.TransactionToDateTime = '2024-01-01T00:00:00+00:00')),
      'UK.OBIE.Field.InvalidDate',
      'Data.TransactionToDateTime',
    ],
    [
      'an amount with 3 decimals',
      'domestic-payment',
      () => withData(domesticPayment(), (d) => (d.Initiation.InstructedAmount.Amount = '10.001')),
      'UK.OBIE.Field.Invalid',
      'Data.Initiation.InstructedAmount.Amount',
    ],
    [
      'an amount that is not a decimal string',
      'domestic-payment',
      () => withData(domesticPayment(), (d) => (d.Initiation.InstructedAmount.Amount = 10)),
      'UK.OBIE.Field.Invalid',
      'Data.Initiation.InstructedAmount.Amount',
    ],
    [
      'an unsupported currency',
      'domestic-payment',
      () => withData(domesticPayment(), (d) => (d.Initiation.InstructedAmount.Currency = 'EUR')),
      'UK.OBIE.Unsupported.Currency',
      'Data.Initiation.InstructedAmount.Currency',
    ],
    [
      'a bad sort code',
      'domestic-payment',
      () =>
        withData(
          domesticPayment(),
          (d) => (d.Initiation.CreditorAccount.Identification = '12-34-5612345678'),
        ),
      'UK.OBIE.Field.Invalid',
      'Data.Initiation.CreditorAccount.Identification',
    ],
    [
      'an unsupported account scheme',
      'domestic-payment',
      () =>
        withData(
          domesticPayment(),
          (d) => (d.Initiation.CreditorAccount.SchemeName = 'UK.OBIE.PAN'),
        ),
      'UK.OBIE.Unsupported.Scheme',
      'Data.Initiation.CreditorAccount.SchemeName',
    ],
    [
      'a creditor without a name',
      'domestic-payment',
      () => withData(domesticPayment(), (d) => delete d.Initiation.CreditorAccount.Name),
      'UK.OBIE.Field.Missing',
      'Data.Initiation.CreditorAccount.Name',
    ],
    [
      'an unknown field in Initiation',
      'domestic-payment',
      () => withData(domesticPayment(), (d) => (d.Initiation.Priority = 'High')),
      'UK.OBIE.Field.Unexpected',
      'Data.Initiation.Priority',
    ],
    [
      'a funds check on a bad sort code',
      'funds-confirmation',
      () =>
        withData(fundsConfirmation(), (d) => (d.DebtorAccount.Identification = '1234563192681')),
      'UK.OBIE.Field.Invalid',
      'Data.DebtorAccount.Identification',
    ],
    [
      'an unknown field in a funds check',
      'funds-confirmation',
      () => withData(fundsConfirmation(), (d) => (d.DebtorAccount.Nickname = 'main')),
      'UK.OBIE.Field.Unexpected',
      'Data.DebtorAccount.Nickname',
    ],
  ];
  for (const [name, kind, body, code, path] of cases) {
    test(`${kind}: ${name}`, async () => {
      const token = {
        'account-access': accountsToken,
        'domestic-payment': paymentsToken,
        'funds-confirmation': fundsToken,
      }[kind];
      const result = await refusedWithoutWriting(() => create(dpopTpp, token, kind, body()));
      assertObError(result, 400, code, path);
    });
  }

  test('an empty body', async () => {
    const response = await refusedWithoutWriting(async () => {
      const sent = await callApi(
        dpopTpp,
        accountsToken,
        'POST',
        INTENT_PATHS['account-access'],
        undefined,
        { 'content-type': 'application/json' },
      );
      return answer('account-access', 'POST', false, sent);
    });
    assertObError(response, 400, 'UK.OBIE.Resource.InvalidFormat');
  });
});

describe('payment intents are idempotent', () => {
  let token: AccessToken;
  before(async () => {
    token = await clientCredentials(mtlsTpp, 'payments');
  });

  test('the same key and body within 24 hours returns the same consent with 201', async () => {
    const key = randomUUID();
    const first = await create(mtlsTpp, token, 'domestic-payment', domesticPayment(), key);
    assert.equal(first.status, 201);
    const again = await refusedWithoutWriting(() =>
      create(mtlsTpp, token, 'domestic-payment', domesticPayment(), key),
    );
    assert.equal(again.status, 201);
    // Byte for byte (the response is stored as text), so the bank's signature on it verifies too.
    assert.equal(again.text, first.text);
  });

  test('the same key with another body is refused', async () => {
    const key = randomUUID();
    assert.equal(
      (await create(mtlsTpp, token, 'domestic-payment', domesticPayment(), key)).status,
      201,
    );
    const other = domesticPayment();
    other.Data.Initiation.InstructedAmount.Amount = '1.00';
    const result = await refusedWithoutWriting(() =>
      create(mtlsTpp, token, 'domestic-payment', other, key),
    );
    assertObError(result, 400, 'UK.OBIE.Header.Invalid', 'x-idempotency-key');
    assert.match(result.body.Errors[0].Message, /different request body/);
  });

  test('a key longer than 40 characters, or none, is refused', async () => {
    const tooLong = await refusedWithoutWriting(() =>
      create(mtlsTpp, token, 'domestic-payment', domesticPayment(), 'k'.repeat(41)),
    );
    assertObError(tooLong, 400, 'UK.OBIE.Header.Invalid', 'x-idempotency-key');
    const missing = await refusedWithoutWriting(async () =>
      answer(
        'domestic-payment',
        'POST',
        false,
        await callApi(mtlsTpp, token, 'POST', INTENT_PATHS['domestic-payment'], domesticPayment()),
      ),
    );
    assertObError(missing, 400, 'UK.OBIE.Header.Missing', 'x-idempotency-key');
  });

  test("keys are per TPP: another TPP's use of the same key is a request of its own", async () => {
    const key = randomUUID();
    const mine = await create(mtlsTpp, token, 'domestic-payment', domesticPayment(), key);
    const theirs = await create(
      dpopTpp,
      await clientCredentials(dpopTpp, 'payments', true),
      'domestic-payment',
      domesticPayment(),
      key,
    );
    assert.equal(mine.status, 201);
    assert.equal(theirs.status, 201);
    assert.notEqual(mine.body.Data.ConsentId, theirs.body.Data.ConsentId);
  });

  test('50 parallel POSTs with one key and body make exactly one consent', async () => {
    const key = randomUUID();
    const before = await rowCounts();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        create(mtlsTpp, token, 'domestic-payment', domesticPayment(), key),
      ),
    );
    assert.deepEqual(new Set(results.map((r) => r.status)), new Set([201]));
    assert.equal(new Set(results.map((r) => r.body.Data.ConsentId)).size, 1);
    assert.deepEqual(await rowCounts(), {
      consents: before.consents + 1,
      idempotencyKeys: before.idempotencyKeys + 1,
    });
  });
});

describe('payment intents carry OB message signatures', () => {
  let token: AccessToken;
  before(async () => {
    token = await clientCredentials(dpopTpp, 'payments', true);
  });

  /** POSTs this exact body text with an idempotency key and whatever signature header is given. */
  const post = async (body: string, key: string, headers: Record<string, string>) =>
    answer(
      'domestic-payment',
      'POST',
      false,
      await callApi(dpopTpp, token, 'POST', INTENT_PATHS['domestic-payment'], body, {
        'x-idempotency-key': key,
        ...headers,
      }),
    );

  test("a missing, malformed, wrong or another TPP's signature is refused and writes nothing; the key stays free", async () => {
    const body = JSON.stringify(domesticPayment());
    const key = randomUUID();
    const refused = async (headers: Record<string, string>) =>
      refusedWithoutWriting(() => post(body, key, headers));
    assertObError(await refused({}), 400, 'UK.OBIE.Signature.Missing', 'x-jws-signature');
    assertObError(
      await refused({ 'x-jws-signature': 'not-a-jws' }),
      400,
      'UK.OBIE.Signature.Malformed',
      'x-jws-signature',
    );
    assertObError(
      await refused({ 'x-jws-signature': await signMessage(dpopTpp.signer, `${body} `) }),
      400,
      'UK.OBIE.Signature.Invalid',
      'x-jws-signature',
    );
    // Signed by another TPP's registered key: a valid JWS, by the wrong signer.
    assertObError(
      await refused({ 'x-jws-signature': await signMessage(mtlsTpp.signer, body) }),
      400,
      'UK.OBIE.Signature.InvalidClaim',
      OB_ISS,
    );
    const forged = await signMessage(mtlsTpp.signer, body, { [OB_ISS]: dpopTpp.signer.iss });
    assertObError(
      await refused({ 'x-jws-signature': forged }),
      400,
      'UK.OBIE.Signature.Invalid',
      'x-jws-signature',
    );
    assertObError(
      await refused({ 'x-jws-signature': await signMessage(dpopTpp.signer, body, { b64: false }) }),
      400,
      'UK.OBIE.Signature.InvalidClaim',
      'b64',
    );

    const signed = await post(body, key, {
      'x-jws-signature': await signMessage(dpopTpp.signer, body),
    });
    assert.equal(signed.status, 201, JSON.stringify(signed.body));
  });

  test('the bank signs the exact bytes it sends: the signature fails on any other body', async () => {
    const created = await create(dpopTpp, token, 'domestic-payment', domesticPayment());
    assert.equal(created.status, 201);
    const signature = created.headers.get('x-jws-signature');
    await verifyBankSignature(dpopTpp, signature, created.text);
    await assert.rejects(
      verifyBankSignature(
        dpopTpp,
        signature,
        created.text.replace(created.body.Data.ConsentId, `pdc-${randomUUID()}`),
      ),
    );
    await assert.rejects(
      verifyBankSignature(dpopTpp, null, created.text),
      /no detached x-jws-signature/,
    );
  });
});

describe('a TPP sees only its own intents', () => {
  test("another TPP's intent answers like an unknown one, and cannot be deleted", async () => {
    const mine = await create(
      dpopTpp,
      await clientCredentials(dpopTpp, 'accounts', true),
      'account-access',
      accountAccess(),
    );
    const id: string = mine.body.Data.ConsentId;
    const theirs = await clientCredentials(mtlsTpp, 'accounts');
    const foreign = await read(mtlsTpp, theirs, 'account-access', id);
    const unknown = await read(mtlsTpp, theirs, 'account-access', `aac-${randomUUID()}`);
    assertObError(foreign, 400, 'UK.OBIE.Resource.NotFound');
    assertObError(unknown, 400, 'UK.OBIE.Resource.NotFound');
    assert.deepEqual(
      foreign.body.Errors.map((e: { ErrorCode: string }) => e.ErrorCode),
      unknown.body.Errors.map((e: { ErrorCode: string }) => e.ErrorCode),
    );
    assertObError(
      await refusedWithoutWriting(() => remove(mtlsTpp, theirs, 'account-access', id)),
      400,
      'UK.OBIE.Resource.NotFound',
    );
    const status = (
      await platform.knex.raw('SELECT status FROM openbanking.consents WHERE id = ?', [id])
    ).rows[0].status;
    assert.equal(status, 'AwaitingAuthorisation');
  });

  test('an intent of another kind is not found under this kind', async () => {
    const payment = await create(
      mtlsTpp,
      await clientCredentials(mtlsTpp, 'payments'),
      'domestic-payment',
      domesticPayment(),
    );
    const asFunds = await read(
      mtlsTpp,
      await clientCredentials(mtlsTpp, 'fundsconfirmations'),
      'funds-confirmation',
      payment.body.Data.ConsentId,
    );
    assertObError(asFunds, 400, 'UK.OBIE.Resource.NotFound');
  });
});

describe('sender-constrained tokens are proven on every call', () => {
  const collection = INTENT_PATHS['account-access'];
  const url = () => resourceUrl(dpopTpp, collection).href;
  const tls = (identity: TppIdentity) => ({
    ca: platform.serverTrustAnchorPem,
    cert: identity.transportCertPem,
    key: identity.transportKeyPem,
  });

  /**
   * A DPoP proof made by hand with the TPP's DPoP key, for the cases openid-client would not send.
   */
  async function proof(token: AccessToken, htm: string, htu: string): Promise<string> {
    const keys = dpopTpp.dpopKeys!;
    return new SignJWT({ htm, htu, ath: accessTokenHash(token.access_token), jti: randomUUID() })
      .setProtectedHeader({ typ: 'dpop+jwt', alg: 'ES256', jwk: await exportJWK(keys.publicKey) })
      .setIssuedAt()
      .sign(keys.privateKey);
  }

  async function post(identity: TppIdentity, headers: Record<string, string>): Promise<ObAnswer> {
    const response = await tlsFetch(url(), tls(identity), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(accountAccess()),
    });
    return answer('account-access', 'POST', false, response);
  }

  function assertChallenge(
    result: ObAnswer,
    scheme: string,
    error: string,
    description: RegExp,
  ): void {
    assert.equal(result.status, 401);
    const challenge = result.headers.get('www-authenticate') ?? '';
    assert.ok(challenge.startsWith(`${scheme} `), challenge);
    assert.match(challenge, new RegExp(`error="${error}"`));
    assert.match(challenge, description);
  }

  test('a DPoP-bound token without a proof', async () => {
    const token = await clientCredentials(dpopTpp, 'accounts', true);
    const result = await refusedWithoutWriting(() =>
      post(dpopIdentity, { authorization: `DPoP ${token.access_token}` }),
    );
    assertChallenge(result, 'DPoP', 'invalid_dpop_proof', /proof is required/);
  });

  test('a DPoP proof made for another method or another URL', async () => {
    const token = await clientCredentials(dpopTpp, 'accounts', true);
    const authorization = `DPoP ${token.access_token}`;
    const wrongMethod = await refusedWithoutWriting(async () =>
      post(dpopIdentity, { authorization, dpop: await proof(token, 'GET', url()) }),
    );
    assertChallenge(wrongMethod, 'DPoP', 'invalid_dpop_proof', /htm/);
    const otherUrl = resourceUrl(dpopTpp, INTENT_PATHS['funds-confirmation']).href;
    const wrongUrl = await refusedWithoutWriting(async () =>
      post(dpopIdentity, { authorization, dpop: await proof(token, 'POST', otherUrl) }),
    );
    assertChallenge(wrongUrl, 'DPoP', 'invalid_dpop_proof', /htu/);
  });

  test('a replayed DPoP proof; neither the token nor the proof is logged', async () => {
    const token = await clientCredentials(dpopTpp, 'accounts', true);
    const headers = {
      authorization: `DPoP ${token.access_token}`,
      dpop: await proof(token, 'POST', url()),
    };
    assert.equal((await post(dpopIdentity, headers)).status, 201);
    const replayed = await refusedWithoutWriting(() => post(dpopIdentity, headers));
    assertChallenge(replayed, 'DPoP', 'invalid_dpop_proof', /used before/);
    const leaks = platform
      .logLines()
      .filter(
        (line) => line.includes(token.access_token) || line.includes(headers.dpop.split('.')[2]!),
      );
    assert.deepEqual(leaks, []);
  });

  test("an mTLS-bound token over another TPP's certificate", async () => {
    const token = await clientCredentials(mtlsTpp, 'accounts');
    assert.equal(
      (await post(mtlsIdentity, { authorization: `Bearer ${token.access_token}` })).status,
      201,
    );
    const stolen = await refusedWithoutWriting(() =>
      post(dpopIdentity, { authorization: `Bearer ${token.access_token}` }),
    );
    assertChallenge(stolen, 'Bearer', 'invalid_token', /another client certificate/);
  });

  test('a token revoked at the authorization server (RFC 7009)', async () => {
    const token = await clientCredentials(mtlsTpp, 'accounts');
    assert.equal((await create(mtlsTpp, token, 'account-access', accountAccess())).status, 201);
    await oauth.tokenRevocation(mtlsTpp.config, token.access_token);
    const result = await refusedWithoutWriting(() =>
      create(mtlsTpp, token, 'account-access', accountAccess()),
    );
    assertChallenge(result, 'Bearer', 'invalid_token', /not active/);
  });

  test('a token without the API scope: 403', async () => {
    const token = await clientCredentials(dpopTpp, 'accounts', true);
    const result = await refusedWithoutWriting(() =>
      create(dpopTpp, token, 'domestic-payment', domesticPayment()),
    );
    assertObError(result, 403, 'UK.SandboxBank.InsufficientScope');
    assert.match(result.headers.get('www-authenticate') ?? '', /insufficient_scope/);
  });
});

describe('client assertions at the token endpoint', () => {
  /** The DPoP TPP's configuration with its client assertion altered before signing. */
  async function configWithAssertion(
    change: (payload: Record<string, unknown>) => void,
  ): Promise<oauth.Configuration> {
    const { key, kid } = dpopTpp.signer;
    const auth = oauth.PrivateKeyJwt(
      { key, kid },
      { [oauth.modifyAssertion]: (_header, payload) => change(payload as Record<string, unknown>) },
    );
    const config = new oauth.Configuration(
      dpopTpp.config.serverMetadata(),
      dpopTpp.clientId,
      { ...dpopTpp.config.clientMetadata(), use_mtls_endpoint_aliases: true },
      auth,
    );
    config[oauth.customFetch] = mtlsFetch(dpopIdentity);
    return config;
  }

  const invalidClient = (error: { error?: string }) => error.error === 'invalid_client';

  test('with another audience: invalid_client', async () => {
    const config = await configWithAssertion((payload) => (payload.aud = 'https://bank.example'));
    await assert.rejects(
      oauth.clientCredentialsGrant(config, { scope: 'accounts' }),
      invalidClient,
    );
  });

  test('with a jti used before: invalid_client', async () => {
    const jti = randomUUID();
    const config = await configWithAssertion((payload) => (payload.jti = jti));
    const first = await oauth.clientCredentialsGrant(config, { scope: 'accounts' });
    assert.ok(first.access_token);
    await assert.rejects(
      oauth.clientCredentialsGrant(config, { scope: 'accounts' }),
      invalidClient,
    );
  });

  test('the DPoP key thumbprint is what the token is bound to', async () => {
    const token = await clientCredentials(dpopTpp, 'accounts', true);
    const found = await platform.authorizationServer.findAccessToken(token.access_token);
    assert.equal(
      found?.cnf.jkt,
      await calculateJwkThumbprint(await exportJWK(dpopTpp.dpopKeys!.publicKey)),
    );
  });
});
