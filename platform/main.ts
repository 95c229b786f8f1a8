import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger } from './logging.ts';
import { startPlatform, type Platform } from './platform.ts';
import { partToRun, startWorkerOnly, type SeparatePart } from './worker-only.ts';

const started = process.hrtime.bigint();

let config: Config;
let only: SeparatePart | undefined;
try {
  config = loadConfig();
  only = partToRun(process.argv.slice(2));
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}

const logger = createLogger({ level: config.logLevel });
let platform: Platform | undefined;
let running: { stop(): Promise<void> };
try {
  running = only === 'worker' ? await startWorkerOnly(config, logger) : (platform = await startPlatform(config, logger));
} catch (error) {
  if (error instanceof ConfigError) {
    logger.fatal({ variable: error.variable }, error.message);
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    logger.fatal({ err: error }, 'boot failed');
  }
  process.exit(1);
}

const bootMs = Number(process.hrtime.bigint() - started) / 1e6;
if (platform) {
  logger.info({ bootMs: Math.round(bootMs), browser: platform.urls.browser, tpp: platform.urls.tpp }, 'platform ready');
  process.stdout.write(banner(platform, bootMs));
} else {
  logger.info({ bootMs: Math.round(bootMs), only }, 'worker ready');
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    running.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

/** Human-readable start-up summary (not a log line): where things are and how to log in. */
function banner(p: Platform, ms: number): string {
  const lines = [
    '',
    `Open Banking FAPI platform ready in ${(ms / 1000).toFixed(1)} s`,
    `  Browser host (issuer, consent pages):  ${p.urls.browser}`,
    `  TPP host (mTLS: PAR, token, DCR, APIs): ${p.urls.tpp}`,
    `  Discovery:                              ${p.urls.browser}/.well-known/openid-configuration`,
    `  Trust this CA for both hosts:           ${p.serverTrustAnchorPath ?? '(operator-supplied TLS)'}`,
    `  Sandbox directory JWKS:                 ${p.urls.browser}/directory/jwks.json`,
    `  Onboard a TPP:                          npm run directory -- onboard --name "My App" --redirect-uri https://localhost:3000/cb`,
    `  Database:                               ${p.config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL (${p.config.dataDir}/pg)`}`,
  ];
  if (p.sandbox) {
    lines.push('', '  Sandbox customers (password, then the TOTP code from the secret):');
    for (const c of p.sandbox.customers) {
      lines.push(`    ${c.username.padEnd(8)} ${c.password.padEnd(24)} TOTP secret ${c.totpSecret}   accounts ${c.accounts.join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n\n`;
}
