import { banner } from './banner.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { stopTracing } from '../observability/index.ts';
import { createLogger } from './logging.ts';
import { partsToRun, type Part } from './parts.ts';
import { startPlatform, type PlatformPart } from './platform.ts';

const started = process.hrtime.bigint();

let config: Config;
let only: ReadonlySet<Part> | undefined;
try {
  config = loadConfig();
  only = partsToRun(process.argv.slice(2));
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}

const logger = createLogger({ level: config.logLevel, format: config.logFormat });
let running: PlatformPart;
try {
  running = await startPlatform(config, logger, only);
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
if (only) {
  logger.info({ bootMs: Math.round(bootMs), parts: [...only] }, `${[...only].join(',')} ready`);
} else {
  logger.info(
    { bootMs: Math.round(bootMs), browser: running.urls.browser, tpp: running.urls.tpp },
    'platform ready',
  );
  process.stdout.write(banner(running, bootMs, process.stdout.isTTY === true));
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
    // Tracing last: the spans of the shutdown itself are exported too.
    running
      .stop()
      .then(stopTracing)
      .then(
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
