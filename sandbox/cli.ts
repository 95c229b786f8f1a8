import { parseArgs } from 'node:util';
import { formatAmount } from '../ledger/index.ts';
import { ConfigError, loadConfig } from '../platform/config.ts';
import { createKnex } from '../platform/database.ts';
import { operatorDatabaseUrl } from '../platform/operator-database.ts';
import { resetSandbox } from './reset.ts';

const USAGE = `The sandbox bank, for developers.

Usage: npm run sandbox -- <command>

Commands
  reset        The sandbox customers as the seed made them: balances back to the seed's (balanced
               transfers against the bank's funding account), every consent they gave revoked with
               its tokens (the TPPs get the event), every scheduled payment and standing order
               that would still pay cancelled, sign-in unlocked. Payments already made stay.

Environment: as for the platform. With DATABASE_URL that database; otherwise the embedded one of
the platform running on DATA_DIR and EMBEDDED_PG_PORT. Refused unless SEED_SANDBOX is true.
`;

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { help: { type: 'boolean' } },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (command !== 'reset')
    throw new UsageError(
      command === undefined
        ? 'no command given (reset); see --help'
        : `unknown command "${command}"; see --help`,
    );
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const config = loadConfig();
  // A bank's database has no sandbox: never touch one configured as a bank.
  if (!config.seedSandbox)
    throw new ConfigError('SEED_SANDBOX', 'is false: this platform has no sandbox to reset');
  const knex = createKnex(await operatorDatabaseUrl(config), { min: 0, max: 1 });
  try {
    const reset = await resetSandbox(knex, { conformanceCustomer: config.conformanceCustomer });
    const lines = reset.balances.map(
      (restored) =>
        `  account ${restored.accountId}: ${restored.adjustmentMinor > 0n ? 'credited' : 'debited'} ${formatAmount(restored.adjustmentMinor < 0n ? -restored.adjustmentMinor : restored.adjustmentMinor, 'GBP')} GBP (transfer ${restored.transferId})`,
    );
    process.stdout.write(
      [
        `Sandbox reset: ${reset.balances.length} account(s) back to their seeded balance, ${reset.consentsRevoked} consent(s) revoked, ${reset.ordersCancelled} payment order(s) cancelled, sign-in unlocked.`,
        ...lines,
        '',
      ].join('\n'),
    );
  } finally {
    await knex.destroy();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`sandbox: ${message.split('\n')[0]}\n`);
  process.exitCode =
    error instanceof UsageError || error instanceof ConfigError ? EXIT_USAGE : EXIT_FAILURE;
});
