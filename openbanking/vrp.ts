import type { Knex } from 'knex';
import type { ConsentStatus, JsonRecord } from './consents.ts';
import type { ControlParameters, PeriodWindow } from './control-parameters.ts';
import type { PaymentRecord } from './payments.ts';

/**
 * Domestic variable recurring payments on openbanking.consents and openbanking.payments: the VRP
 * consent as a payment on it locks it, what it has paid in each period, and a VRP payment as the
 * TPP reads it. A VRP consent is authorised once and paid against many times (never Consumed);
 * its payments are serialised by the consent's row lock, so a period's sum read under the lock
 * holds until the payment commits.
 */

/** The VRP consent as a payment spends from it. */
export interface LockedVrpConsent {
  controlParameters: ControlParameters;
  initiation: JsonRecord;
  risk: JsonRecord;
  debtorAccountId: string;
  /** ReadRefundAccount Yes: the TPP may see the paying account as each payment's Refund. */
  readRefundAccount: 'Yes' | 'No' | null;
  createdAt: Date;
  /** The database's clock in this transaction: the instant payments written in it carry. */
  now: Date;
}

export type VrpConsentLock =
  | { locked: LockedVrpConsent }
  | { found: false }
  | { found: true; status: ConsentStatus; expired: boolean };

interface LockRow {
  status: ConsentStatus;
  expired: boolean;
  control_parameters: ControlParameters;
  initiation: JsonRecord;
  risk: JsonRecord;
  debtor_account_id: string | null;
  read_refund_account: 'Yes' | 'No' | null;
  created_at: Date;
  now: Date;
}

/**
 * Locks this client's VRP consent for the payment's transaction (FOR UPDATE: a concurrent payment
 * on it waits here until this one commits or rolls back). Locked when Authorised and unexpired;
 * otherwise says why it cannot pay.
 */
export async function lockVrpConsent(
  trx: Knex.Transaction,
  consentId: string,
  clientId: string,
): Promise<VrpConsentLock> {
  const { rows } = await trx.raw<{ rows: LockRow[] }>(
    `SELECT status, coalesce(expires_at <= now(), false) AS expired, control_parameters, initiation, risk,
            debtor_account_id, read_refund_account, created_at, now() AS now
     FROM openbanking.consents
     WHERE id = ? AND client_id = ? AND kind = 'domestic-vrp'
     FOR UPDATE`,
    [consentId, clientId],
  );
  const row = rows[0];
  if (!row) return { found: false };
  if (row.status !== 'Authorised' || row.expired)
    return { found: true, status: row.status, expired: row.expired };
  // Authorisation of a payment consent always binds the paying account (consents_authorised).
  if (!row.debtor_account_id)
    throw new Error(`authorised VRP consent ${consentId} has no debtor account`);
  return {
    locked: {
      controlParameters: row.control_parameters,
      initiation: row.initiation,
      risk: row.risk,
      debtorAccountId: row.debtor_account_id,
      readRefundAccount: row.read_refund_account,
      createdAt: row.created_at,
      now: row.now,
    },
  };
}

/**
 * What the consent's payments that moved money (every status but Rejected) add up to in each
 * window, as decimal text in the consent's currency, in the order of `windows`. Read under the
 * consent's lock (lockVrpConsent), so no payment of it can be added meanwhile.
 */
export async function vrpPaidInWindows(
  trx: Knex.Transaction,
  consentId: string,
  windows: readonly PeriodWindow[],
): Promise<string[]> {
  if (windows.length === 0) return [];
  const { rows } = await trx.raw<{ rows: { paid: string }[] }>(
    `SELECT coalesce(sum((p.initiation #>> '{InstructedAmount,Amount}')::numeric), 0)::text AS paid
     FROM unnest(?::timestamptz[], ?::timestamptz[]) WITH ORDINALITY AS w(from_at, to_at, position)
     LEFT JOIN openbanking.payments p
       ON p.consent_id = ? AND p.kind = 'domestic-vrp' AND p.status <> 'Rejected'
      AND p.created_at >= w.from_at AND p.created_at < w.to_at
     GROUP BY w.position
     ORDER BY w.position`,
    [windows.map((w) => w.from.toISOString()), windows.map((w) => w.to.toISOString()), consentId],
  );
  return rows.map((row) => row.paid);
}

/** A VRP payment as the TPP reads it: the payment (its Instruction), its Risk, and its consent's Initiation. */
export interface VrpPaymentRecord extends PaymentRecord {
  risk: JsonRecord;
  consent_initiation: JsonRecord;
  debtor_account_id: string;
}

/** The client's own VRP payment; another TPP's, or a payment of another kind, is not found. */
export async function findClientVrp(
  db: Knex,
  paymentId: string,
  clientId: string,
): Promise<VrpPaymentRecord | undefined> {
  const { rows } = await db.raw<{ rows: VrpPaymentRecord[] }>(
    `SELECT p.id, p.consent_id, p.status, p.status_updated_at, p.created_at, p.initiation, p.ledger_transfer_id,
            p.risk, p.debtor_account_id, c.initiation AS consent_initiation
     FROM openbanking.payments p JOIN openbanking.consents c ON c.id = p.consent_id
     WHERE p.id = ? AND p.client_id = ? AND p.kind = 'domestic-vrp'`,
    [paymentId, clientId],
  );
  return rows[0];
}
