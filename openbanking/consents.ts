import type { Knex } from 'knex';
import { listCustomerAccounts } from '../ledger/index.ts';
import type { ControlParameters } from './control-parameters.ts';
import { raiseEvents } from './outbox.ts';

/**
 * The Open Banking consents (openbanking.consents), as the customer sees and decides them; the
 * TPP's side (intents) is intents.ts, the expiry job's expiry.ts. This part is the only code that
 * reads or writes the table. Every status change names the status it comes from in its WHERE
 * clause: a decision races nothing, and a consent decided elsewhere (expired, rejected, decided in
 * another tab) is left alone.
 */

export type ConsentKind =
  | 'account-access'
  | 'domestic-payment'
  | 'domestic-scheduled-payment'
  | 'domestic-standing-order'
  | 'domestic-vrp'
  | 'funds-confirmation';
export type ConsentStatus =
  | 'AwaitingAuthorisation'
  | 'Authorised'
  | 'Consumed'
  | 'Rejected'
  | 'Revoked';
export type JsonRecord = Record<string, unknown>;

/**
 * Ends the tokens of consents' grants in the caller's transaction, so a consent's new status and
 * the end of its tokens commit together (DESIGN.md section 6). The authorization server's
 * (authz revokeGrantTokens): the grants are its rows, not this part's.
 */
export type EndGrants = (
  trx: Knex.Transaction,
  grantIds: string | readonly string[],
) => Promise<number>;

export interface ConsentRecord {
  readonly id: string;
  readonly kind: ConsentKind;
  readonly clientId: string;
  readonly status: ConsentStatus;
  readonly statusUpdatedAt: Date;
  readonly permissions: readonly string[];
  readonly expiresAt: Date | undefined;
  readonly transactionFrom: Date | undefined;
  readonly transactionTo: Date | undefined;
  /** OB Initiation (domestic payment), as the TPP sent it. */
  readonly initiation: JsonRecord | undefined;
  /** OB DebtorAccount of a funds-confirmation consent. */
  readonly debtorAccount: JsonRecord | undefined;
  /** OB ControlParameters of a domestic VRP consent (control-parameters.ts). */
  readonly controlParameters: ControlParameters | undefined;
  readonly customerId: string | undefined;
  readonly accountIds: readonly string[];
  readonly debtorAccountId: string | undefined;
  readonly grantId: string | undefined;
  readonly createdAt: Date;
  readonly authorisedAt: Date | undefined;
}

interface ConsentRow {
  id: string;
  kind: ConsentKind;
  client_id: string;
  status: ConsentStatus;
  status_updated_at: Date;
  permissions: string[] | null;
  expires_at: Date | null;
  transaction_from: Date | null;
  transaction_to: Date | null;
  initiation: JsonRecord | null;
  debtor_account: JsonRecord | null;
  control_parameters: ControlParameters | null;
  customer_id: string | null;
  account_ids: string[] | null;
  debtor_account_id: string | null;
  grant_id: string | null;
  created_at: Date;
  authorised_at: Date | null;
}

const COLUMNS = `id, kind, client_id, status, status_updated_at, permissions, expires_at, transaction_from,
  transaction_to, initiation, debtor_account, control_parameters, customer_id, account_ids, debtor_account_id, grant_id, created_at, authorised_at`;

/** A customer's dashboard shows at most this many consents, newest first. */
export const CUSTOMER_CONSENTS_MAX = 200;

export async function findConsent(
  knex: Knex,
  consentId: string,
): Promise<ConsentRecord | undefined> {
  const { rows } = await knex.raw<{ rows: ConsentRow[] }>(
    `SELECT ${COLUMNS} FROM openbanking.consents WHERE id = ?`,
    [consentId],
  );
  return rows[0] && toConsent(rows[0]);
}

/** The consent a grant was made for (the customer's approval records it). */
export async function findConsentIdOfGrant(
  knex: Knex,
  grantId: string,
): Promise<string | undefined> {
  const { rows } = await knex.raw<{ rows: { id: string }[] }>(
    'SELECT id FROM openbanking.consents WHERE grant_id = ?',
    [grantId],
  );
  return rows[0]?.id;
}

export async function listCustomerConsents(
  knex: Knex,
  customerId: string,
): Promise<ConsentRecord[]> {
  const { rows } = await knex.raw<{ rows: ConsentRow[] }>(
    `SELECT ${COLUMNS} FROM openbanking.consents WHERE customer_id = ? ORDER BY created_at DESC, id LIMIT ?`,
    [customerId, CUSTOMER_CONSENTS_MAX],
  );
  return rows.map(toConsent);
}

export interface Authorisation {
  readonly consentId: string;
  readonly clientId: string;
  readonly customerId: string;
  /** Account access: the accounts the customer chose to share. */
  readonly accountIds?: readonly string[];
  /** Payment: the account that pays; funds confirmation: the account checked. */
  readonly debtorAccountId?: string;
  readonly grantId: string;
}

/**
 * Authorised, bound to the customer, the accounts and the grant, in one transaction that first
 * re-checks that the customer holds every account named (the page's choice came from a form).
 * False when the consent is no longer awaiting authorisation for this client, or has expired.
 */
export async function authoriseConsent(knex: Knex, authorisation: Authorisation): Promise<boolean> {
  const accounts = authorisation.accountIds ?? [authorisation.debtorAccountId!];
  return knex.transaction(async (trx) => {
    const held = new Set(
      (await listCustomerAccounts(trx, authorisation.customerId))
        .filter((a) => a.status === 'Enabled')
        .map((a) => a.id),
    );
    if (accounts.length === 0 || !accounts.every((id) => held.has(id))) return false;
    const { rowCount } = await trx.raw<{ rowCount: number }>(
      `UPDATE openbanking.consents SET status = 'Authorised', status_updated_at = now(), authorised_at = now(),
         customer_id = ?, account_ids = ?::text[], debtor_account_id = ?, grant_id = ?
       WHERE id = ? AND client_id = ? AND status = 'AwaitingAuthorisation' AND (expires_at IS NULL OR expires_at > now())`,
      [
        authorisation.customerId,
        authorisation.accountIds ? [...new Set(authorisation.accountIds)] : null,
        authorisation.debtorAccountId ?? null,
        authorisation.grantId,
        authorisation.consentId,
        authorisation.clientId,
      ],
    );
    return rowCount === 1;
  });
}

/**
 * Rejected by the customer, with the TPP's event; customerId is known when they refused after
 * signing in.
 */
export async function rejectConsent(
  knex: Knex,
  consentId: string,
  clientId: string,
  customerId: string | undefined,
): Promise<boolean> {
  return knex.transaction(async (trx) => {
    const { rowCount } = await trx.raw<{ rowCount: number }>(
      `UPDATE openbanking.consents SET status = 'Rejected', status_updated_at = now(), customer_id = coalesce(?, customer_id)
       WHERE id = ? AND client_id = ? AND status = 'AwaitingAuthorisation'`,
      [customerId ?? null, consentId, clientId],
    );
    if (rowCount === 1) await raiseEvents(trx, { consents: [consentId] });
    return rowCount === 1;
  });
}

/**
 * Revoked by its customer, with the tokens of its grant and the TPP's event, in one transaction.
 * Single payment consents cannot be (OB v3.1 gives them no such status; an authorised payment
 * consent is spent by its one payment); a VRP consent can, as the TPP's DELETE does. False when
 * there was nothing to revoke.
 */
export async function revokeConsent(
  knex: Knex,
  consentId: string,
  customerId: string,
  endGrants: EndGrants,
): Promise<boolean> {
  return knex.transaction(async (trx) => {
    const { rows } = await trx.raw<{ rows: { grant_id: string | null }[] }>(
      `UPDATE openbanking.consents SET status = 'Revoked', status_updated_at = now()
       WHERE id = ? AND customer_id = ? AND status = 'Authorised' AND kind IN ('account-access', 'domestic-vrp', 'funds-confirmation')
       RETURNING grant_id`,
      [consentId, customerId],
    );
    if (!rows[0]) return false;
    if (rows[0].grant_id) await endGrants(trx, rows[0].grant_id);
    await raiseEvents(trx, { consents: [consentId], authorizationRevoked: true });
    return true;
  });
}

/**
 * Every consent of the customer that can be revoked, revoked one by one as from the dashboard
 * (the grant's tokens and the TPP's event with each). Returns how many were.
 */
export async function revokeCustomerConsents(
  knex: Knex,
  customerId: string,
  endGrants: EndGrants,
): Promise<number> {
  const { rows } = await knex.raw<{ rows: { id: string }[] }>(
    `SELECT id FROM openbanking.consents WHERE customer_id = ? AND status = 'Authorised' AND kind IN ('account-access', 'domestic-vrp', 'funds-confirmation') ORDER BY id`,
    [customerId],
  );
  let revoked = 0;
  for (const { id } of rows) if (await revokeConsent(knex, id, customerId, endGrants)) revoked += 1;
  return revoked;
}

function toConsent(row: ConsentRow): ConsentRecord {
  return {
    id: row.id,
    kind: row.kind,
    clientId: row.client_id,
    status: row.status,
    statusUpdatedAt: row.status_updated_at,
    permissions: row.permissions ?? [],
    expiresAt: row.expires_at ?? undefined,
    transactionFrom: row.transaction_from ?? undefined,
    transactionTo: row.transaction_to ?? undefined,
    initiation: row.initiation ?? undefined,
    debtorAccount: row.debtor_account ?? undefined,
    controlParameters: row.control_parameters ?? undefined,
    customerId: row.customer_id ?? undefined,
    accountIds: row.account_ids ?? [],
    debtorAccountId: row.debtor_account_id ?? undefined,
    grantId: row.grant_id ?? undefined,
    createdAt: row.created_at,
    authorisedAt: row.authorised_at ?? undefined,
  };
}

export interface ExpiryResult {
  /** Expired consents whose grant this run revoked. */
  readonly consents: number;
  /** Token, code and grant rows deleted. */
  readonly payloads: number;
}

/**
 * In one transaction: mark a bounded batch of expired consents whose grant is not yet revoked
 * (oldest expiry first; rows another run holds are skipped), then end their grants (`endGrants`).
 * Counts both.
 */
export async function expireConsentGrants(
  knex: Knex,
  consentsMax: number,
  endGrants: EndGrants,
): Promise<ExpiryResult> {
  if (!Number.isInteger(consentsMax) || consentsMax < 1)
    throw new RangeError('consentsMax must be a positive integer');
  return knex.transaction(async (trx) => {
    const { rows } = await trx.raw<{ rows: { id: string; grant_id: string; status: string }[] }>(
      `UPDATE openbanking.consents SET grant_revoked_at = now()
       WHERE id IN (
         SELECT id FROM openbanking.consents
         WHERE grant_id IS NOT NULL AND grant_revoked_at IS NULL AND expires_at IS NOT NULL AND expires_at <= now()
         ORDER BY expires_at
         LIMIT ?
         FOR UPDATE SKIP LOCKED)
       RETURNING id, grant_id, status`,
      [consentsMax],
    );
    // Only a consent still in use loses its authorisation by expiring (a revoked or consumed one
    // has none left).
    await raiseEvents(trx, {
      consents: rows.filter((row) => row.status === 'Authorised').map((row) => row.id),
      authorizationRevoked: true,
    });
    return {
      consents: rows.length,
      payloads: await endGrants(
        trx,
        rows.map((row) => row.grant_id),
      ),
    };
  });
}
