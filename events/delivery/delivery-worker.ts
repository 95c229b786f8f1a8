import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';
import { run } from 'graphile-worker';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { KeyProvider } from '../../certs/index.ts';
import deliverEvents, { type DeliverEventsPayload } from '../tasks/deliver-events.ts';
import type { CronPayload } from '../tasks/payload.ts';
import sweepEventDeliveries from '../tasks/sweep-event-deliveries.ts';
import {
  countFailures,
  openWorkerPool,
  runnerState,
  workerLogger,
  type Worker,
} from '../worker.ts';
import type { SetIssuer } from './security-event-token.ts';
import type { EventDeliverySettings } from './settings.ts';

declare global {
  namespace GraphileWorker {
    interface Tasks {
      'deliver-events': DeliverEventsPayload;
      'sweep-event-deliveries': CronPayload;
    }
  }
}

export interface EventDeliveryOptions {
  readonly knex: Knex;
  readonly connectionString: string;
  readonly logger: Logger;
  readonly keys: KeyProvider;
  /** The OAuth issuer: the SETs' `iss`, whose JWKS verifies them. */
  readonly issuer: string;
  /** The TPP host's public URL, where the resources the events are about live. */
  readonly resourceBaseUrl: string;
  /** The resource types served on OB v4.0 too (SetIssuer.v4ResourceTypes). */
  readonly v4ResourceTypes: SetIssuer['v4ResourceTypes'];
  readonly settings: EventDeliverySettings;
  /**
   * The bank's client certificate for mutual TLS to TPP endpoints, and what TPP servers may chain
   * to.
   */
  readonly tls: {
    readonly certPem: string;
    readonly keyPem: string;
    readonly extraCaPems: readonly string[];
  };
  /** OB `x-fapi-financial-id` of the bank. */
  readonly financialId: string;
}

/** graphile-worker's own connections: LISTEN, fetching and completing jobs; a push holds none. */
const POOL_CONNECTIONS_MAX = 4;
/** Due retries are found by polling: at the backoff's base, within these bounds. */
const POLL_INTERVAL_MS_MIN = 100;
const POLL_INTERVAL_MS_MAX = 2000;

/**
 * Pushes event notifications to TPPs, in its own graphile-worker runner that runs only the push
 * tasks: pushes wait on other parties' servers, so they get their own slots (settings.concurrency)
 * and never hold up settlement or the sweeps, and each TPP takes one slot at most (its push lease).
 * The sweep runs every minute and once at start, so a restart after a crash pushes what waited.
 */
export async function startEventDelivery(options: EventDeliveryOptions): Promise<Worker> {
  const { settings } = options;
  const agent = new Agent({
    keepAlive: true,
    cert: options.tls.certPem,
    key: options.tls.keyPem,
    ca: [...rootCertificates, ...options.tls.extraCaPems],
    minVersion: 'TLSv1.2',
  });
  const pgPool = openWorkerPool(options.connectionString, POOL_CONNECTIONS_MAX, options.logger);
  const close = async () => {
    agent.destroy();
    await pgPool.end();
  };
  const pushDeps = {
    knex: options.knex,
    logger: options.logger.child({ component: 'events' }),
    issuer: {
      issuer: options.issuer,
      resourceBaseUrl: options.resourceBaseUrl,
      keys: options.keys,
      v4ResourceTypes: options.v4ResourceTypes,
    },
    settings,
    agent,
    financialId: options.financialId,
  };
  const runner = await run({
    pgPool,
    concurrency: settings.concurrency,
    pollInterval: Math.min(
      POLL_INTERVAL_MS_MAX,
      Math.max(POLL_INTERVAL_MS_MIN, settings.backoffBaseMs),
    ),
    taskList: {
      'deliver-events': deliverEvents(pushDeps),
      'sweep-event-deliveries': sweepEventDeliveries({ knex: options.knex }),
    },
    crontab: '* * * * * sweep-event-deliveries ?jobKey=sweep-event-deliveries&max=3',
    logger: workerLogger(options.logger),
    noHandleSignals: true,
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  countFailures(runner);
  const alive = runnerState(runner.promise, (error) =>
    options.logger.error({ err: error }, 'event delivery worker stopped unexpectedly'),
  );
  await runner
    .addJob('sweep-event-deliveries', {}, { jobKey: 'sweep-event-deliveries' })
    .catch(async (error: unknown) => {
      await runner.stop().finally(close);
      throw error;
    });
  let stopping: Promise<void> | undefined;
  return {
    stop: () => (stopping ??= runner.stop().finally(close)),
    running: alive,
  };
}
