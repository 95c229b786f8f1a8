import { randomBytes } from 'node:crypto';
import { decryptSecret, encryptSecret } from '../sealing/index.ts';

/**
 * Card numbers (PANs) at rest: a random token that names the card anywhere the number would, and
 * the number sealed with AES-256-GCM under the platform's data encryption key
 * (DATA_ENCRYPTION_KEY), bound to its account as associated data so a sealed number copied onto
 * another account does not open. Only the last four digits are kept in the clear (what PCI DSS
 * allows to be shown). The number itself is never stored, logged or returned except to a consent
 * that holds ReadPAN.
 */
export interface SealedPan {
  /** `tok_` and 24 random base64url characters: derived from nothing, so it reveals nothing. */
  token: string;
  sealed: string;
  last4: string;
}

const TOKEN_PATTERN = /^tok_[A-Za-z0-9_-]{24}$/;

/** ISO/IEC 7812: 12 to 19 digits with a valid Luhn check digit. */
export function isPan(value: string): boolean {
  if (!/^\d{12,19}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < value.length; i += 1) {
    let digit = Number(value[value.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function associatedData(accountId: string): string {
  return `ledger.accounts.pan_sealed:${accountId}`;
}

export function sealPan(pan: string, key: Buffer, accountId: string): SealedPan {
  if (!isPan(pan)) throw new Error('not a card number (12 to 19 digits with a valid check digit)');
  const token = `tok_${randomBytes(18).toString('base64url')}`;
  if (!TOKEN_PATTERN.test(token)) throw new Error('card token out of shape');
  return {
    token,
    sealed: encryptSecret(pan, key, associatedData(accountId)),
    last4: pan.slice(-4),
  };
}

/**
 * Throws if the sealed number was altered, belongs to another account, or was sealed under another
 * key.
 */
export function openPan(sealed: string, key: Buffer, accountId: string): string {
  const pan = decryptSecret(sealed, key, associatedData(accountId));
  if (!isPan(pan)) throw new Error('a sealed card number opened to something else');
  return pan;
}

/** What is shown instead of the number: its last four digits behind twelve asterisks. */
export function maskedPan(last4: string): string {
  return `************${last4}`;
}
