import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Knex } from 'knex';
import { verify } from 'otplib';
import { decryptSecret } from '../../sealing/index.ts';
import {
  hashPassword,
  PASSWORD_LENGTH_MAX,
  totpSecretAssociatedData,
  verifyPassword,
} from '../credentials.ts';
import {
  clearFailedAttempts,
  findCustomerById,
  findCustomerByUsername,
  recordFailedAttempt,
  spendTotpStep,
} from './customers.ts';

/**
 * The two factors of strong customer authentication: something known (password) and something
 * possessed (the authenticator app's TOTP seed, RFC 6238: SHA-1, 6 digits, 30 s).
 *
 * No user enumeration: an unknown username costs the same scrypt as a known one (a dummy hash with
 * the same parameters) and gets the same answer as a wrong password. Only a locked account answers
 * differently, which a bank must tell its customer; reaching it takes FAILED_ATTEMPTS_MAX tries.
 */

export type PasswordOutcome =
  | { readonly ok: true; readonly customerId: string }
  | { readonly ok: false; readonly reason: 'invalid' }
  | { readonly ok: false; readonly reason: 'locked'; readonly lockedUntil: Date };

export type CodeOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'invalid' | 'reused' }
  | { readonly ok: false; readonly reason: 'locked'; readonly lockedUntil: Date };

/**
 * A customer whose second factor is a fixed code instead of TOTP: only the OpenID conformance
 * suite's sandbox customer, and only when the platform is configured for it (CONFORMANCE_CUSTOMER).
 */
export interface FixedCodeCustomer {
  readonly customerId: string;
  readonly code: string;
}

const USERNAME_LENGTH_MAX = 64;
/** One step either side: authenticator clocks drift, and a code typed at :29 arrives at :31. */
const TOTP_TOLERANCE_SECONDS = 30;
const TOTP_CODE = /^\d{6}$/;

let dummyHash: Promise<string> | undefined;
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(18).toString('base64url'));
  return dummyHash;
}

/** What a customer types is trimmed and lower-cased; usernames are stored that way. */
export function normaliseUsername(input: string): string {
  return input.trim().toLowerCase();
}

export async function checkPassword(
  knex: Knex,
  usernameInput: string,
  password: string,
): Promise<PasswordOutcome> {
  const username = normaliseUsername(usernameInput);
  const customer =
    username.length > 0 && username.length <= USERNAME_LENGTH_MAX
      ? await findCustomerByUsername(knex, username)
      : undefined;
  const acceptableInput = password.length > 0 && password.length <= PASSWORD_LENGTH_MAX;
  // Hash even when the answer is already known, so that timing does not tell the cases apart.
  const matches = await verifyPassword(
    acceptableInput ? password : 'x',
    customer?.passwordHash ?? (await dummyPasswordHash()),
  );
  if (!customer) return { ok: false, reason: 'invalid' };
  if (customer.lockedUntil)
    return { ok: false, reason: 'locked', lockedUntil: customer.lockedUntil };
  if (matches && acceptableInput) return { ok: true, customerId: customer.id };
  // A correct password does not clear the count: only a completed second factor does, or a known
  // password would buy unlimited guesses at the code.
  const lockedUntil = await recordFailedAttempt(knex, customer.id);
  return lockedUntil
    ? { ok: false, reason: 'locked', lockedUntil }
    : { ok: false, reason: 'invalid' };
}

/**
 * The second factor, for a customer whose password was just checked. A TOTP code is accepted
 * once; the fixed code of `fixedCodeCustomer` (if given, for that customer only) every time.
 */
export async function checkOneTimeCode(
  knex: Knex,
  dataEncryptionKey: Buffer,
  customerId: string,
  codeInput: string,
  now: Date = new Date(),
  fixedCodeCustomer?: FixedCodeCustomer,
): Promise<CodeOutcome> {
  const customer = await findCustomerById(knex, customerId);
  if (!customer) return { ok: false, reason: 'invalid' };
  if (customer.lockedUntil)
    return { ok: false, reason: 'locked', lockedUntil: customer.lockedUntil };
  const code = codeInput.replace(/\s+/g, '');
  if (fixedCodeCustomer?.customerId === customer.id)
    return checkFixedCode(knex, customer.id, code, fixedCodeCustomer.code);
  const result = TOTP_CODE.test(code)
    ? await verify({
        secret: decryptSecret(
          customer.totpSecretEncrypted,
          dataEncryptionKey,
          totpSecretAssociatedData(customer.id),
        ),
        token: code,
        epoch: Math.floor(now.getTime() / 1000),
        epochTolerance: TOTP_TOLERANCE_SECONDS,
      })
    : { valid: false as const };
  if (!result.valid || !('timeStep' in result)) {
    const lockedUntil = await recordFailedAttempt(knex, customer.id);
    return lockedUntil
      ? { ok: false, reason: 'locked', lockedUntil }
      : { ok: false, reason: 'invalid' };
  }
  // A replayed code proves possession once already; it is refused but not counted as a guess.
  if (customer.totpLastUsedStep !== undefined && result.timeStep <= customer.totpLastUsedStep)
    return { ok: false, reason: 'reused' };
  if (await spendTotpStep(knex, customer.id, result.timeStep)) return { ok: true };
  const after = await findCustomerById(knex, customer.id);
  return after?.lockedUntil
    ? { ok: false, reason: 'locked', lockedUntil: after.lockedUntil }
    : { ok: false, reason: 'reused' };
}

async function checkFixedCode(
  knex: Knex,
  customerId: string,
  code: string,
  expected: string,
): Promise<CodeOutcome> {
  if (sameText(code, expected)) {
    if (await clearFailedAttempts(knex, customerId)) return { ok: true };
    const after = await findCustomerById(knex, customerId);
    return { ok: false, reason: 'locked', lockedUntil: after?.lockedUntil ?? new Date() };
  }
  const lockedUntil = await recordFailedAttempt(knex, customerId);
  return lockedUntil
    ? { ok: false, reason: 'locked', lockedUntil }
    : { ok: false, reason: 'invalid' };
}

/** Constant time whatever the lengths: the digests are compared, never the texts. */
function sameText(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
