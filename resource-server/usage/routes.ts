import Router from '@koa/router';
import { currentMonth, isMonth, monthUsage, planOf } from '../../metering/index.ts';
import { respond, type ApiDeps } from '../api.ts';
import { FieldInvalid } from '../errors.ts';
import { guarded, type ResourceState } from '../state.ts';

/** Where a TPP reads its own usage, on the TPP host beside the OB APIs (not an OB API itself). */
export const USAGE_PATH = '/usage';

/**
 * GET /usage[?month=YYYY-MM]: the calling TPP's plan and its resource API requests of a month (UK
 * time; default this one), per UK day and API, with the month's total and what is left of the
 * quota. Any of the TPP's client-credentials tokens will do; it only ever shows that client's
 * usage. Errors are the resource server's (OB error model).
 */
export function usageRoutes(deps: ApiDeps): Router<ResourceState> {
  const router = new Router<ResourceState>({ sensitive: true, strict: true });
  const guard = deps.guard({
    grant: 'client_credentials',
    scope: ['accounts', 'payments', 'fundsconfirmations'],
  });
  router.get(USAGE_PATH, ...guard, async (ctx) => {
    const { token } = guarded(ctx);
    const asked = ctx.query.month;
    if (asked !== undefined && (typeof asked !== 'string' || !isMonth(asked)))
      throw new FieldInvalid('month must be a calendar month, YYYY-MM', 'month');
    // This instance's counts first, so a TPP reads every request it made here; other instances'
    // follow within a second.
    await deps.usage.flush();
    const month = asked ?? (await currentMonth(deps.knex));
    const [plan, rows] = await Promise.all([
      planOf(deps.knex, deps.apiPlans, token.clientId),
      monthUsage(deps.knex, month, token.clientId),
    ]);
    const requests = rows.reduce((sum, row) => sum + row.requests, 0);
    respond(ctx, 200, {
      Data: {
        ClientId: token.clientId,
        Plan: {
          Name: plan.name,
          RateLimitFactor: plan.rateFactor,
          ...(plan.monthlyQuota !== undefined && { MonthlyQuota: plan.monthlyQuota }),
        },
        Month: month,
        Requests: requests,
        ...(plan.monthlyQuota !== undefined && {
          Remaining: Math.max(0, plan.monthlyQuota - requests),
        }),
        Usage: rows.map((row) => ({ Date: row.day, Api: row.api, Requests: row.requests })),
      },
      Links: { Self: `${deps.tppBaseUrl}${USAGE_PATH}${asked ? `?month=${asked}` : ''}` },
      Meta: {},
    });
  });
  return router;
}
