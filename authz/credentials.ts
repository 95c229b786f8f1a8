import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Customer credentials at rest. Passwords: scrypt, self-describing "scrypt$N$r$p$salt$hash" so
 * parameters can be raised later without breaking old hashes. TOTP seeds: sealed (sealing/) with
 * their customer as associated data, so a seed copied onto another customer's row does not decrypt.
 */

// OWASP's scrypt floor is N=2^17 with r=8; N=2^15 keeps a sandbox login near 50 ms on a shared
// 2-core box. Stored hashes carry their parameters, so raising this is safe.
const SCRYPT_COST = 2 ** 15;
const SCRYPT_BLOCK_SIZE = 8;
const SCRYPT_PARALLELISM = 1;
const SCRYPT_KEY_BYTES = 32;
const SALT_BYTES = 16;
// Bounds on parameters read back from storage: a tampered row must not buy unbounded CPU/memory.
const SCRYPT_COST_MAX = 2 ** 20;
const SCRYPT_BLOCK_SIZE_MAX = 32;
const SCRYPT_PARALLELISM_MAX = 16;
/**
 * Longer input is refused before hashing: scrypt's cost does not grow with length, but memory does.
 */
export const PASSWORD_LENGTH_MAX = 1024;

export async function hashPassword(password: string): Promise<string> {
  if (
    typeof password !== 'string' ||
    password.length === 0 ||
    password.length > PASSWORD_LENGTH_MAX
  ) {
    throw new Error(`password must be 1 to ${PASSWORD_LENGTH_MAX} characters`);
  }
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(
    password,
    salt,
    SCRYPT_COST,
    SCRYPT_BLOCK_SIZE,
    SCRYPT_PARALLELISM,
    SCRYPT_KEY_BYTES,
  );
  return [
    'scrypt',
    SCRYPT_COST,
    SCRYPT_BLOCK_SIZE,
    SCRYPT_PARALLELISM,
    salt.toString('base64'),
    hash.toString('base64'),
  ].join('$');
}

/** Constant-time comparison. A malformed stored hash is a data error and throws. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  const [scheme, costText, blockSizeText, parallelismText, saltText, hashText] = parts;
  const cost = Number(costText);
  const blockSize = Number(blockSizeText);
  const parallelism = Number(parallelismText);
  if (
    parts.length !== 6 ||
    scheme !== 'scrypt' ||
    !Number.isSafeInteger(cost) ||
    cost < 2 ||
    cost > SCRYPT_COST_MAX ||
    (cost & (cost - 1)) !== 0 ||
    !Number.isSafeInteger(blockSize) ||
    blockSize < 1 ||
    blockSize > SCRYPT_BLOCK_SIZE_MAX ||
    !Number.isSafeInteger(parallelism) ||
    parallelism < 1 ||
    parallelism > SCRYPT_PARALLELISM_MAX
  ) {
    throw new Error('stored password hash is not a supported scrypt hash');
  }
  const salt = Buffer.from(saltText!, 'base64');
  const expected = Buffer.from(hashText!, 'base64');
  if (salt.length < SALT_BYTES || expected.length < SCRYPT_KEY_BYTES) {
    throw new Error('stored password hash has a short salt or hash');
  }
  if (
    typeof password !== 'string' ||
    password.length === 0 ||
    password.length > PASSWORD_LENGTH_MAX
  )
    return false;
  const actual = await derive(password, salt, cost, blockSize, parallelism, expected.length);
  return timingSafeEqual(actual, expected);
}

function derive(
  password: string,
  salt: Buffer,
  cost: number,
  blockSize: number,
  parallelism: number,
  length: number,
): Promise<Buffer> {
  const options: ScryptOptions = {
    cost,
    blockSize,
    parallelization: parallelism,
    // scrypt needs 128 * N * r bytes; node's default ceiling (32 MiB) is exactly that at N=2^15,
    // r=8.
    maxmem: 256 * cost * blockSize,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** The associated data a customer's TOTP seed is sealed with: decrypt with the same. */
export function totpSecretAssociatedData(customerId: string): string {
  return `authz.customers.totp_secret_encrypted:${customerId}`;
}
