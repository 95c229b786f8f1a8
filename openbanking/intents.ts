import type { Knex } from 'knex';
import type { ConsentKind, ConsentStatus, EndGrants, JsonRecord } from './consents.ts';

/**
 * The TPP's side of openbanking.consents (its intents): creating them, reading its own, revoking
 * them, and what an authorization request naming one needs to know. The customer's side is
 * consents.ts; both write the same columns, so a row created here is exactly what the consent
 * pages read.
 */

type JsonObject = JsonRecord;

/** What a TPP's POST stores; every column a kind does not use stays NULL. */
export interface NewConsent {
  permissions?: readonly string[];
  expiresAt?: string;
  transactionFrom?: string;
  transactionTo?: string;
  /** OB objects kept as sent (after validation), so every response echoes them exactly. */
  initiation?: JsonObject;
  risk?: JsonObject;
  authorisation?: JsonObject;
  scaSupportData?: JsonObject;
  readRefundAccount?: 'Yes' | 'No';
  debtorAccount?: JsonObject;
  /** Domestic VRP: OBDomesticVRPControlParameters, as sent. */
  controlParameters?: JsonObject;
  /** Plain FAPI 2.0: the pushed authorization request that described this consent. */
  authorizationRequestId?: string;
}

export interface StoredConsent {
  id: string;
  kind: ConsentKind;
  clientId: string;
  status: ConsentStatus;
  statusUpdatedAt: Date;
  createdAt: Date;
  permissions: string[] | null;
  expiresAt: Date | null;
  transactionFrom: Date | null;
  transactionTo: Date | null;
  initiation: JsonObject | null;
  risk: JsonObject | null;
  authorisation: JsonObject | null;
  scaSupportData: JsonObject | null;
  readRefundAccount: 'Yes' | 'No' | null;
  debtorAccount: JsonObject | null;
  controlParameters: JsonObject | null;
  /** The account the customer chose to pay from (payments) or that is checked, once authorised. */
  debtorAccountId: string | null;
}

const COLUMNS = `id, kind, client_id AS "clientId", status, status_updated_at AS "statusUpdatedAt", created_at AS "createdAt",
  permissions, expires_at AS "expiresAt", transaction_from AS "transactionFrom", transaction_to AS "transactionTo",
  initiation, risk, authorisation, sca_support_data AS "scaSupportData", read_refund_account AS "readRefundAccount",
  debtor_account AS "debtorAccount", control_parameters AS "controlParameters", debtor_account_id AS "debtorAccountId"`;

/** The stored consent; undefined only when `authorizationRequestId` already has one. */
export async function insertConsent(
  db: Knex | Knex.Transaction,
  id: string,
  clientId: string,
  kind: ConsentKind,
  consent: NewConsent,
): Promise<StoredConsent> {
  const json = (value: JsonObject | undefined) =>
    value === undefined ? null : JSON.stringify(value);
  const { rows } = await db.raw<{ rows: StoredConsent[] }>(
    `INSERT INTO openbanking.consents (id, kind, client_id, status, permissions, expires_at, transaction_from, transaction_to,
       initiation, risk, authorisation, sca_support_data, read_refund_account, debtor_account, control_parameters,
       authorization_request_id)
     VALUES (?, ?, ?, 'AwaitingAuthorisation', ?::text[], ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?)
     ON CONFLICT (authorization_request_id) WHERE authorization_request_id IS NOT NULL DO NOTHING
     RETURNING ${COLUMNS}`,
    [
      id,
      kind,
      clientId,
      consent.permissions ? [...consent.permissions] : null,
      consent.expiresAt ?? null,
      consent.transactionFrom ?? null,
      consent.transactionTo ?? null,
      json(consent.initiation),
      json(consent.risk),
      json(consent.authorisation),
      json(consent.scaSupportData),
      consent.readRefundAccount ?? null,
      json(consent.debtorAccount),
      json(consent.controlParameters),
      consent.authorizationRequestId ?? null,
    ],
  );
  return rows[0]!;
}

/** The consent made for a pushed authorization request, if any (plain FAPI 2.0). */
export async function findAuthorizationRequestConsent(
  db: Knex,
  authorizationRequestId: string,
): Promise<{ id: string } | undefined> {
  const { rows } = await db.raw<{ rows: { id: string }[] }>(
    'SELECT id FROM openbanking.consents WHERE authorization_request_id = ?',
    [authorizationRequestId],
  );
  return rows[0];
}

/** The client's consent of this kind; another client's, or another kind's, is not found. */
export async function findClientConsent(
  db: Knex,
  kind: ConsentKind,
  clientId: string,
  id: string,
): Promise<StoredConsent | undefined> {
  const { rows } = await db.raw<{ rows: StoredConsent[] }>(
    `SELECT ${COLUMNS} FROM openbanking.consents WHERE id = ? AND kind = ? AND client_id = ?`,
    [id, kind, clientId],
  );
  return rows[0];
}

type RevokeOutcome = { revoked: true } | { revoked: false; status: ConsentStatus | undefined };

/**
 * The TPP withdraws its consent for good: it becomes Revoked (the row stays, for the customer's
 * dashboard and the audit trail), and if it was authorised, every token of its grant goes with it
 * in the same transaction, so the next resource request with them is a 401 (DESIGN.md section 6).
 * Only a consent still awaiting authorisation or authorised can be revoked; `status` says why not.
 */
export async function revokeClientConsent(
  knex: Knex,
  kind: ConsentKind,
  clientId: string,
  id: string,
  endGrants: EndGrants,
): Promise<RevokeOutcome> {
  return knex.transaction(async (trx) => {
    const { rows } = await trx.raw<{ rows: { grant_id: string | null }[] }>(
      `UPDATE openbanking.consents SET status = 'Revoked', status_updated_at = now()
       WHERE id = ? AND kind = ? AND client_id = ? AND status IN ('AwaitingAuthorisation', 'Authorised')
       RETURNING grant_id`,
      [id, kind, clientId],
    );
    const revoked = rows[0];
    if (revoked) {
      if (revoked.grant_id) await endGrants(trx, revoked.grant_id);
      return { revoked: true };
    }
    // Not revocable: say why (unknown to this client, or a status that cannot be revoked).
    const { rows: found } = await trx.raw<{ rows: { status: ConsentStatus }[] }>(
      `SELECT status FROM openbanking.consents WHERE id = ? AND kind = ? AND client_id = ?`,
      [id, kind, clientId],
    );
    return { revoked: false, status: found[0]?.status };
  });
}

/** What an authorization request naming an intent is checked against (authz intent-check). */
export interface IntentState {
  readonly clientId: string;
  readonly kind: ConsentKind;
  readonly status: ConsentStatus;
  readonly expiresAt: Date | null;
}

/**
 * The account a payment consent pays from when its ReadRefundAccount is Yes (OB Refund: the TPP
 * may then see it in the payment's responses); undefined otherwise.
 */
export async function refundAccountIdOf(db: Knex, consentId: string): Promise<string | undefined> {
  const { rows } = await db.raw<{ rows: { debtor_account_id: string | null }[] }>(
    `SELECT debtor_account_id FROM openbanking.consents WHERE id = ? AND read_refund_account = 'Yes'`,
    [consentId],
  );
  return rows[0]?.debtor_account_id ?? undefined;
}

export async function findIntentState(db: Knex, id: string): Promise<IntentState | undefined> {
  const { rows } = await db.raw<{ rows: IntentState[] }>(
    `SELECT client_id AS "clientId", kind, status, expires_at AS "expiresAt" FROM openbanking.consents WHERE id = ?`,
    [id],
  );
  return rows[0];
}

/** A payment consent as its one payment spends it: what the payment is made from. */
export interface ConsumedPaymentConsent<Initiation> {
  initiation: Initiation;
  risk: JsonObject;
  debtor_account_id: string;
  /** The consent's ReadRefundAccount: Yes lets the TPP see the paying account as Refund. */
  read_refund_account: 'Yes' | 'No' | null;
}

export type ConsumeOutcome<Initiation> =
  | { consumed: ConsumedPaymentConsent<Initiation> }
  | { found: false }
  | { found: true; status: ConsentStatus; expired: boolean };

/** The consents one submission spends: an immediate payment, a scheduled payment, a standing order. */
export type SingleUsePaymentKind = Extract<
  ConsentKind,
  'domestic-payment' | 'domestic-scheduled-payment' | 'domestic-standing-order'
>;

/**
 * Marks the consent Consumed if it is this client's Authorised, unexpired payment consent of this
 * kind, in the submission's transaction; the row lock this takes serialises submissions on one
 * consent. Otherwise says why it cannot pay: not this client's (or no such consent), or its status.
 */
export async function consumePaymentConsent<Initiation>(
  trx: Knex.Transaction,
  consentId: string,
  clientId: string,
  kind: SingleUsePaymentKind = 'domestic-payment',
): Promise<ConsumeOutcome<Initiation>> {
  const [consumed] = await trx('openbanking.consents')
    .update({ status: 'Consumed', status_updated_at: trx.fn.now() })
    .where({ id: consentId, client_id: clientId, kind, status: 'Authorised' })
    .andWhere((q) => q.whereNull('expires_at').orWhere('expires_at', '>', trx.fn.now()))
    .returning<ConsumedPaymentConsent<Initiation>[]>([
      'initiation',
      'risk',
      'debtor_account_id',
      'read_refund_account',
    ])
    .options({ name: 'payments.consume-consent' });
  if (consumed) return { consumed };
  const consent = await trx('openbanking.consents')
    .select<{ status: ConsentStatus; expired: boolean }[]>(
      'status',
      trx.raw('coalesce(expires_at <= now(), false) AS expired'),
    )
    .where({ id: consentId, client_id: clientId, kind })
    .first();
  return consent
    ? { found: true, status: consent.status, expired: consent.expired }
    : { found: false };
}

/** The Initiation of a payment consent, as the TPP sent it. */
export async function findConsentInitiation<Initiation>(
  db: Knex,
  consentId: string,
): Promise<Initiation | undefined> {
  const row = await db('openbanking.consents')
    .select<{ initiation: Initiation | null }[]>('initiation')
    .where({ id: consentId })
    .first();
  return row?.initiation ?? undefined;
}
