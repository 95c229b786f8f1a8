import type { JobHelpers, Task } from 'graphile-worker';
import { deliverEventsJobKey } from '../../openbanking/index.ts';
import { pushDueEvents, type PushDeps } from '../delivery/push-events.ts';
import { InvalidJobPayloadError } from '../errors.ts';
import { payloadObject } from './payload.ts';

export interface DeliverEventsPayload {
  readonly clientId: string;
}

/**
 * Pushes a TPP's due event notifications (events/delivery/push-events.ts), then asks for its next
 * run when more wait: a retry's time or the end of another worker's lease. One job per TPP (job
 * key), raised with the events in the transaction that caused them (openbanking/outbox.ts). Any
 * number of runs may overlap or repeat: the TPP's push lease and each event's claim make an event
 * go out once per attempt, and a run with nothing due does nothing.
 */
export default function deliverEvents(deps: PushDeps): Task<'deliver-events'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    const { clientId } = assertDeliverEventsPayload(payload);
    const next = await pushDueEvents(deps, clientId);
    if (next !== undefined)
      await helpers.addJob(
        'deliver-events',
        { clientId },
        { jobKey: deliverEventsJobKey(clientId), runAt: next },
      );
  };
}

function assertDeliverEventsPayload(payload: unknown): DeliverEventsPayload {
  const { clientId } = payloadObject('deliver-events', payload);
  if (typeof clientId !== 'string' || clientId.length < 1 || clientId.length > 512) {
    throw new InvalidJobPayloadError(
      'deliver-events',
      'clientId must be a client id (1-512 characters)',
    );
  }
  return { clientId };
}
