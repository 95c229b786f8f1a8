export { createResourceServer } from './app.ts';
export type { ResourceServer, ResourceServerDeps } from './app.ts';
export { describeResourceApi } from './api-description.ts';
export type { ApiDescription, ApiRoute } from './api-description.ts';
export { httpRefusalBody } from './error-handler.ts';
export { describedConsents } from './consents/index.ts';
export { OB_ERROR_HELP } from './error-help.ts';
export { V4_ERROR_CODE } from './v4/error-codes.ts';
export { V4_RESOURCE_TYPES } from './v4/index.ts';
