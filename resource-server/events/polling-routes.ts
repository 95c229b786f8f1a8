import { signSecurityEvent } from '../../events/index.ts';
import { eventsToPoll, hasEventsToPoll, settlePolledEvents } from '../../openbanking/index.ts';
import { respond, type RouteGroup } from '../api.ts';
import { FieldInvalid } from '../errors.ts';
import { endpoint } from '../pipeline.ts';
import { guarded } from '../state.ts';
import { V4_RESOURCE_TYPES } from '../v4/index.ts';
import { obBody } from '../validation/request-body.ts';
import { EVENTS_SCOPES } from './scopes.ts';

/** OBEventPolling1, as its schema shaped it. */
interface PollingRequest {
  maxEvents?: number;
  returnImmediately?: boolean;
  ack?: string[];
  setErrs?: Record<string, { err: string; description: string }>;
}

/** SETs per answer: the default when the TPP names no maxEvents, and the most it gets. */
const EVENTS_PER_POLL_MAX = 100;

/**
 * OB Events API (v3.1, and v4.0 through resource-server/v4/), aggregated polling (RFC 8936 as OB
 * profiles it): the TPP acknowledges the SETs it has (`ack`) or reports why it cannot take them
 * (`setErrs`), and gets its unacknowledged events, oldest first, each a SET signed now in its
 * subscription's version, with `moreAvailable`. What is acknowledged or
 * reported is never offered or pushed again. The bank answers at once (no long polling), whatever
 * `returnImmediately` says.
 */
export const eventPolling: RouteGroup = (router, deps) => {
  const issuer = {
    issuer: deps.issuer,
    resourceBaseUrl: deps.tppBaseUrl,
    keys: deps.keys,
    v4ResourceTypes: V4_RESOURCE_TYPES,
  };
  const steps = [
    ...deps.guard({ grant: 'client_credentials', scope: EVENTS_SCOPES }),
    obBody<PollingRequest>(),
  ] as const;
  router.post(
    '/events',
    ...endpoint(steps, async (ctx) => {
      const { clientId } = guarded(ctx).token;
      const { value } = ctx.state.body;
      if (value.maxEvents !== undefined && value.maxEvents < 0)
        throw new FieldInvalid('maxEvents must be zero or more', 'maxEvents');
      const errors = new Map(
        Object.entries(value.setErrs ?? {}).map(([jti, { err, description }]) => [
          jti,
          `${err}: ${description}`,
        ]),
      );
      await settlePolledEvents(deps.knex, clientId, value.ack ?? [], errors);

      const eventsMax = Math.min(value.maxEvents ?? EVENTS_PER_POLL_MAX, EVENTS_PER_POLL_MAX);
      if (eventsMax === 0) {
        respond(ctx, 200, { moreAvailable: await hasEventsToPoll(deps.knex, clientId), sets: {} });
        return;
      }
      const { events, more } = await eventsToPoll(deps.knex, clientId, eventsMax);
      const nowSeconds = Math.floor(Date.now() / 1000);
      const sets = await Promise.all(
        events.map(
          async (event) => [event.id, await signSecurityEvent(issuer, event, nowSeconds)] as const,
        ),
      );
      respond(ctx, 200, { moreAvailable: more, sets: Object.fromEntries(sets) });
    }),
  );
};
