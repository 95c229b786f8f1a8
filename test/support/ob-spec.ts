import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Ajv, ValidateFunction } from 'ajv';
import {
  addOpenApiDocument,
  compileInDocument,
  createOpenApiAjv,
  OB_APIS,
  type ObApi,
  type OpenApiDocument,
} from '../../resource-server/validation/openapi-ajv.ts';

/**
 * Holds a resource-server response to the official OB OpenAPI documents (v3.1.11, and v4.0 for
 * the `v4.0-` APIs): the status must be one the operation documents, and the body must be exactly
 * the documented schema for it (no body where none is documented). The schemas come from
 * `resource-server/openapi/`, which the first call proves to be the official documents:
 * byte-identical to `../shared/ob-specs/<version>/` where that folder exists, and always equal to
 * the SHA-256 of the published files (OpenBankingUK read-write-api-specs v3.1.11r5 and
 * v4.0-Update-4, dist/openapi), so a checkout without the shared folder is held to the standard
 * too, and neither the server nor its copies can drift unnoticed.
 */

const OFFICIAL_DIR = new URL('../../../shared/ob-specs/', import.meta.url);
const COPIES_DIR = new URL('../../resource-server/openapi/', import.meta.url);
const OFFICIAL_SHA256: Record<ObApi, string> = {
  'account-info': '36afb5a9a76a79c74fe523e6a84ccfc002cf7f6b74f1c304ea22af27510c442f',
  'confirmation-funds': '4f61a2971b248d6a4199d1191ee39f60b0b92ddc7ffb05a753c3107dc9b3dce9',
  'payment-initiation': '86540bf84d2a17fd24d1ca0aab84839dde33704cf66a63d7763d093e10ac3e58',
  events: 'e2ec3dbf43bcfdc03da5c45a449a72923e23f199926a55445d63871a21d2203a',
  'event-notifications': 'b50fe1afbf47ff41b680101465497f53b8db6f52687adb719ae7039a1c3ba371',
  vrp: '16a6231aacf10548ee8ba778295371d41ea02d26232867dd916eb3cafbc7db12',
  'v4.0-account-info': '09713f62a9105c9cde90927d0b7fd7dad0a49cfb6354bff78ef1bf5cfd2d6cd5',
  'v4.0-payment-initiation': '4803f0df2a861fe746d018ea96eb4b73570ba95479361f67d4489593cfc58531',
  'v4.0-confirmation-funds': '0a51f223be2775b81ec1eeb6bf3f321c7cc0774e066e1408789dcc6c66f23105',
  'v4.0-vrp': 'd9d89a0be60937ff4cd50e81cb0512f30bcc46f058bf859d2072fc276d821244',
  'v4.0-events': '7db427debcc12cae677f106fa5867495d4103983edf7561cc56e1c4006ef8da3',
  'v4.0-event-notifications': 'dc578eca9f3dfa15f98bacf61d94cd7190f69cc9f0b73c10aa9b2fc2f579673f',
};
const proven = new Set<ObApi>();

/** The official file of a copy: `v4.0-account-info` is `v4.0/account-info-openapi.json`. */
function officialFile(api: ObApi): string {
  return api.startsWith('v4.0-')
    ? `v4.0/${api.slice('v4.0-'.length)}-openapi.json`
    : `v3.1.11/${api}-openapi.json`;
}

function proveCopyIsOfficial(api: ObApi): void {
  if (proven.has(api)) return;
  const file = `${api}-openapi.json`;
  const copy = readFileSync(new URL(file, COPIES_DIR));
  assert.equal(
    createHash('sha256').update(copy).digest('hex'),
    OFFICIAL_SHA256[api],
    `resource-server/openapi/${file} is not the official OB document ${officialFile(api)}`,
  );
  const official = new URL(officialFile(api), OFFICIAL_DIR);
  if (existsSync(official))
    assert.ok(
      readFileSync(official).equals(copy),
      `resource-server/openapi/${file} differs from ${official.pathname}`,
    );
  proven.add(api);
}

/** The OB document's server URL of each API: `pathTemplate` may be given with or without it. */
const SERVER_PATH: Record<ObApi, string> = {
  'account-info': '/open-banking/v3.1/aisp',
  'payment-initiation': '/open-banking/v3.1/pisp',
  'confirmation-funds': '/open-banking/v3.1/cbpii',
  events: '/open-banking/v3.1',
  'event-notifications': '/open-banking/v3.1',
  vrp: '/open-banking/v3.1/pisp',
  'v4.0-account-info': '/open-banking/v4.0/aisp',
  'v4.0-payment-initiation': '/open-banking/v4.0/pisp',
  'v4.0-confirmation-funds': '/open-banking/v4.0/cbpii',
  'v4.0-vrp': '/open-banking/v4.0/pisp',
  'v4.0-events': '/open-banking/v4.0',
  'v4.0-event-notifications': '/open-banking/v4.0',
};

/** The documents and their schemas, read once (after the copies are proven official). */
let ajv: Ajv | undefined;
const documents = new Map<ObApi, OpenApiDocument>();

function obAjv(): Ajv {
  if (!ajv) {
    const instance = createOpenApiAjv();
    for (const api of OB_APIS) {
      const document = JSON.parse(
        readFileSync(new URL(`${api}-openapi.json`, COPIES_DIR), 'utf8'),
      ) as OpenApiDocument;
      addOpenApiDocument(instance, api, document);
      documents.set(api, document);
    }
    ajv = instance;
  }
  return ajv;
}

/** An OpenAPI 3.0 response object, or a `$ref` to one in `components.responses`. */
interface ResponseObject {
  $ref?: string;
  content?: Record<string, { schema?: Record<string, unknown> }>;
}

const responseValidators = new Map<string, ValidateFunction | null>();

/**
 * Refusals the documents list without a body (405, 415) or not at all (413: they set no limit on a
 * body's size), which the resource server answers with an OBErrorResponse1 saying why (issue 10):
 * such a body is held to the schema of the operation's documented 400.
 */
const EXPLAINED_REFUSALS = new Set([405, 413, 415]);

/**
 * The JSON schema the document gives for one response of one operation (`path` as the document
 * writes it, relative to its server URL), or null when that response has no body (401, 204...).
 * Throws when the document does not list the response at all: answering it would be drift.
 */
function responseSchema(
  api: ObApi,
  path: string,
  method: string,
  status: number,
): ValidateFunction | null {
  const cacheKey = `${api} ${method.toLowerCase()} ${path} ${status}`;
  const cached = responseValidators.get(cacheKey);
  if (cached !== undefined) return cached;
  const instance = obAjv();
  const document = documents.get(api)!;
  const operation = document.paths[path]?.[method.toLowerCase()] as
    | { responses?: Record<string, ResponseObject> }
    | undefined;
  const explained = EXPLAINED_REFUSALS.has(status) ? operation?.responses?.['400'] : undefined;
  let response = operation?.responses?.[String(status)] ?? explained;
  if (!response)
    throw new Error(`${api}: ${method.toUpperCase()} ${path} documents no ${status} response`);
  const resolve = (r: ResponseObject | undefined) =>
    r?.$ref
      ? (document.components.responses?.[
          r.$ref.replace('#/components/responses/', '')
        ] as ResponseObject)
      : r;
  response = resolve(response)!;
  const schema = jsonSchemaOf(response) ?? jsonSchemaOf(resolve(explained));
  const validate = schema ? compileInDocument(instance, api, schema) : null;
  responseValidators.set(cacheKey, validate);
  return validate;
}

/** The JSON body's schema; the events document names the media type with its charset. */
function jsonSchemaOf(response: ResponseObject | undefined): Record<string, unknown> | undefined {
  return (
    response?.content?.['application/json'] ??
    response?.content?.['application/json; charset=utf-8']
  )?.schema;
}

/**
 * `pathTemplate` is the document's path, e.g. `/account-access-consents/{ConsentId}` (the full
 * `/open-banking/v3.1/aisp/...` form works too); `body` is the parsed JSON, or null for none.
 */
export function assertObResponse(
  api: ObApi,
  method: string,
  pathTemplate: string,
  status: number,
  body: unknown,
): void {
  proveCopyIsOfficial(api);
  const path = pathTemplate.startsWith(SERVER_PATH[api])
    ? pathTemplate.slice(SERVER_PATH[api].length)
    : pathTemplate;
  const operation = `${method.toUpperCase()} ${SERVER_PATH[api]}${path} ${status}`;
  const validate = responseSchema(api, path, method, status);
  if (!validate) {
    assert.ok(
      body === null || body === undefined || body === '',
      `${operation}: the document gives no body, got ${JSON.stringify(body)}`,
    );
    return;
  }
  assert.ok(
    validate(body),
    `${operation}: body does not match the OB schema: ${JSON.stringify(validate.errors, null, 1)}\n${JSON.stringify(body, null, 1)}`,
  );
}

/**
 * A schema written in terms of a document's components, compiled against the proven document: for
 * a message the OB pages define that the document does not write out (OBEventNotification2).
 */
export function compileObSchema(api: ObApi, schema: Record<string, unknown>): ValidateFunction {
  proveCopyIsOfficial(api);
  return compileInDocument(obAjv(), api, schema);
}

/** A component schema of the proven document, as the document writes it. */
export function obComponent(api: ObApi, name: string): Record<string, unknown> {
  proveCopyIsOfficial(api);
  obAjv();
  const schema = documents.get(api)!.components.schemas[name];
  if (!schema) throw new Error(`${api}: no component schema ${name}`);
  return structuredClone(schema);
}

/** Reads a fetch Response's body (JSON, or null when empty) and asserts it as above. */
export async function obResponseBody<T = Record<string, any>>(
  api: ObApi,
  method: string,
  pathTemplate: string,
  response: { status: number; text(): Promise<string> },
): Promise<T> {
  const text = await response.text();
  const body = text === '' ? null : JSON.parse(text);
  assertObResponse(api, method, pathTemplate, response.status, body);
  return body as T;
}
