import { obDocuments } from './ob-documents.ts';
import type { ObApi } from './openapi-ajv.ts';

/** An operation object of an OB document, with what the platform reads of it. */
export interface ObOperation {
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
  [member: string]: unknown;
}

/** Where a mounted route is written in the OB documents. */
export interface DocumentedOperation {
  api: ObApi;
  /** The path as the document writes it, relative to its server URL (`/accounts/{AccountId}`). */
  path: string;
  operation: ObOperation;
}

/** The documents' JSON media type for request bodies (with or without the charset they name). */
export const JSON_MEDIA_TYPES = ['application/json; charset=utf-8', 'application/json'];

/**
 * A route's path as OpenAPI writes it: `/aisp/accounts/:AccountId` -> `/aisp/accounts/{AccountId}`.
 */
export function openApiPath(routePath: string): string {
  return routePath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/**
 * The OB operation a route implements: the document whose server URL prefixes the route's full
 * path and that has the rest as a path with this method (the longest server URL wins, so
 * `/open-banking/v3.1/aisp/...` is account-info, not events). Undefined when no document has it.
 */
export function documentedOperation(
  method: string,
  fullPath: string,
): DocumentedOperation | undefined {
  const path = openApiPath(fullPath);
  let found: DocumentedOperation | undefined;
  let serverLength = -1;
  for (const [api, document] of obDocuments()) {
    const server = document.servers?.[0]?.url ?? '';
    if (!path.startsWith(`${server}/`) || server.length <= serverLength) continue;
    const operation = document.paths[path.slice(server.length)]?.[method.toLowerCase()] as
      | ObOperation
      | undefined;
    if (!operation) continue;
    found = { api, path: path.slice(server.length), operation };
    serverLength = server.length;
  }
  return found;
}

/** The component schema the OB document gives as the JSON request body of an operation. */
export function documentedRequestSchema(operation: ObOperation): string | undefined {
  const content = operation.requestBody?.content ?? {};
  const ref = JSON_MEDIA_TYPES.map((type) => content[type]?.schema?.$ref).find(
    (r) => r !== undefined,
  );
  return ref?.replace('#/components/schemas/', '');
}
