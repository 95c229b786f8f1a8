export { openApiDocument } from './openapi-document.ts';
export type { DocumentParts, OpenApiDocument } from './openapi-document.ts';
export { docsRoutes, openApiRoute, DOCS_CONTENT_SECURITY_POLICY } from './routes.ts';
export { errorReferenceRoute } from './error-reference.ts';
