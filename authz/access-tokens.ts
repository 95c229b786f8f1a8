import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import {
  chargeBindings,
  chargedLookupSql,
  type ApiPlanName,
  type LookupCharge,
} from '../metering/index.ts';
import type { BucketState } from '../ratelimit/index.ts';
import type { ConsentRecord } from '../openbanking/index.ts';

/**
 * What the resource server needs to know about an access token, read straight from the
 * authorization server's table: both run against the same database, so a token lookup is one
 * indexed query and needs no introspection call (RFC 7662 stays available for TPPs and gateways).
 */
export interface AccessTokenInfo {
  /** Client-credentials tokens create intents; authorization-code tokens act on a consent. */
  kind: 'client_credentials' | 'authorization_code';
  clientId: string;
  /** The client's organisation (`org_id` of its software statement), for the access log. */
  orgId: string | undefined;
  scopes: string[];
  /** RFC 9449 `jkt` and/or RFC 8705 `x5t#S256`: every token this server issues has one. */
  cnf: { jkt?: string; 'x5t#S256'?: string };
  expiresAt: Date;
  /** The OB intent the customer authorised (authorization-code tokens only). */
  consentId: string | undefined;
  /** oidc-provider's grant: revoking a consent revokes every token of its grant. */
  grantId: string | undefined;
  /**
   * The consent row as it is now, read in the same query as the token (authorization-code tokens
   * only).
   */
  consent: TokenConsent | undefined;
  /** What the lookup charged the client (when asked to): its plan, its month so far, its bucket. */
  charge: ChargeOutcome | undefined;
}

/**
 * The resource API group a request is charged to, its base rate limit, and whether it is counted
 * here (metering/).
 */
export type TokenCharge = LookupCharge;

export interface ChargeOutcome {
  plan: ApiPlanName;
  /**
   * The client's resource API requests this month before this one, as written to metering.usage.
   */
  monthRequests: number;
  /** The database's UK day, `YYYY-MM-DD`: the day a count of this request belongs to. */
  today: string;
  monthlyQuota: number | undefined;
  quotaResetsInSeconds: number;
  /**
   * The group's bucket as the take left it, with the plan's policy; absent when the group has no
   * limit.
   */
  bucket: BucketState | undefined;
}

/**
 * What the resource guard and handlers need of the token's consent (openbanking.consents):
 * permissions and the transaction period (account access), the customer and the accounts they
 * shared (account access), the account that pays (payment) or is checked (funds confirmation).
 */
export type TokenConsent = Pick<
  ConsentRecord,
  | 'id'
  | 'kind'
  | 'clientId'
  | 'status'
  | 'permissions'
  | 'expiresAt'
  | 'transactionFrom'
  | 'transactionTo'
  | 'customerId'
  | 'accountIds'
  | 'debtorAccountId'
>;

export type FindAccessToken = (
  token: string,
  charge?: TokenCharge,
) => Promise<AccessTokenInfo | undefined>;

interface TokenRow {
  kind: 'AccessToken' | 'ClientCredentials';
  payload: {
    clientId: string;
    scope?: string;
    jkt?: string;
    'x5t#S256'?: string;
    grantId?: string;
    extra?: { consent_id?: string };
    exp: number;
  };
  org_id: string | null;
  consent_id: string | null;
  consent_kind: TokenConsent['kind'] | null;
  consent_client_id: string | null;
  consent_status: TokenConsent['status'] | null;
  permissions: string[] | null;
  expires_at: Date | null;
  transaction_from: Date | null;
  transaction_to: Date | null;
  customer_id: string | null;
  account_ids: string[] | null;
  debtor_account_id: string | null;
  plan_name?: ApiPlanName | null;
  month_requests?: string | null;
  today?: string | null;
  resets_in_seconds?: number | null;
  bucket_tokens?: number | null;
  bucket_allowed?: boolean | null;
}

/** Token values are opaque, at most this long; anything longer is not one of ours. */
const TOKEN_CHARS_MAX = 512;

/**
 * A named prepared statement: planning this join took three times as long as running it, on
 * every resource request (bench/PROFILE.md); prepared, each connection plans it once.
 */
const TOKEN_LOOKUP_STATEMENT = 'authz.find-access-token';
const CHARGED_LOOKUP_STATEMENT = 'authz.find-access-token-charged';

const LOOKUP_SQL = `SELECT t.kind, t.payload, cl.payload ->> 'org_id' AS org_id, c.id AS consent_id, c.kind AS consent_kind, c.client_id AS consent_client_id,
              c.status AS consent_status, c.permissions, c.expires_at, c.transaction_from, c.transaction_to,
              c.customer_id, c.account_ids, c.debtor_account_id
       FROM authz.oidc_payloads t
       LEFT JOIN authz.oidc_payloads cl ON cl.kind = 'Client' AND cl.id = t.payload ->> 'clientId'
       LEFT JOIN openbanking.consents c ON c.id = (t.payload -> 'extra' ->> 'consent_id') COLLATE "C"
       WHERE t.kind IN ('AccessToken', 'ClientCredentials') AND t.id = ? AND t.expires_at > now() AND t.consumed_at IS NULL
         AND (t.grant_id IS NULL OR EXISTS (
           SELECT 1 FROM authz.oidc_payloads g
           WHERE g.kind = 'Grant' AND g.id = t.grant_id AND (g.expires_at IS NULL OR g.expires_at > now())))`;

/**
 * The lookup that also charges the client (metering/lookup-sql.ts): its plan, its month's count
 * and its rate-limit bucket, as CTEs fed by the token's row, so a resource request's limits and
 * metering cost no round trip of their own, and a token
 * that is not active charges nobody. It runs before the sender binding is proven (check-binding),
 * so a leaked token without its key can spend its client's bucket; such a request is refused
 * anyway and the bucket refills.
 */
const CHARGED_LOOKUP_SQL = chargedLookupSql(LOOKUP_SQL);

/**
 * Looks an access token up by the SHA-256 key the adapter stores it under (authz/adapter.ts),
 * together with the consent it was issued for (`extra.consent_id`, see provider.ts
 * extraTokenClaims) and the client's organisation (by primary key, for the access log): one round
 * trip per resource request for all three. Expired and consumed rows are
 * not active, and neither is a token whose grant is gone, as introspection also says: revoking a
 * grant deletes its tokens, but a token saved by a request that was already under way (the winner
 * of a race with a reused authorization code) outlives that delete and must die with its grant.
 * Whether the consent still allows the request is the resource guard's decision.
 */
export function accessTokenFinder(knex: Knex): FindAccessToken {
  return async (token, charge) => {
    if (token.length === 0 || token.length > TOKEN_CHARS_MAX) return undefined;
    const key = createHash('sha256').update(token).digest('base64url');
    const { rows } = await (charge
      ? knex
          .raw<{ rows: TokenRow[] }>(CHARGED_LOOKUP_SQL, [
            key,
            ...chargeBindings(charge),
          ] as Knex.RawBinding[])
          .options({ name: CHARGED_LOOKUP_STATEMENT })
      : knex
          .raw<{ rows: TokenRow[] }>(LOOKUP_SQL, [key])
          .options({ name: TOKEN_LOOKUP_STATEMENT }));
    const row = rows[0];
    if (!row) return undefined;
    const { payload } = row;
    return {
      kind: row.kind === 'ClientCredentials' ? 'client_credentials' : 'authorization_code',
      clientId: payload.clientId,
      orgId: row.org_id ?? undefined,
      scopes: (payload.scope ?? '').split(' ').filter(Boolean),
      cnf: {
        ...(payload.jkt && { jkt: payload.jkt }),
        ...(payload['x5t#S256'] && { 'x5t#S256': payload['x5t#S256'] }),
      },
      expiresAt: new Date(payload.exp * 1000),
      consentId: payload.extra?.consent_id,
      grantId: payload.grantId,
      consent: tokenConsent(row),
      charge: charge && chargeOutcome(charge, row),
    };
  };
}

function tokenConsent(row: TokenRow): TokenConsent | undefined {
  if (
    row.consent_id === null ||
    row.consent_kind === null ||
    row.consent_client_id === null ||
    row.consent_status === null
  )
    return undefined;
  return {
    id: row.consent_id,
    kind: row.consent_kind,
    clientId: row.consent_client_id,
    status: row.consent_status,
    permissions: row.permissions ?? [],
    expiresAt: row.expires_at ?? undefined,
    transactionFrom: row.transaction_from ?? undefined,
    transactionTo: row.transaction_to ?? undefined,
    customerId: row.customer_id ?? undefined,
    accountIds: row.account_ids ?? [],
    debtorAccountId: row.debtor_account_id ?? undefined,
  };
}

function chargeOutcome(charge: TokenCharge, row: TokenRow): ChargeOutcome | undefined {
  if (!row.plan_name || row.month_requests == null || !row.today || row.resets_in_seconds == null)
    return undefined;
  const plan = charge.plans.plans[row.plan_name];
  const bucket =
    charge.base && row.bucket_tokens != null && row.bucket_allowed != null
      ? {
          policy: {
            name: charge.api,
            requests: charge.base.requests * plan.rateFactor,
            windowSeconds: charge.base.windowSeconds,
          },
          tokens: row.bucket_tokens,
          allowed: row.bucket_allowed,
        }
      : undefined;
  return {
    plan: plan.name,
    monthRequests: Number(row.month_requests),
    today: row.today,
    monthlyQuota: plan.monthlyQuota,
    quotaResetsInSeconds: row.resets_in_seconds,
    bucket,
  };
}
