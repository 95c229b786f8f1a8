import { join } from 'node:path';
import { loadConfig, type Config } from './config.ts';
import type { Platform } from './platform.ts';

export type BannerFacts = Pick<
  Platform,
  'urls' | 'serverTrustAnchorPath' | 'config' | 'keys' | 'sandbox'
>;

/**
 * Human-readable start-up summary (not a log line): where things are and how to log in. The
 * sandbox customers' passwords and TOTP secrets are shown only to a person at a terminal: when
 * stdout is a pipe or a file it is the JSON log stream, which log shippers keep and forward, so
 * there the banner points at the README's table instead.
 */
export function banner(p: BannerFacts, ms: number, interactive: boolean): string {
  const settings = commandSettings(p.config);
  const lines = [
    '',
    `Open Banking FAPI platform ready in ${(ms / 1000).toFixed(1)} s`,
    `  Browser host (issuer, consent pages):  ${p.urls.browser}`,
    `  TPP host (mTLS: PAR, token, DCR, APIs): ${p.urls.tpp}`,
    `  Discovery:                              ${p.urls.browser}/.well-known/openid-configuration`,
    `  API reference:                          ${p.urls.browser}/docs (OpenAPI 3.1: ${p.urls.browser}/openapi.json)`,
    `  Postman collection:                     ${p.urls.browser}/postman.json (README: "Postman collection")`,
    `  Trust this CA for both hosts:           ${p.serverTrustAnchorPath ?? '(operator-supplied TLS)'}`,
    `  Sandbox directory JWKS:                 ${p.urls.browser}/directory/jwks.json`,
    `  Onboard a TPP:                          ${settings}npm run directory -- onboard --name "My App" --redirect-uri https://localhost:3000/cb`,
    `  Then its first intent:                  ${settings}node --import tsx examples/quickstart.ts ${shellWord(join(p.config.dataDir, 'tpp-kits', 'my-app'))}`,
    // The directory's keys are where the platform keeps them: on its token, behind its PIN.
    ...(p.config.pkcs11
      ? [
          '                                          (with the PKCS11_* settings of npm start: the directory keys are on the token)',
        ]
      : []),
    `  Database:                               ${p.config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL (${p.config.dataDir}/pg)`}`,
    `  Signing keys:                           ${p.keys.location}`,
  ];
  if (p.sandbox && interactive) {
    lines.push('', '  Sandbox customers (password, then the TOTP code from the secret):');
    for (const c of p.sandbox.customers) {
      lines.push(
        `    ${c.username.padEnd(8)} ${c.password.padEnd(24)} TOTP secret ${c.totpSecret}   accounts ${c.accounts.join(', ')}`,
      );
    }
  } else if (p.sandbox) {
    lines.push(
      `  Sandbox customers:                      ${p.sandbox.customers.map((c) => c.username).join(', ')}; passwords and TOTP secrets in README.md, "Sandbox customers"`,
    );
  }
  return `${lines.join('\n')}\n\n`;
}

/**
 * The settings a command run beside this platform (the directory CLI, the examples) must share
 * with it, as a prefix for the printed command line: only those that differ from the defaults, so
 * the commands printed work as they stand with other ports, issuer or DATA_DIR.
 */
function commandSettings(config: Config): string {
  const defaults = loadConfig({});
  const settings: string[] = [];
  if (config.dataDir !== defaults.dataDir) settings.push(`DATA_DIR=${shellWord(config.dataDir)}`);
  if (config.issuer !== defaults.issuer) settings.push(`ISSUER=${shellWord(config.issuer)}`);
  if (config.tppBaseUrl !== defaults.tppBaseUrl)
    settings.push(`TPP_BASE_URL=${shellWord(config.tppBaseUrl)}`);
  return settings.length > 0 ? `${settings.join(' ')} ` : '';
}

/** A value as one POSIX shell word. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}
