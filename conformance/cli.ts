import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../platform/config.ts';
// Not the certs and keys indexes: they load oidc-provider, which these commands do not need (as
// certs/directory-cli.ts).
import { SandboxDirectory } from '../certs/directory.ts';
import { createKeyProvider } from '../certs/keys/create.ts';
import { runSelfCheck } from './check/self-check.ts';
import { Connections } from './connections.ts';
import type { Deployment } from './deployment.ts';
import { MANIFEST_FILE, writePlans } from './plans.ts';
import { supportedVariants, variantSlug, type Variant } from './variants.ts';

const USAGE = `OpenID conformance suite: plan configurations for this bank, and a self-check.

Usage: npm run conformance -- <command> [options]

Commands
  plans   Register two clients per variant (sandbox directory + DCR) and write the suite's plan
          configurations (FAPI 2.0 Security Profile and Message Signing, every supported variant)
          and a manifest (${MANIFEST_FILE}) naming each plan, its variant and its file.
  check   Drive the running bank as the suite's modules do (happy flow and main refusals of every
          variant) with openid-client and the plans' browser steps in chromium; one line per check.
          Exit code 1 if any check fails.

Options
  --suite-base-url <url>  the suite's external URL; its callbacks are the redirect URIs
                          (default https://localhost.emobix.co.uk:8443, the suite's local docker setup)
  --out <dir>             plans: where to write (default <DATA_DIR>/conformance)
  --alias-prefix <text>   prefix of the suite aliases (default "sandbox-bank"; "self-check" for check)
  --variant <slug>        only this variant (repeatable), e.g. sp-fapi-oidc-pkjwt-dpop
  --issuer <url>          the bank's issuer (default: ISSUER / BROWSER_PORT as for npm start)
  --tpp-base-url <url>    the bank's TPP host (default: TPP_BASE_URL / TPP_PORT as for npm start)
  --bank-ca <file>        CA certificate of the bank's TLS (default: BANK_CA_FILE, TLS_CERT_FILE,
                          or <DATA_DIR>/pki/ca.pem)

The platform must run with CONFORMANCE_CUSTOMER=true (the suite signs in as that customer).
Environment: DATA_DIR, PKCS11_* as for the platform (the sandbox directory's keys).
`;

const DEFAULT_SUITE_BASE_URL = 'https://localhost.emobix.co.uk:8443';
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

function selectedVariants(slugs: string[] | undefined): Variant[] {
  const all = supportedVariants();
  if (!slugs) return all;
  return slugs.map((slug) => {
    const variant = all.find((candidate) => variantSlug(candidate) === slug);
    if (!variant)
      throw new UsageError(
        `unknown variant "${slug}"; the variants are: ${all.map(variantSlug).join(', ')}`,
      );
    return variant;
  });
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      'suite-base-url': { type: 'string' },
      out: { type: 'string' },
      'alias-prefix': { type: 'string' },
      variant: { type: 'string', multiple: true },
      issuer: { type: 'string' },
      'tpp-base-url': { type: 'string' },
      'bank-ca': { type: 'string' },
    },
  });
  const [command, ...extra] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command !== 'plans' && command !== 'check')
    throw new UsageError(
      command === undefined
        ? 'no command given (plans or check); see --help'
        : `unknown command "${command}"; see --help`,
    );
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (command === 'check' && values.out !== undefined)
    throw new UsageError('--out applies to plans only');
  const variants = selectedVariants(values.variant);
  const suiteBaseUrl = values['suite-base-url'] ?? DEFAULT_SUITE_BASE_URL;
  if (!/^https:\/\/[^/?#]+(\/[^?#]*)?$/.test(suiteBaseUrl))
    throw new UsageError(`--suite-base-url "${suiteBaseUrl}" is not an https URL without query`);

  const config = loadConfig();
  const keys = createKeyProvider({
    pkcs11: config.pkcs11,
    keystoreDir: join(config.dataDir, 'keys'),
  });
  try {
    const issuer = values.issuer ?? config.issuer;
    const tppBaseUrl = values['tpp-base-url'] ?? config.tppBaseUrl;
    const directory = await SandboxDirectory.open({
      dir: join(config.dataDir, 'directory'),
      keys,
      bank: { issuer, tppBaseUrl },
    });
    const bankCaFile =
      values['bank-ca'] ??
      process.env.BANK_CA_FILE ??
      config.tls?.certFile ??
      join(config.dataDir, 'pki', 'ca.pem');
    const deployment: Deployment = {
      issuer,
      tppBaseUrl,
      bankCaPem: await readFile(bankCaFile, 'utf8').catch((error: Error) =>
        Promise.reject(new UsageError(`cannot read the bank's CA certificate: ${error.message}`)),
      ),
      directoryCaPem: directory.caCertPem,
      onboard: (request) => directory.onboard(request),
    };
    if (command === 'plans') {
      const outDir = values.out ?? join(config.dataDir, 'conformance');
      const connections = new Connections(deployment.bankCaPem);
      try {
        const entries = await writePlans(deployment, connections, {
          suiteBaseUrl,
          outDir,
          aliasPrefix: values['alias-prefix'] ?? 'sandbox-bank',
          variants,
        });
        // Relative when inside the working directory, so the paths printed can be pasted.
        const inside = relative(process.cwd(), outDir);
        const shown =
          inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? outDir : inside;
        process.stdout.write(
          `Wrote ${entries.length} plan configurations to ${shown} (manifest ${join(shown, MANIFEST_FILE)}; they hold private keys).\n`,
        );
        for (const entry of entries) process.stdout.write(`  ${entry.runTestPlan}\n`);
      } finally {
        await connections.close();
      }
      return 0;
    }
    const report = await runSelfCheck(deployment, {
      suiteBaseUrl,
      aliasPrefix: values['alias-prefix'] ?? 'self-check',
      variants,
      write: (line) => process.stdout.write(`${line}\n`),
    });
    process.stdout.write(`\n${report.summary()}\n`);
    return report.failed === 0 ? 0 : EXIT_FAILED;
  } finally {
    await keys.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      error instanceof ConfigError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`conformance: ${(error as Error).message}\n`);
      process.exit(EXIT_USAGE);
    }
    process.stderr.write(
      `conformance: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(EXIT_FAILED);
  },
);
