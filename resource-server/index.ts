export { createResourceServer } from './app.ts';
export type { ResourceServerDeps } from './app.ts';
export { httpRefusalBody } from './error-handler.ts';
export { describedConsents } from './consents/index.ts';
