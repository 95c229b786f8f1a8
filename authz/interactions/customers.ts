import type { Knex } from 'knex';

/**
 * The sign-in state of a customer in authz.customers. Every counter change is one UPDATE whose
 * WHERE clause carries its precondition, so two concurrent attempts cannot both slip under the
 * limit or both spend the same one-time code.
 */

/** Wrong passwords and wrong codes together; reaching this locks sign-in. */
export const FAILED_ATTEMPTS_MAX = 5;
export const LOCKOUT_SECONDS = 15 * 60;

export interface CustomerCredentials {
  readonly id: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly totpSecretEncrypted: string;
  readonly totpLastUsedStep: number | undefined;
  /** Set while sign-in is locked. */
  readonly lockedUntil: Date | undefined;
}

interface CustomerRow {
  id: string;
  display_name: string;
  password_hash: string;
  totp_secret_encrypted: string;
  totp_last_used_step: string | null;
  locked_until: Date | null;
}

const COLUMNS = `id, display_name, password_hash, totp_secret_encrypted, totp_last_used_step::text,
  CASE WHEN locked_until > now() THEN locked_until END AS locked_until`;

export async function findCustomerByUsername(
  knex: Knex,
  username: string,
): Promise<CustomerCredentials | undefined> {
  const { rows } = await knex.raw<{ rows: CustomerRow[] }>(
    `SELECT ${COLUMNS} FROM authz.customers WHERE username = ?`,
    [username],
  );
  return rows[0] && toCredentials(rows[0]);
}

export async function findCustomerById(
  knex: Knex,
  customerId: string,
): Promise<CustomerCredentials | undefined> {
  const { rows } = await knex.raw<{ rows: CustomerRow[] }>(
    `SELECT ${COLUMNS} FROM authz.customers WHERE id = ?`,
    [customerId],
  );
  return rows[0] && toCredentials(rows[0]);
}

/**
 * Counts one failure. The one that reaches the limit locks sign-in for LOCKOUT_SECONDS and resets
 * the count, so the customer gets a fresh allowance once the lock lapses. Returns the lock's end
 * when this failure (or an earlier one) locked the account.
 */
export async function recordFailedAttempt(
  knex: Knex,
  customerId: string,
): Promise<Date | undefined> {
  const { rows } = await knex.raw<{ rows: { locked_until: Date | null }[] }>(
    `UPDATE authz.customers SET
       failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END,
       locked_until = CASE WHEN failed_attempts + 1 >= ? THEN now() + ? * interval '1 second' ELSE locked_until END,
       updated_at = now()
     WHERE id = ?
     RETURNING CASE WHEN locked_until > now() THEN locked_until END AS locked_until`,
    [FAILED_ATTEMPTS_MAX, FAILED_ATTEMPTS_MAX, LOCKOUT_SECONDS, customerId],
  );
  return rows[0]?.locked_until ?? undefined;
}

/**
 * Spends a TOTP time step: succeeds only if the step is later than the last one spent and sign-in
 * is not locked, and then clears the failure count. False means the code was already used (here
 * or by a concurrent request) or a lock started meanwhile.
 */
export async function spendTotpStep(
  knex: Knex,
  customerId: string,
  step: number,
): Promise<boolean> {
  const { rowCount } = await knex.raw<{ rowCount: number }>(
    `UPDATE authz.customers SET totp_last_used_step = ?, failed_attempts = 0, locked_until = NULL, updated_at = now()
     WHERE id = ? AND (totp_last_used_step IS NULL OR totp_last_used_step < ?)
       AND (locked_until IS NULL OR locked_until <= now())`,
    [step, customerId, step],
  );
  return rowCount === 1;
}

/**
 * A fixed second factor was right (the conformance customer): clears the failure count, unless
 * a lock started meanwhile. False means sign-in is locked.
 */
export async function clearFailedAttempts(knex: Knex, customerId: string): Promise<boolean> {
  const { rowCount } = await knex.raw<{ rowCount: number }>(
    `UPDATE authz.customers SET failed_attempts = 0, locked_until = NULL, updated_at = now()
     WHERE id = ? AND (locked_until IS NULL OR locked_until <= now())`,
    [customerId],
  );
  return rowCount === 1;
}

/**
 * Sign-in unlocked and the failure count cleared (an operator's reset); a spent code stays spent.
 */
export async function unlockCustomer(knex: Knex, customerId: string): Promise<void> {
  await knex.raw(
    'UPDATE authz.customers SET failed_attempts = 0, locked_until = NULL, updated_at = now() WHERE id = ?',
    [customerId],
  );
}

function toCredentials(row: CustomerRow): CustomerCredentials {
  return {
    id: row.id,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    totpSecretEncrypted: row.totp_secret_encrypted,
    totpLastUsedStep:
      row.totp_last_used_step === null ? undefined : Number(row.totp_last_used_step),
    lockedUntil: row.locked_until ?? undefined,
  };
}
