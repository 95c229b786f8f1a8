import type { Agent } from 'node:https';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import {
  claimNextEvent,
  nextPushAt,
  recordAttempt,
  releasePushLease,
  takePushLease,
  type AttemptResult,
} from '../../openbanking/index.ts';
import { pushSecurityEvent, type PushOutcome } from './push.ts';
import { signSecurityEvent, type SetIssuer } from './security-event-token.ts';
import { retryDelayMs, type EventDeliverySettings } from './settings.ts';

/** What pushing needs: the database, who signs, the retry policy, and the bank's TLS client. */
export interface PushDeps {
  readonly knex: Knex;
  readonly logger: Logger;
  readonly issuer: SetIssuer;
  readonly settings: EventDeliverySettings;
  /**
   * Keep-alive https agent with the bank's client certificate and the trust anchors for TPP
   * servers.
   */
  readonly agent: Agent;
  /** OB `x-fapi-financial-id` of the bank. */
  readonly financialId: string;
}

/** Events one run pushes before it hands its slot on (a TPP with a backlog comes back at once). */
const EVENTS_PER_RUN_MAX = 100;
/** Past an attempt's timeout, for the database writes around it. */
const LEASE_MARGIN_MS = 5_000;
/** A run looks again this often for events that arrived while it was giving its lease up. */
const ROUNDS_MAX = 3;

/**
 * Pushes a TPP's due events, one at a time and in order, holding the TPP's push lease so no other
 * worker pushes to it meanwhile; records how each attempt ended (delivered, rejected, retried after
 * a backoff, or dead-lettered after the last attempt). Returns when the TPP's push should next run:
 * a retry's time, the end of another worker's lease, now (after a full run), or undefined when
 * nothing waits.
 */
export async function pushDueEvents(deps: PushDeps, clientId: string): Promise<Date | undefined> {
  const leaseMs = deps.settings.timeoutMs + LEASE_MARGIN_MS;
  for (let round = 1; ; round += 1) {
    const lease = await takePushLease(deps.knex, clientId, leaseMs);
    if (lease.state === 'none') return undefined;
    if (lease.state === 'held') return lease.until;
    let until = lease.until;
    let pushed = 0;
    try {
      while (pushed < EVENTS_PER_RUN_MAX) {
        const claim = await claimNextEvent(deps.knex, clientId, until, leaseMs);
        if (claim === 'lost') return nextPushAt(deps.knex, clientId);
        until = claim.leaseUntil;
        const { claimed } = claim;
        if (!claimed) break;
        pushed += 1;
        const set = await signSecurityEvent(deps.issuer, claimed.event);
        const outcome = await pushSecurityEvent(
          {
            callbackUrl: claimed.callbackUrl,
            agent: deps.agent,
            privateHostsAllowed: deps.settings.privateHostsAllowed,
            timeoutMs: deps.settings.timeoutMs,
            financialId: deps.financialId,
          },
          set,
        );
        const result = attemptResult(deps.settings, claimed.event.attempts, outcome);
        await recordAttempt(deps.knex, claimed.event.id, result);
        logAttempt(deps.logger, clientId, claimed.event.id, claimed.event.attempts, result);
      }
    } finally {
      await releasePushLease(deps.knex, clientId, until);
    }
    const next = await nextPushAt(deps.knex, clientId);
    if (
      next === undefined ||
      pushed >= EVENTS_PER_RUN_MAX ||
      next.getTime() > Date.now() ||
      round >= ROUNDS_MAX
    )
      return next;
    // Due already: an event raised while this run held the lease, whose own job found it held.
  }
}

/** The retry policy applied to one attempt's outcome (`attempt` counts this one). */
export function attemptResult(
  settings: EventDeliverySettings,
  attempt: number,
  outcome: PushOutcome,
): AttemptResult {
  if (outcome.kind !== 'failed') return outcome;
  if (attempt >= settings.attemptsMax) return { kind: 'dead-letter', error: outcome.error };
  return { kind: 'retry', error: outcome.error, delayMs: retryDelayMs(settings, attempt) };
}

function logAttempt(
  logger: Logger,
  clientId: string,
  eventId: string,
  attempt: number,
  result: AttemptResult,
): void {
  const fields = {
    component: 'events',
    clientId,
    eventId,
    attempt,
    result: result.kind,
    ...('error' in result && { error: result.error }),
  };
  if (result.kind === 'delivered') logger.info(fields, 'event notification delivered');
  else if (result.kind === 'retry')
    logger.info(
      { ...fields, retryInMs: result.delayMs },
      'event notification push failed; will retry',
    );
  else
    logger.warn(
      fields,
      result.kind === 'rejected'
        ? 'event notification rejected by the TPP'
        : 'event notification dead-lettered after its last attempt',
    );
}
