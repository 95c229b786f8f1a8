import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { Agent, fetch } from 'undici';
import {
  clientCredentials,
  DOMESTIC_PAYMENTS_PATH,
  INTENT_PATHS,
  OB_IAT,
  OB_ISS,
  OB_TAN,
  signMessage,
  submitDomesticPayment,
  type RegisteredTpp,
} from '../../examples/tpp-client.ts';
import type { ObApi } from '../../resource-server/validation/openapi-ajv.ts';
import { authorizeIntent } from '../support/customer-consent.ts';
import {
  accountAccessRequest,
  domesticPaymentRequest,
  fundsConfirmationRequest,
} from '../support/intent-requests.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import { assertSignedByBank, createdIntentId, onboardTpp } from '../support/tpp.ts';

/**
 * Property-based: generated bad requests against the write APIs (the three consent POSTs, the
 * domestic payment and the funds confirmation, the last two with real authorised consents), over
 * real mutual TLS with valid certificate-bound tokens so that every request reaches the handler.
 * Each request is a valid OB body with at least one defect: a field dropped, retyped, given a
 * wrong enum value, a huge string, a bad amount or date, nested garbage or an undocumented
 * member (optionally as a duplicate key after the good one); or bytes that are not JSON, a wrong
 * content type, an oversized body, a bad or reused idempotency key, a missing or bad
 * x-jws-signature. Every one is refused with a 4xx whose body is the OB document's for that
 * operation and status (and signed by the bank on the payment API), and none writes anything.
 */

const REDIRECT = 'https://tpp.example/cb';
const ENDPOINT_NAMES = [
  'account-access consents',
  'domestic-payment consents',
  'funds-confirmation consents',
  'domestic payments',
  'funds confirmations',
] as const;
/** Per endpoint; five endpoints make the corpus at least 1,000 requests. */
const RUNS = 220;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

interface Endpoint {
  name: (typeof ENDPOINT_NAMES)[number];
  api: ObApi;
  path: string;
  /** The OB document's path, for the response schema. */
  template: string;
  token: () => string;
  /** A fresh valid request body. */
  valid: () => Json;
  /** x-idempotency-key and x-jws-signature are required (the payment API). */
  payment: boolean;
  /** Members whose absence the schema refuses. */
  required: Path[];
  /** Objects where an undocumented member is refused. */
  closed: Path[];
  /** Values the schema accepts but the bank's rules refuse, for this endpoint. */
  refusedValues: [Path, Json][];
  /** The submission must repeat the consent's data: any changed string is refused. */
  repeatsConsent: boolean;
  /** Idempotency keys this client has already used for another body of this operation. */
  usedKeys: string[];
}

let platform: TestPlatform;
let tpp: RegisteredTpp;
let agent: Agent;
let endpoints: Endpoint[];
/** The authorised consents the corpus is sent with: they must stay Authorised. */
let authorised: string[];
let rowsBefore: Record<string, number>;
let sent = 0;

const COUNTED_TABLES = [
  'openbanking.consents',
  'openbanking.payments',
  'ledger.transfers',
  'ledger.entries',
  'ledger.idempotency_keys',
];

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES)
    counts[table] = Number(
      (await platform.knex(table).count<{ count: string }[]>({ count: '*' }))[0]!.count,
    );
  return counts;
}

/** The worker settles a payment with a second transfer: the counts are taken after it. */
async function settlement(paymentId: string): Promise<void> {
  const settled = await pollUntil(
    async () => {
      const row = await platform
        .knex('openbanking.payments')
        .where({ id: paymentId })
        .first<{ status: string }>('status');
      return row?.status === 'AcceptedSettlementCompleted';
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  );
  if (!settled) assert.fail(`payment ${paymentId} did not settle within 30 s`);
}

/**
 * A payment consent the customer has authorised, with its token and the submission that pays it.
 */
async function authorisedPayment() {
  const intent = domesticPaymentRequest();
  intent.Data.Initiation.InstructionIdentification = `FUZZ-${randomUUID().slice(0, 8)}`;
  const key = randomUUID();
  const consentId = await createdIntentId(tpp, 'domestic-payment', intent, key);
  const token = await authorizeIntent(platform, tpp, consentId, { redirectUri: REDIRECT });
  return {
    consentId,
    key,
    token,
    submission: {
      Data: { ConsentId: consentId, Initiation: intent.Data.Initiation },
      Risk: intent.Risk,
    },
  };
}

before(async () => {
  platform = await startTestPlatform();
  let identity: Awaited<ReturnType<typeof onboardTpp>>['identity'];
  ({ tpp, identity } = await onboardTpp(platform, {
    name: 'Fuzzy Writes',
    roles: ['AISP', 'PISP', 'CBPII'],
    redirectUri: REDIRECT,
    register: { authMethod: 'tls_client_auth', binding: 'mtls' },
  }));
  const [accounts, payments, funds] = [
    await clientCredentials(tpp, 'accounts'),
    await clientCredentials(tpp, 'payments'),
    await clientCredentials(tpp, 'fundsconfirmations'),
  ];

  const toPay = await authorisedPayment();
  // A payment made before the corpus: its idempotency key is taken for any other body.
  const paid = await authorisedPayment();
  const made = await submitDomesticPayment(tpp, paid.token, paid.submission, paid.key);
  assert.equal(made.status, 201, await made.clone().text());
  await settlement(
    ((await made.json()) as { Data: { DomesticPaymentId: string } }).Data.DomesticPaymentId,
  );

  const fundsConsentId = await createdIntentId(tpp, 'funds-confirmation');
  const fundsToken = await authorizeIntent(platform, tpp, fundsConsentId, {
    redirectUri: REDIRECT,
  });
  authorised = [toPay.consentId, fundsConsentId];

  const paymentRequired: Path[] = [
    ['Data'],
    ['Data', 'Initiation'],
    ['Risk'],
    ...[
      'InstructionIdentification',
      'EndToEndIdentification',
      'InstructedAmount',
      'CreditorAccount',
    ].map((name) => ['Data', 'Initiation', name]),
    ...['Amount', 'Currency'].map((name) => ['Data', 'Initiation', 'InstructedAmount', name]),
    ...['SchemeName', 'Identification', 'Name'].map((name) => [
      'Data',
      'Initiation',
      'CreditorAccount',
      name,
    ]),
  ];
  const paymentClosed: Path[] = [
    [],
    ['Data'],
    ['Data', 'Initiation'],
    ...['InstructedAmount', 'CreditorAccount', 'RemittanceInformation'].map((name) => [
      'Data',
      'Initiation',
      name,
    ]),
    ['Risk'],
  ];
  const fundsCheck = () => ({
    Data: {
      ConsentId: fundsConsentId,
      Reference: 'Purchase01',
      InstructedAmount: { Amount: '20.00', Currency: 'GBP' },
    },
  });

  endpoints = [
    {
      name: 'account-access consents',
      api: 'account-info',
      path: INTENT_PATHS['account-access'],
      template: '/account-access-consents',
      token: () => accounts.access_token,
      valid: accountAccessRequest,
      payment: false,
      required: [['Data'], ['Data', 'Permissions'], ['Risk']],
      closed: [[], ['Data'], ['Risk']],
      refusedValues: [
        [['Data', 'Permissions'], []],
        [['Data', 'Permissions'], ['ReadTransactionsDetail']],
        [['Data', 'ExpirationDateTime'], '2020-01-01T00:00:00+00:00'],
        [['Data', 'TransactionFromDateTime'], '2999-01-01T00:00:00Z'],
        [['Data', 'TransactionToDateTime'], '2000-01-01T00:00:00Z'],
      ],
      repeatsConsent: false,
      usedKeys: [],
    },
    {
      name: 'domestic-payment consents',
      api: 'payment-initiation',
      path: INTENT_PATHS['domestic-payment'],
      template: '/domestic-payment-consents',
      token: () => payments.access_token,
      // Never the authorised consent's very body: its key would replay the 201.
      valid: () => {
        const request = domesticPaymentRequest();
        request.Data.Initiation.InstructionIdentification = `FUZZ-${randomUUID().slice(0, 8)}`;
        return request;
      },
      payment: true,
      required: paymentRequired,
      closed: paymentClosed,
      refusedValues: [
        [['Data', 'Initiation', 'InstructedAmount', 'Currency'], 'EUR'],
        [['Data', 'Initiation', 'CreditorAccount', 'Identification'], '1234'],
        [['Data', 'Initiation', 'CreditorAccount', 'SchemeName'], 'UK.OBIE.Unknown'],
        [
          ['Data', 'Authorisation'],
          { AuthorisationType: 'Single', CompletionDateTime: '2020-01-01T00:00:00Z' },
        ],
      ],
      repeatsConsent: false,
      usedKeys: [toPay.key, paid.key],
    },
    {
      name: 'funds-confirmation consents',
      api: 'confirmation-funds',
      path: INTENT_PATHS['funds-confirmation'],
      template: '/funds-confirmation-consents',
      token: () => funds.access_token,
      valid: fundsConfirmationRequest,
      payment: false,
      required: [
        ['Data'],
        ['Data', 'DebtorAccount'],
        ['Data', 'DebtorAccount', 'SchemeName'],
        ['Data', 'DebtorAccount', 'Identification'],
      ],
      closed: [[], ['Data'], ['Data', 'DebtorAccount']],
      refusedValues: [
        [['Data', 'ExpirationDateTime'], '2020-01-01T00:00:00Z'],
        [['Data', 'DebtorAccount', 'Identification'], '12345'],
        [['Data', 'DebtorAccount', 'SchemeName'], 'UK.OBIE.Unknown'],
      ],
      repeatsConsent: false,
      usedKeys: [],
    },
    {
      name: 'domestic payments',
      api: 'payment-initiation',
      path: DOMESTIC_PAYMENTS_PATH,
      template: '/domestic-payments',
      token: () => toPay.token.access_token,
      valid: () => structuredClone(toPay.submission) as Json,
      payment: true,
      required: [['Data', 'ConsentId'], ...paymentRequired],
      closed: paymentClosed,
      refusedValues: [
        [['Data', 'ConsentId'], paid.consentId],
        [['Data', 'Initiation', 'InstructedAmount', 'Amount'], '1.00'],
        [['Risk'], {}],
      ],
      repeatsConsent: true,
      usedKeys: [paid.key],
    },
    {
      name: 'funds confirmations',
      api: 'confirmation-funds',
      path: '/open-banking/v3.1/cbpii/funds-confirmations',
      template: '/funds-confirmations',
      token: () => fundsToken.access_token,
      valid: fundsCheck,
      payment: false,
      required: [
        ['Data'],
        ['Data', 'ConsentId'],
        ['Data', 'Reference'],
        ['Data', 'InstructedAmount'],
        ['Data', 'InstructedAmount', 'Amount'],
        ['Data', 'InstructedAmount', 'Currency'],
      ],
      // OBFundsConfirmation1 leaves Data and InstructedAmount open in the schema; the bank refuses
      // undocumented members there all the same.
      closed: [[], ['Data'], ['Data', 'InstructedAmount']],
      refusedValues: [
        [['Data', 'ConsentId'], toPay.consentId],
        [['Data', 'InstructedAmount', 'Currency'], 'EUR'],
      ],
      repeatsConsent: false,
      usedKeys: [],
    },
  ];

  // One keep-alive connection pool for the whole run: the property is about requests, not
  // handshakes.
  agent = new Agent({
    connect: {
      ca: platform.serverTrustAnchorPem,
      cert: identity.transportCertPem,
      key: identity.transportKeyPem,
    },
    connections: 4,
  });
  rowsBefore = await rowCounts();
});

after(async () => {
  await agent?.close();
  await platform?.stop();
});

// ---- the corpus -------------------------------------------------------------------------------

const printable = (minLength: number, maxLength: number) =>
  fc.string({
    unit: fc.constantFrom(
      ...' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
    ),
    minLength,
    maxLength,
  });

/** Leaves and inner nodes of a JSON value, with their paths. */
function nodes(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const children = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return [{ path, value }, ...children.flatMap(([key, child]) => nodes(child, [...path, key]))];
}

function edit(value: Json, path: Path, change: (parent: any, key: string | number) => void): Json {
  const copy = structuredClone(value);
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
  change(parent, path[path.length - 1]!);
  return copy;
}

const setAt = (value: Json, path: Path, replacement: Json) =>
  edit(value, path, (parent, key) => {
    parent[key] = replacement;
  });

/** Deep junk that is never a string: a string could happen to be valid where a string goes. */
const garbage: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1e308, [], [[[[[[[[[[[]]]]]]]]]]], {
    '~': { '~': { '~': {} } },
  }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>, { minLength: 1, maxLength: 5 }),
  fc.dictionary(
    printable(1, 10).map((key) => `~${key}`),
    fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>,
    { minKeys: 1, maxKeys: 5 },
  ),
);

/**
 * Strings no OB field of these requests takes: over every maxLength, or unparseable as the format.
 */
const huge = fc.oneof(printable(400, 3000), fc.constant('1'.repeat(5000)));
const BAD_ENUM = fc.constantFrom(
  '',
  'readaccountsdetail',
  'ReadAccountsDetail ',
  'Ecommerce Goods',
  'gbp',
  'GB',
  'GBPX',
  '£',
  'null',
);
const BAD_AMOUNTS = fc.constantFrom(
  '165.881',
  '0.001',
  '20.005',
  '0',
  '0.00',
  '-1.00',
  '1e3',
  '1,00',
  ' 1.00',
  '1.',
  '.5',
  '12345678901234',
  '1.000001',
  `${'9'.repeat(13)}.${'9'.repeat(6)}`,
  'NaN',
  '',
);
const BAD_DATES = fc.constantFrom(
  '2025-02-29T00:00:00Z',
  '2025-13-01T00:00:00Z',
  '2030-01-01T00:00:00',
  '2030-01-01',
  '2030-01-01T25:00:00Z',
  '01/01/2030',
  '',
  'tomorrow',
  '2030-01-01T00:00:00+25:00',
  '2030-01-01 00:00:00Z',
);

/** A defective body, as an object, with what a duplicate key (sent first) could hold. */
interface BodyDefect {
  kind: string;
  body: Json;
  /**
   * A duplicate member before the defective one, with the good value (JSON parsers keep the last).
   */
  duplicate?: { path: Path; good: Json };
}

function bodyDefects(endpoint: Endpoint): fc.Arbitrary<BodyDefect> {
  const valid = endpoint.valid();
  const all = nodes(valid).filter(({ path }) => path.length > 0);
  const strings = all.filter(({ value }) => typeof value === 'string');
  const isAmount = ({ path }: { path: Path }) => path[path.length - 1] === 'Amount';
  const isDate = ({ path }: { path: Path }) => String(path[path.length - 1]).endsWith('DateTime');
  const isEnum = ({ path }: { path: Path }) =>
    path.includes('Permissions') ||
    ['Currency', 'PaymentContextCode'].includes(String(path[path.length - 1]));
  const replaced = (kind: string, targets: typeof all, values: fc.Arbitrary<Json>) =>
    targets.length === 0
      ? []
      : [
          fc.tuple(fc.constantFrom(...targets), values, fc.boolean()).map(
            ([target, value, duplicate]): BodyDefect => ({
              kind,
              body: setAt(endpoint.valid(), target.path, value),
              ...(duplicate &&
                typeof target.path[target.path.length - 1] === 'string' && {
                  duplicate: { path: target.path, good: target.value },
                }),
            }),
          ),
        ];
  const defects: fc.Arbitrary<BodyDefect>[] = [
    fc.constantFrom(...endpoint.required).map((path) => ({
      kind: 'dropped',
      body: edit(endpoint.valid(), path, (parent, key) => {
        delete parent[key];
      }),
    })),
    ...replaced('retyped', all, garbage),
    ...replaced('huge string', strings, huge),
    ...replaced('wrong enum', all.filter(isEnum), BAD_ENUM),
    ...replaced('bad amount', all.filter(isAmount), BAD_AMOUNTS),
    ...replaced('amount as a number', all.filter(isAmount), fc.constantFrom(165.88, 20, 0.001, -5)),
    ...replaced('bad date', all.filter(isDate), BAD_DATES),
    fc.constantFrom(...endpoint.refusedValues).map(([path, value]) => ({
      kind: 'refused by rules',
      body: setAt(endpoint.valid(), path, value),
    })),
    fc
      .tuple(
        fc.constantFrom(...endpoint.closed),
        printable(1, 20),
        fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
      )
      .map(([path, name, value]) => ({
        kind: 'undocumented member',
        body: edit(endpoint.valid(), [...path, `Undocumented${name}`], (parent, key) => {
          parent[key] = value;
        }),
      })),
    fc
      .constantFrom<Json>(null, [], 'Data', 0, true)
      .map((body) => ({ kind: 'not an object', body })),
  ];
  if (endpoint.repeatsConsent) {
    // Any change to what the customer authorised, even one the schema allows, is refused.
    const changed = fc
      .tuple(fc.constantFrom(...strings), fc.stringMatching(/^[A-Za-z0-9]{1,20}$/))
      .filter(([target, value]) => target.value !== value);
    defects.push(
      changed.map(([target, value]) => ({
        kind: 'differs from the consent',
        body: setAt(endpoint.valid(), target.path, value),
      })),
    );
  }
  return fc.oneof(...defects);
}

/** JSON text of the body; a duplicate member goes right before the defective one. */
function bodyText({ body, duplicate }: BodyDefect): string {
  const text = JSON.stringify(body);
  if (!duplicate) return text;
  const name = JSON.stringify(duplicate.path[duplicate.path.length - 1]);
  const defective = `${name}:${JSON.stringify(duplicate.path.reduce<any>((node, key) => node[key], body))}`;
  return text.replace(defective, () => `${name}:${JSON.stringify(duplicate.good)},${defective}`);
}

type Signature =
  | { kind: 'valid' }
  | { kind: 'absent' }
  | { kind: 'raw'; value: string }
  | { kind: 'header'; changes: Record<string, unknown> }
  | { kind: 'over other bytes' };

interface BadRequest {
  kind: string;
  body: Uint8Array;
  contentType: string | undefined;
  contentEncoding?: string;
  /** undefined: a fresh key (payment API). */
  idempotencyKey?: string | null;
  signature: Signature;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const VALID_SIGNATURE: Signature = { kind: 'valid' };

function badRequests(endpoint: Endpoint): fc.Arbitrary<BadRequest> {
  const validText = fc.constant(null).map(() => JSON.stringify(endpoint.valid()));
  const json = (kind: string, text: string): BadRequest => ({
    kind,
    body: utf8(text),
    contentType: 'application/json',
    signature: VALID_SIGNATURE,
  });
  // Defective bodies make most of the corpus: they have the most ways to be wrong.
  const defectiveBodies = bodyDefects(endpoint).map((defect) =>
    json(defect.duplicate ? `${defect.kind} (duplicate key)` : defect.kind, bodyText(defect)),
  );
  const corpus: (fc.Arbitrary<BadRequest> | fc.WeightedArbitrary<BadRequest>)[] = [
    { arbitrary: defectiveBodies, weight: 3 },
    fc.oneof(
      fc
        .uint8Array({ maxLength: 200 })
        .map((bytes) => ({ ...json('random bytes', ''), body: bytes })),
      fc
        .tuple(validText, fc.nat())
        .map(([text, cut]) => json('truncated JSON', text.slice(0, cut % text.length))),
      validText.map((text) => ({
        ...json('invalid UTF-8', ''),
        body: Buffer.concat([
          utf8(text.slice(0, 20)),
          Buffer.from([0xff, 0xfe]),
          utf8(text.slice(20)),
        ]),
      })),
      validText.map((text) => json('byte order mark', `\uFEFF${text}`)),
      fc
        .tuple(validText, fc.constantFrom(' x', ',', '}', ' // comment', '\u0000', ' {}'))
        .map(([text, tail]) => json('trailing junk', text + tail)),
      fc
        .constantFrom('', 'NaN', "{'Data':{}}", '{"Data":', '{"Data":undefined}', '{"Data":{}}}')
        .map((text) => json('not JSON', text)),
    ),
    fc
      .tuple(
        validText,
        fc.constantFrom(
          'text/plain',
          'application/xml',
          'application/x-www-form-urlencoded',
          'application/json; charset=iso-8859-1',
          'application/jsonx',
          'multipart/form-data; boundary=x',
          'application/json, text/plain',
          undefined,
        ),
      )
      .map(([text, contentType]) => ({ ...json('wrong content type', text), contentType })),
    validText.map((text) => ({ ...json('compressed', text), contentEncoding: 'gzip' })),
    fc
      .tuple(validText, fc.integer({ min: 64 * 1024, max: 80 * 1024 }))
      .map(([text, padding]) => json('oversized', `${text}${' '.repeat(padding)}`)),
  ];
  if (endpoint.payment) {
    corpus.push(
      fc
        .tuple(
          validText,
          fc.oneof(
            fc.constantFrom<string | null>(null, '', 'k'.repeat(41)),
            printable(41, 200).map((key) => `k${key}k`),
            ...(endpoint.usedKeys.length ? [fc.constantFrom(...endpoint.usedKeys)] : []),
          ),
        )
        .map(([text, idempotencyKey]) => ({
          ...json('bad idempotency key', text),
          idempotencyKey,
        })),
      fc
        .tuple(
          validText,
          fc.oneof(
            fc.constantFrom<Signature>(
              { kind: 'absent' },
              { kind: 'over other bytes' },
              { kind: 'raw', value: '' },
              { kind: 'raw', value: 'a..b' },
              { kind: 'raw', value: 'x'.repeat(9000) },
            ),
            printable(1, 300).map((value): Signature => ({ kind: 'raw', value })),
            fc
              .constantFrom<Record<string, unknown>>(
                { b64: false },
                { crit: [OB_IAT] },
                { [OB_ISS]: 'someone/else' },
                { [OB_TAN]: 'evil.example' },
                { [OB_IAT]: Math.floor(Date.now() / 1000) + 3600 },
                { [OB_IAT]: 'yesterday' },
                { kid: 'not-a-registered-key' },
                { typ: 'JWT' },
                { cty: 'text/plain' },
              )
              .map((changes): Signature => ({ kind: 'header', changes })),
          ),
        )
        .map(([text, signature]) => ({
          ...json(`bad signature (${signature.kind})`, text),
          signature,
        })),
    );
  }
  return fc.oneof(...corpus);
}

async function signatureFor(request: BadRequest): Promise<string | undefined> {
  const { signature, body } = request;
  const text = Buffer.from(body).toString('utf8');
  if (signature.kind === 'absent') return undefined;
  if (signature.kind === 'raw') return signature.value;
  if (signature.kind === 'over other bytes') return signMessage(tpp.signer, `${text} `);
  // Signed over the exact bytes, so that what is refused is the defect, not the signature.
  return signMessage(tpp.signer, text, signature.kind === 'header' ? signature.changes : {});
}

async function send(endpoint: Endpoint, request: BadRequest) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${endpoint.token()}`,
    accept: 'application/json',
    'x-fapi-interaction-id': randomUUID(),
  };
  if (request.contentType !== undefined) headers['content-type'] = request.contentType;
  if (request.contentEncoding) headers['content-encoding'] = request.contentEncoding;
  if (endpoint.payment) {
    if (request.idempotencyKey !== null)
      headers['x-idempotency-key'] = request.idempotencyKey ?? randomUUID();
    const signature = await signatureFor(request);
    if (signature !== undefined) headers['x-jws-signature'] = signature;
  }
  sent += 1;
  return fetch(`${platform.urls.tpp}${endpoint.path}`, {
    method: 'POST',
    headers,
    body: request.body,
    dispatcher: agent,
  });
}

const describeRequest = (request: BadRequest) => {
  const body = Buffer.from(request.body).toString('utf8');
  return `${request.kind}; content-type ${request.contentType}; key ${request.idempotencyKey}; signature ${JSON.stringify(request.signature).slice(0, 120)}; body ${body.length > 400 ? `${body.slice(0, 400)}... (${body.length})` : body}`;
};

for (const name of ENDPOINT_NAMES) {
  test(`${name}: ${RUNS} generated bad requests, each refused with a 4xx and the OB error body`, async (t) => {
    const endpoint = endpoints.find((candidate) => candidate.name === name)!;
    const answers = new Set<string>();
    await fc.assert(
      fc.asyncProperty(badRequests(endpoint), async (request) => {
        const response = await send(endpoint, request);
        const text = await response.text();
        const what = `POST ${endpoint.path} (${describeRequest(request)}) -> ${response.status} ${text}`;
        assert.ok(response.status >= 400 && response.status < 500, what);
        const body = await obResponseBody<{ Errors?: { ErrorCode: string }[] }>(
          endpoint.api,
          'POST',
          endpoint.template,
          { status: response.status, text: async () => text },
        );
        if (endpoint.payment && text !== '')
          await assertSignedByBank(tpp, response.headers as unknown as Headers, text);
        answers.add(`${response.status} ${body?.Errors?.[0]?.ErrorCode ?? ''}`);
      }),
      { numRuns: RUNS },
    );
    t.diagnostic(`answers: ${[...answers].sort().join(', ')}`);
    // The corpus reaches past the media type and the schema into the handler's own checks.
    assert.ok(answers.size >= 4, [...answers].join(', '));
  });
}

test('the corpus wrote nothing: no consent, payment, transfer, entry or idempotency key; the consents stay Authorised', async () => {
  assert.ok(sent >= 1000, `${sent} requests`);
  assert.deepEqual(await rowCounts(), rowsBefore);
  const statuses = await platform
    .knex('openbanking.consents')
    .whereIn('id', authorised)
    .pluck('status');
  assert.deepEqual(statuses, ['Authorised', 'Authorised']);
});
