import type { Knex } from 'knex';
import { revokeGrantTokens, type ConsentKind, type ConsentStatus } from '../../authz/index.ts';

/**
 * The TPP's side of openbanking.consents: creating intents, reading its own, revoking them. The
 * customer's side (authorising, rejecting, the dashboard) is authz/interactions/consents.ts; both
 * write the same columns, so a row created here is exactly what the consent pages read.
 */

export type JsonObject = Record<string, unknown>;

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
}

const COLUMNS = `id, kind, client_id AS "clientId", status, status_updated_at AS "statusUpdatedAt", created_at AS "createdAt",
  permissions, expires_at AS "expiresAt", transaction_from AS "transactionFrom", transaction_to AS "transactionTo",
  initiation, risk, authorisation, sca_support_data AS "scaSupportData", read_refund_account AS "readRefundAccount",
  debtor_account AS "debtorAccount"`;

/** The stored consent; undefined only when `authorizationRequestId` already has one. */
export async function insertConsent(db: Knex | Knex.Transaction, id: string, clientId: string, kind: ConsentKind, consent: NewConsent): Promise<StoredConsent> {
  const json = (value: JsonObject | undefined) => (value === undefined ? null : JSON.stringify(value));
  const { rows } = await db.raw<{ rows: StoredConsent[] }>(
    `INSERT INTO openbanking.consents (id, kind, client_id, status, permissions, expires_at, transaction_from, transaction_to,
       initiation, risk, authorisation, sca_support_data, read_refund_account, debtor_account, authorization_request_id)
     VALUES (?, ?, ?, 'AwaitingAuthorisation', ?::text[], ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?::jsonb, ?)
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
      consent.authorizationRequestId ?? null,
    ],
  );
  return rows[0]!;
}

/** The consent made for a pushed authorization request, if any (plain FAPI 2.0). */
export async function findAuthorizationRequestConsent(db: Knex, authorizationRequestId: string): Promise<{ id: string } | undefined> {
  const { rows } = await db.raw<{ rows: { id: string }[] }>('SELECT id FROM openbanking.consents WHERE authorization_request_id = ?', [authorizationRequestId]);
  return rows[0];
}

/** The client's consent of this kind; another client's, or another kind's, is not found. */
export async function findClientConsent(db: Knex, kind: ConsentKind, clientId: string, id: string): Promise<StoredConsent | undefined> {
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
export async function revokeClientConsent(knex: Knex, kind: ConsentKind, clientId: string, id: string): Promise<RevokeOutcome> {
  return knex.transaction(async (trx) => {
    const { rows } = await trx.raw<{ rows: { grant_id: string | null }[] }>(
      `UPDATE openbanking.consents SET status = 'Revoked', status_updated_at = now()
       WHERE id = ? AND kind = ? AND client_id = ? AND status IN ('AwaitingAuthorisation', 'Authorised')
       RETURNING grant_id`,
      [id, kind, clientId],
    );
    const revoked = rows[0];
    if (revoked) {
      if (revoked.grant_id) await revokeGrantTokens(trx, revoked.grant_id);
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
