export { createResourceServer } from './app.ts';
export type { ResourceServerDeps } from './app.ts';
