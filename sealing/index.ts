export { decryptSecret, encryptSecret } from './seal.ts';
