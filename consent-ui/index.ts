export { loadConsentUi } from './render.ts';
export type { Asset, Branding, ConsentUi, ViewName } from './render.ts';
