import type { Knex } from 'knex';
import { METERING_TIME_ZONE, type ApiPlan, type ApiPlanName, type ApiPlans } from './plans.ts';

export type MeteredApi = 'aisp' | 'pisp' | 'cbpii' | 'events';

/**
 * The row of a client's day and API a count goes to, one of 16 at random (the usage_shards
 * migration): concurrent counts of one TPP, held until their transactions commit, rarely meet.
 */
export const USAGE_SHARD = 'floor(random() * 16)::smallint';

/**
 * Counts one request of this client to this API today, in the caller's transaction: a payment
 * submission and its count commit, or roll back, together.
 */
export async function meterRequest(
  trx: Knex.Transaction,
  clientId: string,
  api: MeteredApi,
): Promise<void> {
  await trx
    .raw(
      `INSERT INTO metering.usage AS u (client_id, day, api, shard, requests)
       VALUES (?, (now() AT TIME ZONE '${METERING_TIME_ZONE}')::date, ?, ${USAGE_SHARD}, 1)
       ON CONFLICT (client_id, day, api, shard) DO UPDATE SET requests = u.requests + 1`,
      [clientId, api],
    )
    .options({ name: 'metering.meter-request' });
}

export async function setPlan(knex: Knex, clientId: string, plan: ApiPlanName): Promise<void> {
  await knex.raw(
    `INSERT INTO metering.plans (client_id, plan) VALUES (?, ?)
     ON CONFLICT (client_id) DO UPDATE SET plan = excluded.plan, updated_at = now()`,
    [clientId, plan],
  );
}

export async function planOf(knex: Knex, plans: ApiPlans, clientId: string): Promise<ApiPlan> {
  const row = await knex('metering.plans')
    .where({ client_id: clientId })
    .first<{ plan: ApiPlanName } | undefined>('plan');
  return plans.plans[row?.plan ?? plans.defaultPlan];
}

/** `YYYY-MM`: a calendar month, UK time. */
export type Month = string;

export function isMonth(value: string): value is Month {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export async function currentMonth(knex: Knex): Promise<Month> {
  const { rows } = await knex.raw<{ rows: { month: string }[] }>(
    `SELECT to_char(now() AT TIME ZONE '${METERING_TIME_ZONE}', 'YYYY-MM') AS month`,
  );
  return rows[0]!.month;
}

export interface UsageRow {
  clientId: string;
  /** `YYYY-MM-DD`, UK day. */
  day: string;
  api: MeteredApi;
  requests: number;
}

/** The month's usage rows, of one client or of all, by client, day and API. */
export async function monthUsage(knex: Knex, month: Month, clientId?: string): Promise<UsageRow[]> {
  const { rows } = await knex.raw<{
    rows: { client_id: string; day: string; api: MeteredApi; requests: string }[];
  }>(
    `SELECT client_id, to_char(day, 'YYYY-MM-DD') AS day, api, sum(requests)::text AS requests FROM metering.usage
     WHERE day >= to_date(?, 'YYYY-MM') AND day < to_date(?, 'YYYY-MM') + interval '1 month'
       AND (?::text IS NULL OR client_id = ?)
     GROUP BY client_id, day, api
     ORDER BY client_id, day, api`,
    [month, month, clientId ?? null, clientId ?? null],
  );
  return rows.map((row) => ({
    clientId: row.client_id,
    day: row.day,
    api: row.api,
    requests: Number(row.requests),
  }));
}
