import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (customers' TOTP seeds, card numbers): AES-256-GCM under the platform's data
 * encryption key, bound by associated data to the row they belong to, so a value copied onto
 * another row does not decrypt.
 */

const SECRET_FORMAT = 'v1';
const GCM_IV_BYTES = 12;
const GCM_TAG_BYTES = 16;
const KEY_BYTES = 32;

/** "v1.<iv>.<tag>.<ciphertext>", base64url parts. */
export function encryptSecret(plaintext: string, key: Buffer, associatedData: string): string {
  assertKey(key);
  const iv = randomBytes(GCM_IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: GCM_TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${SECRET_FORMAT}.${iv.toString('base64url')}.${tag.toString('base64url')}.${ciphertext.toString('base64url')}`;
}

/**
 * Throws if the value was altered, belongs to other associated data, or was sealed with another
 * key.
 */
export function decryptSecret(encoded: string, key: Buffer, associatedData: string): string {
  assertKey(key);
  const parts = encoded.split('.');
  if (parts.length !== 4 || parts[0] !== SECRET_FORMAT)
    throw new Error('encrypted secret is not in the v1 format');
  const [iv, tag, ciphertext] = parts.slice(1).map((part) => Buffer.from(part, 'base64url')) as [
    Buffer,
    Buffer,
    Buffer,
  ];
  if (iv.length !== GCM_IV_BYTES || tag.length !== GCM_TAG_BYTES)
    throw new Error('encrypted secret has a malformed iv or tag');
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: GCM_TAG_BYTES });
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}

function assertKey(key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES)
    throw new Error(`data encryption key must be ${KEY_BYTES} bytes`);
}
