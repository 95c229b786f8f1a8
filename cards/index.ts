export { isPan, maskedPan, openPan, sealPan } from './pan.ts';
export type { SealedPan } from './pan.ts';
