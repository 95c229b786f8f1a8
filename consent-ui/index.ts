export { loadConsentUi } from './render.ts';
export type { ConsentUi, ViewName } from './render.ts';
