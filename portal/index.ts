export { openApiDocument } from './openapi-document.ts';
export type { DocumentParts, OpenApiDocument } from './openapi-document.ts';
export { docsRoutes, openApiRoute, postmanRoute, DOCS_CONTENT_SECURITY_POLICY } from './routes.ts';
export { itemsOf, POSTMAN_SCHEMA_V2_1 } from './postman-collection.ts';
export type { PostmanCollection, PostmanItem } from './postman-collection.ts';
export { errorReferenceRoute } from './error-reference.ts';
