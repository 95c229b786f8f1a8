import { readFileSync } from 'node:fs';
import type { Ajv, ValidateFunction } from 'ajv';
import { addOpenApiDocument, componentSchema, createOpenApiAjv, OB_APIS, type ObApi, type OpenApiDocument } from './openapi-ajv.ts';

/**
 * Request schemas come from the official OB v3.1.11 documents kept in `resource-server/openapi/`
 * (unchanged copies), so a request is held to exactly the published shapes. Compiled once, on
 * first use, and shared: validators are pure.
 */
let ajv: Ajv | undefined;

function obAjv(): Ajv {
  if (!ajv) {
    const instance = createOpenApiAjv();
    for (const api of OB_APIS) {
      const url = new URL(`../openapi/${api}-openapi.json`, import.meta.url);
      addOpenApiDocument(instance, api, JSON.parse(readFileSync(url, 'utf8')) as OpenApiDocument);
    }
    ajv = instance;
  }
  return ajv;
}

export function requestSchema(api: ObApi, name: string): ValidateFunction {
  return componentSchema(obAjv(), api, name);
}
