import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { formatAmount } from '../ledger/index.ts';
import { ConfigError, loadConfig } from '../platform/config.ts';
import { createKnex } from '../platform/database.ts';
import { operatorDatabaseUrl } from '../platform/operator-database.ts';
import { applyStatusReport } from './apply-status-report.ts';
import { InvalidIsoMessageError, StatusReportRefusedError } from './errors.ts';
import { exportMessages, getMessage, listMessages } from './outbox.ts';

const USAGE = `ISO 20022 messages out of the ledger, for the bank's operators.

Usage: npm run iso20022 -- <command>

Commands
  list [--status ready|collected]   The settlement batches' pacs.008.001.09 messages, newest first:
                                    MsgId, created, transactions, control sum, status.
  show <MsgId>                      One message's XML, on standard output.
  export <dir> [--all]              Writes each message not yet collected (every one with --all) to
                                    <dir>/<MsgId>.xml and marks it collected.
  status-report <file>              Applies the scheme's pacs.002.001.11 answer: RJCT returns the
                                    payment's money and makes it Rejected, ACCC makes it
                                    AcceptedCreditSettlementCompleted. A report naming an unknown
                                    message or payment is refused whole; applying it twice is a no-op.

Environment: as for the platform. With DATABASE_URL that database; otherwise the embedded one of
the platform running on DATA_DIR and EMBEDDED_PG_PORT.
`;

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;
/** A status report refused: told apart from a failure so a collector's script can set it aside. */
const EXIT_REFUSED = 3;

class UsageError extends Error {}

type Command = (
  knex: Knex,
  args: readonly string[],
  options: { all: boolean; status: string | undefined },
) => Promise<string>;

const COMMANDS: Record<string, { readonly arity: number; readonly run: Command }> = {
  list: {
    arity: 0,
    async run(knex, _args, options) {
      if (
        options.status !== undefined &&
        options.status !== 'ready' &&
        options.status !== 'collected'
      )
        throw new UsageError('--status is ready or collected');
      const messages = await listMessages(knex, {
        status: options.status as 'ready' | 'collected' | undefined,
      });
      if (messages.length === 0) return 'No messages.\n';
      return messages
        .map((message) =>
          [
            message.id,
            message.messageName,
            message.createdAt.toISOString(),
            `${message.transactions} tx`,
            `${formatAmount(message.controlSumMinor, message.currency)} ${message.currency}`,
            message.status,
          ].join('  '),
        )
        .join('\n')
        .concat('\n');
    },
  },
  show: {
    arity: 1,
    async run(knex, [id]) {
      const message = await getMessage(knex, id!);
      if (!message) throw new UsageError(`no message ${id}; see list`);
      return message.xml;
    },
  },
  export: {
    arity: 1,
    async run(knex, [dir], options) {
      const files = await exportMessages(knex, dir!, { all: options.all });
      return `${files.length} message(s) written${files.length > 0 ? `:\n${files.map((file) => `  ${file}`).join('\n')}` : '.'}\n`;
    },
  },
  'status-report': {
    arity: 1,
    async run(knex, [file]) {
      const applied = await applyStatusReport(knex, await readFile(file!, 'utf8'));
      if (applied.alreadyApplied)
        return `Report ${applied.reportId} on message ${applied.messageId} was applied before; nothing changed.\n`;
      return [
        `Report ${applied.reportId} on message ${applied.messageId}: ${applied.credited.length} credited, ${applied.rejected.length} rejected, ${applied.unchanged.length} unchanged.`,
        ...applied.credited.map((paymentId) => `  ${paymentId} AcceptedCreditSettlementCompleted`),
        ...applied.rejected.map(
          (rejected) =>
            `  ${rejected.paymentId} Rejected (${rejected.reason}), money returned by transfer ${rejected.reversalTransferId}`,
        ),
        '',
      ].join('\n');
    },
  },
};

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { help: { type: 'boolean' }, all: { type: 'boolean' }, status: { type: 'string' } },
  });
  const [name, ...args] = positionals;
  if (values.help || name === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command)
    throw new UsageError(
      name === undefined
        ? `no command given (${Object.keys(COMMANDS).join(', ')}); see --help`
        : `unknown command "${name}"; see --help`,
    );
  if (args.length !== command.arity)
    throw new UsageError(`${name} takes ${command.arity} argument(s); see --help`);
  const config = loadConfig();
  const knex = createKnex(await operatorDatabaseUrl(config), { min: 0, max: 1 });
  try {
    process.stdout.write(
      await command.run(knex, args, { all: values.all === true, status: values.status }),
    );
  } finally {
    await knex.destroy();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`iso20022: ${message.split('\n')[0]}\n`);
  process.exitCode =
    error instanceof UsageError || error instanceof ConfigError
      ? EXIT_USAGE
      : error instanceof StatusReportRefusedError || error instanceof InvalidIsoMessageError
        ? EXIT_REFUSED
        : EXIT_FAILURE;
});
