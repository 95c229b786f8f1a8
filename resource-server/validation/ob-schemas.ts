import type { Ajv, ValidateFunction } from 'ajv';
import { obDocuments } from './ob-documents.ts';
import {
  addOpenApiDocument,
  componentSchema,
  createOpenApiAjv,
  type ObApi,
} from './openapi-ajv.ts';

/**
 * Request schemas come from the official OB v3.1.11 documents kept in `resource-server/openapi/`
 * (unchanged copies), so a request is held to exactly the published shapes. Compiled once, on
 * first use, and shared: validators are pure.
 */
let ajv: Ajv | undefined;

function obAjv(): Ajv {
  if (!ajv) {
    const instance = createOpenApiAjv();
    for (const [api, document] of obDocuments()) addOpenApiDocument(instance, api, document);
    ajv = instance;
  }
  return ajv;
}

export function requestSchema(api: ObApi, name: string): ValidateFunction {
  return componentSchema(obAjv(), api, name);
}
