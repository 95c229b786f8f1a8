import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { ConfigError, loadConfig } from '../platform/config.ts';
import { createKnex } from '../platform/database.ts';
import { operatorDatabaseUrl } from '../platform/operator-database.ts';
import { API_PLAN_NAMES, isPlanName, type ApiPlans } from './plans.ts';
import { currentMonth, isMonth, monthUsage, setPlan, type UsageRow } from './usage.ts';

const USAGE = `API plans and usage, for the bank's operators.

Usage: npm run usage -- <command> [options]

Commands
  report [--month YYYY-MM]        Each TPP's plan and resource API requests of the month (UK time;
                                  default this one): per API, the total and what is left of the quota.
  plan <client_id> <plan>         Put a TPP on a plan (${API_PLAN_NAMES.join(', ')}); its rate limits and
                                  quota change with its next request.

Environment: as for the platform. With DATABASE_URL that database; otherwise the embedded one of
the platform running on DATA_DIR and EMBEDDED_PG_PORT. API_PLANS and DEFAULT_API_PLAN as the
platform has them.
`;

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { month: { type: 'string' }, help: { type: 'boolean' } },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (command === 'report') {
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
    if (values.month !== undefined && !isMonth(values.month))
      throw new UsageError('--month is YYYY-MM');
  } else if (command === 'plan') {
    if (rest.length !== 2) throw new UsageError('plan takes <client_id> <plan>');
    if (!isPlanName(rest[1]!))
      throw new UsageError(`"${rest[1]}" is not a plan; plans: ${API_PLAN_NAMES.join(', ')}`);
    if (values.month !== undefined) throw new UsageError('--month applies to report only');
  } else
    throw new UsageError(
      command === undefined
        ? 'no command given (report or plan); see --help'
        : `unknown command "${command}"; see --help`,
    );

  const config = loadConfig();
  const knex = createKnex(await operatorDatabaseUrl(config), { min: 0, max: 1 });
  try {
    if (command === 'plan') {
      const [clientId, plan] = rest as [string, (typeof API_PLAN_NAMES)[number]];
      await setPlan(knex, clientId, plan);
      process.stdout.write(`${clientId} is on the ${plan} plan\n`);
    } else {
      process.stdout.write(
        await report(knex, config.apiPlans, values.month ?? (await currentMonth(knex))),
      );
    }
  } finally {
    await knex.destroy();
  }
}

/** One line per TPP with usage or a plan of its own: plan, requests per API, total, quota left. */
async function report(knex: Knex, plans: ApiPlans, month: string): Promise<string> {
  const rows = await monthUsage(knex, month);
  const assigned = (await knex('metering.plans').select('client_id', 'plan')) as {
    client_id: string;
    plan: keyof ApiPlans['plans'];
  }[];
  const planOfClient = new Map(assigned.map((row) => [row.client_id, row.plan]));
  const byClient = new Map<string, UsageRow[]>();
  for (const row of rows) byClient.set(row.clientId, [...(byClient.get(row.clientId) ?? []), row]);
  for (const clientId of planOfClient.keys())
    if (!byClient.has(clientId)) byClient.set(clientId, []);
  const apis = ['aisp', 'pisp', 'cbpii', 'events'] as const;
  const lines = [
    `Usage of ${month} (UK time); default plan ${plans.defaultPlan}`,
    ['client_id', 'plan', ...apis, 'total', 'quota', 'left'].join('\t'),
  ];
  for (const [clientId, usage] of [...byClient].sort(([a], [b]) => a.localeCompare(b))) {
    const plan = plans.plans[planOfClient.get(clientId) ?? plans.defaultPlan];
    const perApi = apis.map((api) =>
      usage.filter((row) => row.api === api).reduce((sum, row) => sum + row.requests, 0),
    );
    const total = perApi.reduce((sum, n) => sum + n, 0);
    const quota = plan.monthlyQuota;
    lines.push(
      [
        clientId,
        plan.name,
        ...perApi,
        total,
        quota ?? 'none',
        quota === undefined ? '-' : Math.max(0, quota - total),
      ].join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`usage: ${message.split('\n')[0]}\n`);
  process.exitCode =
    error instanceof UsageError || error instanceof ConfigError ? EXIT_USAGE : EXIT_FAILURE;
});
