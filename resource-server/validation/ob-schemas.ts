import { readFileSync } from 'node:fs';
import type { Ajv, ValidateFunction } from 'ajv';
import { addOpenApiDocument, compileInDocument, componentSchema, createOpenApiAjv, OB_APIS, type ObApi, type OpenApiDocument } from './openapi-ajv.ts';

/**
 * Request schemas come from the official OB v3.1.11 documents kept in `resource-server/openapi/`
 * (unchanged copies), so a request is held to exactly the published shapes. Compiled once, on
 * first use, and shared: validators are pure.
 */
let ajv: Ajv | undefined;
const documents = new Map<ObApi, OpenApiDocument>();

function openApiDocument(api: ObApi): OpenApiDocument {
  let document = documents.get(api);
  if (!document) {
    const url = new URL(`../openapi/${api}-openapi.json`, import.meta.url);
    document = JSON.parse(readFileSync(url, 'utf8')) as OpenApiDocument;
    documents.set(api, document);
  }
  return document;
}

function obAjv(): Ajv {
  if (!ajv) {
    const instance = createOpenApiAjv();
    for (const api of OB_APIS) addOpenApiDocument(instance, api, openApiDocument(api));
    ajv = instance;
  }
  return ajv;
}

export function requestSchema(api: ObApi, name: string): ValidateFunction {
  return componentSchema(obAjv(), api, name);
}

/** An OpenAPI 3.0 response object, or a `$ref` to one in `components.responses`. */
interface ResponseObject {
  $ref?: string;
  content?: Record<string, { schema?: Record<string, unknown> }>;
}

const responseValidators = new Map<string, ValidateFunction | null>();

/**
 * The JSON schema the document gives for one response of one operation (`path` as the document
 * writes it, relative to its server URL), or null when that response has no body (401, 204...).
 * Throws when the document does not list the response at all: answering it would be drift.
 */
export function responseSchema(api: ObApi, path: string, method: string, status: number): ValidateFunction | null {
  const cacheKey = `${api} ${method.toLowerCase()} ${path} ${status}`;
  const cached = responseValidators.get(cacheKey);
  if (cached !== undefined) return cached;
  const document = openApiDocument(api);
  const operation = document.paths[path]?.[method.toLowerCase()] as { responses?: Record<string, ResponseObject> } | undefined;
  let response = operation?.responses?.[String(status)];
  if (!response) throw new Error(`${api}: ${method.toUpperCase()} ${path} documents no ${status} response`);
  if (response.$ref) response = document.components.responses?.[response.$ref.replace('#/components/responses/', '')] as ResponseObject;
  const schema = response.content?.['application/json']?.schema;
  const validate = schema ? compileInDocument(obAjv(), api, schema) : null;
  responseValidators.set(cacheKey, validate);
  return validate;
}
