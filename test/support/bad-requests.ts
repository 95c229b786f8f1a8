import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Knex } from 'knex';
import type { Dispatcher } from 'undici';
import { fetch } from 'undici';
import { requestSchema } from '../../resource-server/validation/ob-schemas.ts';

/**
 * Building blocks of the generated bad-request corpus (test/e2e/bad-requests-corpus.test.ts): junk
 * values, encodings, the request and answer shapes, the three error models an answer is held to,
 * and a fingerprint of the database to show that nothing was written.
 */

// ---- values ------------------------------------------------------------------------------------

const PRINTABLE = [
  ...' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
];

export const printable = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...PRINTABLE), minLength, maxLength });

/**
 * Values that have broken parsers and databases before: NUL, lone surrogates, injections, sizes.
 */
export const NASTY = [
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(3),
  '\ud800',
  'x\udfff',
  '',
  ' ',
  '%00',
  '%',
  '%zz',
  '+',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  "' OR '1'='1' --",
  // A Log4Shell probe, sent as this literal text.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: see above
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '\r\nX-Injected: 1',
  'é',
  '😀',
  '\ufeff',
  'null',
  '[]',
  '{}',
  '-1',
  '1e309',
  'a'.repeat(3000),
] as const;

/** Any text: the nasty list, printable, arbitrary code units (NUL and lone surrogates included). */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 3 },
  { arbitrary: printable(0, 40), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 24 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 24 }), weight: 1 },
);

/** `arbitrary` one time in `oneIn`, undefined otherwise. */
export const rarely = <T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary, weight: 1 }, { arbitrary: fc.constant(undefined), weight: oneIn - 1 });

const base64url = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString(
    'base64url',
  );

/** Things shaped like a JWT that no key of ours signed: alg none, junk headers, junk signatures. */
export function jwtLike(
  claims: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
    printable(1, 12),
    fc.jsonValue({ maxDepth: 2 }),
    { maxKeys: 6 },
  ),
): fc.Arbitrary<string> {
  const header = fc.record(
    {
      alg: fc.constantFrom<unknown>(
        'none',
        'None',
        'HS256',
        'RS256',
        'PS256',
        'ES256',
        '',
        123,
        null,
      ),
      typ: fc.constantFrom<unknown>('JWT', 'dpop+jwt', 'oauth-authz-req+jwt', 'JOSE', 7),
      kid: anyText,
      jwk: fc.constantFrom<unknown>({ kty: 'EC' }, { kty: 'RSA', n: 'AQAB', e: 'AQAB' }, 'x'),
    },
    { requiredKeys: ['alg'] },
  );
  return fc.oneof(
    fc
      .tuple(header, claims, fc.constantFrom('', 'sig', 'A'.repeat(86)))
      .map(([h, c, s]) => `${base64url(h)}.${base64url(c)}.${s}`),
    fc.constantFrom(
      'a.b.c',
      '..',
      'eyJhbGciOiJub25lIn0.e30.',
      'eyJhbGciOiJub25lIn0',
      'e30.e30.e30.e30.e30',
    ),
    anyText,
  );
}

/**
 * Percent-encodes like application/x-www-form-urlencoded, except that a lone surrogate is written
 * as the three bytes a careless UTF-16 to UTF-8 conversion makes (`%ED%A0%80`): a client can send
 * those, and URLSearchParams cannot.
 */
export function formEncode(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (/^[A-Za-z0-9*\-._]$/.test(char)) out += char;
    else if (char === ' ') out += '+';
    else {
      const bytes =
        code >= 0xd800 && code <= 0xdfff
          ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
          : [...Buffer.from(char, 'utf8')];
      out += bytes.map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    }
  }
  return out;
}

export type FormFields = readonly (readonly [string, string])[];

/** `name=value&...` as sent, duplicates and order kept. */
export const formBody = (fields: FormFields) =>
  fields.map(([name, value]) => `${formEncode(name)}=${formEncode(value)}`).join('&');

/**
 * Fields from `choices`, each present or not, some twice (a duplicate parameter is a defect of its
 * own).
 */
export function someFields(
  choices: Record<string, fc.Arbitrary<string>>,
  options: { minKeys?: number } = {},
): fc.Arbitrary<FormFields> {
  const names = Object.keys(choices);
  return fc
    .tuple(
      fc.subarray(names, { minLength: options.minKeys ?? 0 }),
      fc.array(fc.constantFrom(...names), { maxLength: 1 }),
      fc.array(fc.tuple(printable(1, 12), anyText), { maxLength: 2 }),
    )
    .chain(([present, twice, unknown]) =>
      fc
        .tuple(
          ...[...present, ...twice].map((name) =>
            choices[name]!.map((value) => [name, value] as const),
          ),
        )
        .map((fields) => [...fields, ...unknown]),
    );
}

// ---- requests and answers ----------------------------------------------------------------------

export type Host = 'browser' | 'tpp';

export interface Probe {
  family: string;
  host: Host;
  /**
   * Which connection pool: the TPP's certificate, another certificate, none (the browser host takes
   * none).
   */
  via: 'tpp' | 'kit' | 'none';
  method: string;
  /** Path and query, as sent (already percent-encoded). */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * The probe as HTTP can carry it: a header value holds tab, visible ASCII and obs-text bytes only
 * (RFC 9110 section 5.5), so other characters of a generated value are left out; bodies, paths
 * and queries carry anything, percent-encoded.
 */
export function sendable(probe: Probe): Probe {
  const headers = Object.fromEntries(
    Object.entries(probe.headers).map(([name, value]) => [
      name,
      value.replace(/[^\t\x20-\x7e\x80-\xff]/g, ''),
    ]),
  );
  return { ...probe, headers };
}

export async function send(probe: Probe, baseUrl: string, dispatcher: Dispatcher): Promise<Answer> {
  const response = await fetch(`${baseUrl}${probe.path}`, {
    method: probe.method,
    headers: probe.headers,
    ...(probe.body !== undefined && { body: probe.body }),
    redirect: 'manual',
    dispatcher,
  });
  return {
    status: response.status,
    headers: response.headers as unknown as Headers,
    text: await response.text(),
  };
}

export function describeProbe(probe: Probe): string {
  const body =
    probe.body === undefined
      ? ''
      : typeof probe.body === 'string'
        ? probe.body
        : Buffer.from(probe.body).toString('utf8');
  const clip = (text: string) =>
    text.length > 300 ? `${text.slice(0, 300)}... (${text.length} chars)` : text;
  return `${probe.method} ${probe.host}${clip(probe.path)} via ${probe.via} headers ${clip(JSON.stringify(probe.headers))} body ${JSON.stringify(clip(body))}`;
}

// ---- error models ------------------------------------------------------------------------------

/** RFC 6749 section 5.2: `error` is one or more of %x20-21 / %x23-5B / %x5D-7E. */
const OAUTH_ERROR_CODE = /^[\x20\x21\x23-\x5b\x5d-\x7e]+$/;

/** An OAuth error response: 4xx, JSON, `error` a code, `error_description` text if present. */
export function assertOAuthError(answer: Answer): void {
  assert.ok(
    answer.status >= 400 && answer.status < 500,
    `expected a 4xx OAuth error, got ${answer.status}`,
  );
  assert.match(
    answer.headers.get('content-type') ?? '',
    /^application\/json/,
    'OAuth errors are JSON',
  );
  const body = JSON.parse(answer.text) as { error?: unknown; error_description?: unknown };
  assert.ok(
    typeof body.error === 'string' && OAUTH_ERROR_CODE.test(body.error),
    `not an OAuth error: ${answer.text}`,
  );
  assert.ok(
    body.error_description === undefined || typeof body.error_description === 'string',
    `error_description: ${answer.text}`,
  );
}

const obError = requestSchema('account-info', 'OBErrorResponse1');

/**
 * The OB error model: a 4xx whose body, when there is one, is an OBErrorResponse1. The OB documents
 * give 401, 404, 405 and 406 no body, so those may be empty; every other refusal must say why.
 */
export function assertObError(answer: Answer, method: string): void {
  assert.ok(
    answer.status >= 400 && answer.status < 500,
    `expected a 4xx OB error, got ${answer.status}`,
  );
  if (method === 'HEAD' || (answer.text === '' && [401, 404, 405, 406].includes(answer.status)))
    return;
  assert.match(
    answer.headers.get('content-type') ?? '',
    /^application\/json/,
    'OB errors are JSON',
  );
  assert.ok(obError(JSON.parse(answer.text)), `not an OBErrorResponse1: ${answer.text}`);
}

/** A page for a person: HTML, never JSON or a stack trace, whatever the status. */
export function assertPage(answer: Answer, method: string): void {
  if (method === 'HEAD') return;
  assert.match(
    answer.headers.get('content-type') ?? '',
    /^text\/html/,
    'the browser is answered with a page',
  );
  assert.doesNotMatch(answer.text, /\bat [\w.<>]+ \(.*:\d+:\d+\)/, 'no stack trace on the page');
}

// ---- nothing written ---------------------------------------------------------------------------

/**
 * A fingerprint (row count and digest of every row) of each table of the platform's own schemas.
 * Tables whose rows expire are taken without the rows that could expire, and so be swept, before
 * `stableUntil`, but with every row created after `since`: an expiry job running meanwhile is not
 * a write, and any row a request made is still seen.
 */
export async function databaseFingerprint(
  knex: Knex,
  since: Date,
  stableUntil: Date,
): Promise<Record<string, string>> {
  const { rows: tables } = await knex.raw<{ rows: { name: string; expiring: boolean }[] }>(
    `SELECT t.table_schema || '.' || t.table_name AS name,
            bool_or(c.column_name = 'expires_at') AND bool_or(c.column_name = 'created_at') AS expiring
     FROM information_schema.tables t JOIN information_schema.columns c USING (table_schema, table_name)
     WHERE t.table_schema IN ('authz', 'openbanking', 'ledger') AND t.table_type = 'BASE TABLE'
     GROUP BY 1 ORDER BY 1`,
  );
  const fingerprint: Record<string, string> = {};
  for (const { name, expiring } of tables) {
    const filter = expiring
      ? 'WHERE t.expires_at IS NULL OR t.expires_at > ? OR t.created_at > ?'
      : '';
    const { rows } = await knex.raw<{ rows: { count: string; digest: string }[] }>(
      `SELECT count(*) AS count, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS digest FROM ?? t ${filter}`,
      expiring ? [name, stableUntil, since] : [name],
    );
    fingerprint[name] = `${rows[0]!.count} rows ${rows[0]!.digest}`;
  }
  return fingerprint;
}
