import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { ConfigError, loadConfig } from '../platform/config.ts';
import {
  DirectoryInputError,
  KIT_FILES,
  SandboxDirectory,
  SOFTWARE_ROLES,
  type BankEndpoints,
  type OnboardingRequest,
  type SoftwareRole,
} from './directory.ts';
import { registrationEndpoint } from './directory/tpp-kit.ts';
// Not the keys index: it loads oidc-provider, which would slow every command and print its
// warnings.
import { createKeyProvider } from './keys/create.ts';
import type { SigningAlg } from './keys/types.ts';

const USAGE = `Sandbox directory: onboards TPPs the way the Open Banking Directory does.

Usage: npm run directory -- <command> [options]

Commands
  onboard   Create an organisation and its software: a transport certificate from the directory CA,
            a signing key pair and a software statement assertion (SSA), written as a kit folder.
  jwks      Print the directory's public JWKS (what the bank verifies SSAs with).
  ca        Print the path of the directory CA certificate (the bank trusts it for TPP certificates).
  receiver-cert
            Issue a TLS server certificate for your event notification receiver (the bank pushes
            events to it over TLS and trusts the directory CA), written as receiver.pem and
            receiver.key into a kit folder.

onboard options
  --name <name>          TPP name: organisation and software client name (required)
  --redirect-uri <uri>   https redirect URI; repeat for several (at least one)
  --roles <roles>        comma-separated, from ${SOFTWARE_ROLES.join(',')} (default: all)
  --out <dir>            where to write the kit (default: <DATA_DIR>/tpp-kits/<name>)
  --jwks-uri <uri>       where you will publish jwks.json; the SSA then names it instead of the keys
  --logo-uri <uri>       https logo shown to customers
  --description <text>   software description shown to customers
  --alg <ES256|PS256>    algorithm of your signing key (default ES256)

receiver-cert options
  --kit <dir>            the kit folder to write the certificate and key into (required)
  --host <name>          host name or IP address the receiver is reached at; repeat for several
                         (default: localhost)

Environment: DATA_DIR (default .data; directory state in <DATA_DIR>/directory), ISSUER, TPP_BASE_URL,
and PKCS11_MODULE, PKCS11_PIN, PKCS11_SLOT, PKCS11_TOKEN_LABEL as for the platform.
`;

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;
/** The default kit folder is named after the TPP; this keeps it a readable, portable file name. */
const KIT_DIR_NAME_CHARS_MAX = 40;

/** The option that carries each request field, so a refusal names what the user typed. */
const OPTION_FOR_FIELD: Record<keyof OnboardingRequest, string> = {
  name: '--name',
  redirectUris: '--redirect-uri',
  roles: '--roles',
  outDir: '--out',
  jwksUri: '--jwks-uri',
  logoUri: '--logo-uri',
  description: '--description',
  signingAlg: '--alg',
};

/** A command line the CLI cannot act on: reported in one line with exit code 2. */
class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      name: { type: 'string' },
      'redirect-uri': { type: 'string', multiple: true },
      roles: { type: 'string' },
      out: { type: 'string' },
      'jwks-uri': { type: 'string' },
      'logo-uri': { type: 'string' },
      description: { type: 'string' },
      alg: { type: 'string' },
      kit: { type: 'string' },
      host: { type: 'string', multiple: true },
    },
  });
  const [command, ...extra] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (command === undefined)
    throw new UsageError('no command given (onboard, jwks, ca or receiver-cert); see --help');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!['onboard', 'jwks', 'ca', 'receiver-cert'].includes(command))
    throw new UsageError(`unknown command "${command}"; see --help`);
  const misplaced = Object.values(OPTION_FOR_FIELD).find(
    (flag) => values[flag.slice(2) as keyof typeof values] !== undefined,
  );
  if (command !== 'onboard' && misplaced)
    throw new UsageError(`${misplaced} applies to onboard only`);
  const receiverFlag = (['--kit', '--host'] as const).find(
    (flag) => values[flag.slice(2) as keyof typeof values] !== undefined,
  );
  if (command !== 'receiver-cert' && receiverFlag)
    throw new UsageError(`${receiverFlag} applies to receiver-cert only`);
  if (command === 'receiver-cert' && values.kit === undefined)
    throw new UsageError('--kit is required');

  const config = loadConfig();
  // The platform makes the directory (its CA, DATA_DIR/directory) at start. Making one here would
  // issue kits from a CA the running bank does not trust, so another DATA_DIR is refused.
  if (!existsSync(join(config.dataDir, 'directory'))) {
    throw new UsageError(
      `no sandbox directory in ${config.dataDir}: start the platform first (npm start) with this DATA_DIR, or set DATA_DIR to the folder the running platform uses`,
    );
  }
  const bank: BankEndpoints = { issuer: config.issuer, tppBaseUrl: config.tppBaseUrl };
  const keys = createKeyProvider({
    pkcs11: config.pkcs11,
    keystoreDir: join(config.dataDir, 'keys'),
  });
  try {
    const directory = await SandboxDirectory.open({
      dir: join(config.dataDir, 'directory'),
      keys,
      bank,
    });
    if (command === 'jwks') process.stdout.write(`${JSON.stringify(directory.jwks(), null, 2)}\n`);
    if (command === 'ca') process.stdout.write(`${directory.caCertPath}\n`);
    if (command === 'onboard') await onboard(directory, bank, config.dataDir, values);
    if (command === 'receiver-cert')
      await receiverCertificate(directory, values.kit!, values.host ?? ['localhost']);
  } finally {
    await keys.close();
  }
}

interface OnboardArgs {
  name?: string;
  'redirect-uri'?: string[];
  roles?: string;
  out?: string;
  'jwks-uri'?: string;
  'logo-uri'?: string;
  description?: string;
  alg?: string;
}

async function onboard(
  directory: SandboxDirectory,
  bank: BankEndpoints,
  dataDir: string,
  args: OnboardArgs,
): Promise<void> {
  if (args.name === undefined) throw new UsageError('--name is required');
  if (args['redirect-uri'] === undefined)
    throw new UsageError('--redirect-uri is required (repeat it for several)');
  const outDir = args.out ?? join(dataDir, 'tpp-kits', kitDirName(args.name));
  const kit = await directory.onboard({
    name: args.name,
    redirectUris: args['redirect-uri'],
    roles:
      args.roles === undefined
        ? [...SOFTWARE_ROLES]
        : (args.roles.split(',').map((role) => role.trim()) as SoftwareRole[]),
    jwksUri: args['jwks-uri'],
    logoUri: args['logo-uri'],
    description: args.description,
    signingAlg: args.alg as SigningAlg | undefined,
    outDir,
  });
  const shown = displayPath(outDir);
  process.stdout.write(`Onboarded "${kit.clientName}"
  organisation id  ${kit.orgId}
  software id      ${kit.softwareId}
  roles            ${kit.roles.join(', ')}
Kit written to ${shown} (${KIT_FILES.readme} there lists the files).

Next steps
  1. Discovery: ${bank.issuer}/.well-known/openid-configuration
  2. Register (RFC 7591) at ${registrationEndpoint(bank)} over mTLS with ${join(shown, KIT_FILES.transportCert)}
     and ${join(shown, KIT_FILES.transportKey)}, sending ${join(shown, KIT_FILES.ssa)} as "software_statement".
`);
}

/**
 * The receiver's certificate and key, next to the kit's other files; an existing pair is never
 * replaced.
 */
async function receiverCertificate(
  directory: SandboxDirectory,
  kitDir: string,
  hostnames: string[],
): Promise<void> {
  const { orgName } = JSON.parse(await readFile(join(kitDir, KIT_FILES.details), 'utf8')) as {
    orgName: string;
  };
  const { certPem, keyPem } = await directory.issueServerCertificate({
    organisation: orgName,
    hostnames,
  });
  await writeFile(join(kitDir, 'receiver.key'), keyPem, { mode: 0o600, flag: 'wx' });
  await writeFile(join(kitDir, 'receiver.pem'), certPem, { mode: 0o644, flag: 'wx' });
  process.stdout.write(
    `Receiver certificate for ${hostnames.join(', ')} written to ${displayPath(join(kitDir, 'receiver.pem'))} (key: receiver.key)\n`,
  );
}

/**
 * Relative to the working directory when inside it, so the next commands can be pasted as printed.
 */
function displayPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd === ''
    ? '.'
    : fromCwd.startsWith('..') || isAbsolute(fromCwd)
      ? resolve(path)
      : fromCwd;
}

function kitDirName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, KIT_DIR_NAME_CHARS_MAX)
    .replace(/^-+|-+$/g, '');
  return slug || 'tpp';
}

/** Node's parseArgs reports unknown or malformed options with this code. */
function isParseArgsError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message =
    error instanceof DirectoryInputError
      ? `${OPTION_FOR_FIELD[error.field]}: ${error.problem}`
      : // parseArgs appends advice about positionals that rarely applies; its first sentence names the problem.
        isParseArgsError(error)
        ? `${(error as Error).message.split('. ')[0]}; see --help`
        : error instanceof Error
          ? error.message
          : String(error);
  const usage =
    error instanceof UsageError ||
    error instanceof DirectoryInputError ||
    error instanceof ConfigError ||
    isParseArgsError(error);
  process.stderr.write(`directory: ${message.split('\n')[0]}\n`);
  process.exitCode = usage ? EXIT_USAGE : EXIT_FAILURE;
});
