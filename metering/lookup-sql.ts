import { takeTokensSql } from '../ratelimit/index.ts';
import { API_PLAN_NAMES, METERING_TIME_ZONE, type ApiPlans } from './plans.ts';

const TODAY = `(now() AT TIME ZONE '${METERING_TIME_ZONE}')::date`;
const MONTH_START = `date_trunc('month', now() AT TIME ZONE '${METERING_TIME_ZONE}')`;

/**
 * The resource guard's token lookup (`lookup`, a query with one `?`, the token key) extended into
 * one statement that also, for the token's client: finds its plan (metering.plans, else the
 * default), reads its month's requests so far and today's UK date, and takes a token from its
 * bucket for the API group (capacity and refill scaled by the plan's factor; no bucket when the
 * group has no limit). The guard counts a request that passes both in the instance's usage counter
 * (usage-counter.ts), unless the handler counts it in its own transaction. A token that is not
 * active touches nothing.
 *
 * Bindings after the lookup's: `chargeBindings`.
 */
export function chargedLookupSql(lookup: string): string {
  const charges = `SELECT ? || who.client_id, ?::float8 * plan.factor, ?::float8 * plan.factor FROM who, plan WHERE ?::float8 IS NOT NULL`;
  return `WITH t AS (${lookup}),
  who AS (SELECT t.payload ->> 'clientId' AS client_id FROM t),
  plan AS (
    SELECT p.name, p.factor, p.quota
    FROM who, unnest(?::text[], ?::float8[], ?::bigint[]) AS p(name, factor, quota)
    WHERE p.name = coalesce((SELECT mp.plan FROM metering.plans mp WHERE mp.client_id = who.client_id), ?)),
  month AS (
    SELECT coalesce(sum(u.requests), 0)::bigint AS requests, to_char(${TODAY}, 'YYYY-MM-DD') AS today,
           ceil(extract(epoch FROM ((${MONTH_START} + interval '1 month') AT TIME ZONE '${METERING_TIME_ZONE}') - now()))::int AS resets_in_seconds
    FROM who LEFT JOIN metering.usage u ON u.client_id = who.client_id AND u.day >= ${MONTH_START}::date),
  charged AS (${takeTokensSql(charges)})
  SELECT t.*, plan.name AS plan_name, month.requests AS month_requests, month.today, month.resets_in_seconds,
         charged.tokens AS bucket_tokens, charged.allowed AS bucket_allowed
  FROM t LEFT JOIN plan ON true LEFT JOIN month ON true LEFT JOIN charged ON true`;
}

/**
 * What `chargedLookupSql` is charged for: the API group, its base rate limit (or none), and the
 * plans.
 */
export interface LookupCharge {
  api: 'aisp' | 'pisp' | 'cbpii' | 'events';
  base: { requests: number; windowSeconds: number } | undefined;
  plans: ApiPlans;
}

export function chargeBindings(charge: LookupCharge): unknown[] {
  const plans = API_PLAN_NAMES.map((name) => charge.plans.plans[name]);
  const capacity = charge.base ? charge.base.requests : null;
  const rate = charge.base ? charge.base.requests / charge.base.windowSeconds : null;
  return [
    plans.map((plan) => plan.name),
    plans.map((plan) => plan.rateFactor),
    plans.map((plan) => plan.monthlyQuota ?? null),
    charge.plans.defaultPlan,
    `rs:${charge.api}:`,
    capacity,
    rate,
    capacity,
  ];
}
