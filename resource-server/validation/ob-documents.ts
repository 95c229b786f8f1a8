import { readFileSync } from 'node:fs';
import { OB_APIS, type ObApi, type OpenApiDocument } from './openapi-ajv.ts';

/**
 * The official OB v3.1.11 documents in `resource-server/openapi/` (unchanged copies), parsed once.
 * Request validation (ob-schemas.ts) and the served API description (description/) both read them
 * from here, so what the platform documents is what it validates against.
 */
const documents = new Map<ObApi, OpenApiDocument>();

export function obDocument(api: ObApi): OpenApiDocument {
  let document = documents.get(api);
  if (!document) {
    document = JSON.parse(
      readFileSync(new URL(`../openapi/${api}-openapi.json`, import.meta.url), 'utf8'),
    ) as OpenApiDocument;
    documents.set(api, document);
  }
  return document;
}

/** Every document, in OB_APIS order. */
export function obDocuments(): [ObApi, OpenApiDocument][] {
  return OB_APIS.map((api) => [api, obDocument(api)]);
}
