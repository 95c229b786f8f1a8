import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { responseSchema } from '../../resource-server/validation/ob-schemas.ts';
import type { ObApi } from '../../resource-server/validation/openapi-ajv.ts';

/**
 * Holds a resource-server response to the official OB v3.1.11 OpenAPI documents: the status must
 * be one the operation documents, and the body must be exactly the documented schema for it (no
 * body where none is documented). The schemas come from `resource-server/openapi/`, which the
 * first call proves byte-identical to the official documents in `../shared/ob-specs/v3.1.11/`,
 * so neither the server nor its copies can drift from the standard unnoticed.
 */

const OFFICIAL_DIR = new URL('../../../shared/ob-specs/v3.1.11/', import.meta.url);
const COPIES_DIR = new URL('../../resource-server/openapi/', import.meta.url);
const proven = new Set<ObApi>();

function proveCopyIsOfficial(api: ObApi): void {
  if (proven.has(api)) return;
  const file = `${api}-openapi.json`;
  const official = readFileSync(new URL(file, OFFICIAL_DIR));
  assert.ok(official.equals(readFileSync(new URL(file, COPIES_DIR))), `resource-server/openapi/${file} differs from the official OB v3.1.11 document`);
  proven.add(api);
}

/** The OB document's server URL of each API: `pathTemplate` may be given with or without it. */
const SERVER_PATH: Record<ObApi, string> = {
  'account-info': '/open-banking/v3.1/aisp',
  'payment-initiation': '/open-banking/v3.1/pisp',
  'confirmation-funds': '/open-banking/v3.1/cbpii',
};

/**
 * `pathTemplate` is the document's path, e.g. `/account-access-consents/{ConsentId}` (the full
 * `/open-banking/v3.1/aisp/...` form works too); `body` is the parsed JSON, or null for none.
 */
export function assertObResponse(api: ObApi, method: string, pathTemplate: string, status: number, body: unknown): void {
  proveCopyIsOfficial(api);
  const path = pathTemplate.startsWith(SERVER_PATH[api]) ? pathTemplate.slice(SERVER_PATH[api].length) : pathTemplate;
  const operation = `${method.toUpperCase()} ${SERVER_PATH[api]}${path} ${status}`;
  const validate = responseSchema(api, path, method, status);
  if (!validate) {
    assert.ok(body === null || body === undefined || body === '', `${operation}: the document gives no body, got ${JSON.stringify(body)}`);
    return;
  }
  assert.ok(validate(body), `${operation}: body does not match the OB schema: ${JSON.stringify(validate.errors, null, 1)}\n${JSON.stringify(body, null, 1)}`);
}

/** Reads a fetch Response's body (JSON, or null when empty) and asserts it as above. */
export async function obResponseBody<T = Record<string, any>>(api: ObApi, method: string, pathTemplate: string, response: { status: number; text(): Promise<string> }): Promise<T> {
  const text = await response.text();
  const body = text === '' ? null : JSON.parse(text);
  assertObResponse(api, method, pathTemplate, response.status, body);
  return body as T;
}
