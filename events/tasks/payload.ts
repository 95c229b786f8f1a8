import { InvalidJobPayloadError } from '../errors.ts';

/** What graphile-worker's crontab puts in a scheduled job: `{ _cron: { ts, backfilled? } }`. */
export interface CronPayload {
  readonly _cron?: { readonly ts: string; readonly backfilled?: boolean };
}

/** Every payload is a JSON object; its fields are each task's to check. */
export function payloadObject(task: string, payload: unknown): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new InvalidJobPayloadError(task, 'payload must be an object');
  }
  return payload as Record<string, unknown>;
}

/** Scheduled tasks take no input; the payload is checked only so a misrouted job fails loudly. */
export function assertCronPayload(task: string, payload: unknown): CronPayload {
  return payloadObject(task, payload) as CronPayload;
}
