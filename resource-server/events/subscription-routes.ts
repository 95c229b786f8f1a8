import {
  createSubscription,
  deleteSubscription,
  findSubscriptions,
  replaceSubscription,
  type EventSubscription,
} from '../../openbanking/index.ts';
import { respond, selfLink, type ApiDeps, type RouteGroup } from '../api.ts';
import { FieldInvalid, ResourceNotFound, SubscriptionExists } from '../errors.ts';
import { messageSigning } from '../signing.ts';
import { endpoint } from '../pipeline.ts';
import { guarded } from '../state.ts';
import { subscriptionVersion } from '../v4/index.ts';
import { obBody } from '../validation/request-body.ts';
import { EVENTS_SCOPES } from './scopes.ts';
import { subscriptionRequest, type SubscriptionBody } from './subscription-request.ts';

const COLLECTION = '/event-subscriptions';

/**
 * OB Event Subscription API (v3.1, and v4.0 through resource-server/v4/): a TPP registers where and which event notifications it wants
 * (at most one subscription), reads, replaces and deletes it, with a client-credentials token of
 * any OB API's scope. Requests that carry a body are signed by the TPP and every answer with a body
 * by the bank (OB message signing, as for payments).
 */
export const eventSubscriptions: RouteGroup = (router, deps) => {
  const { signed, verified } = messageSigning(deps);
  const pipeline = [
    ...signed,
    ...deps.guard({ grant: 'client_credentials', scope: EVENTS_SCOPES }),
  ];
  const member = `${COLLECTION}/:EventSubscriptionId`;

  // Requests with a body: held to their operation's OB schema, then their signature checked.
  const withBody = [...pipeline, obBody<SubscriptionBody>(), verified] as const;

  router.post(
    COLLECTION,
    ...endpoint(withBody, async (ctx) => {
      const { clientId } = guarded(ctx).token;
      const request = subscriptionRequest(
        ctx.state.body.value,
        subscriptionVersion(ctx),
        deps.privateCallbackHosts,
      );
      const created = await createSubscription(deps.knex, clientId, request);
      if (created === 'exists') throw new SubscriptionExists();
      deps.logger.info(
        {
          interactionId: ctx.state.interactionId,
          clientId,
          subscriptionId: created.id,
          push: created.callbackUrl !== undefined,
        },
        'event subscription created',
      );
      respond(ctx, 201, subscriptionResponse(deps, created));
    }),
  );

  router.get(COLLECTION, ...pipeline, async (ctx) => {
    const subscriptions = await findSubscriptions(deps.knex, guarded(ctx).token.clientId);
    respond(ctx, 200, {
      Data: { EventSubscription: subscriptions.map(subscriptionData) },
      Links: { Self: selfLink(deps, COLLECTION) },
      Meta: {},
    });
  });

  router.put(
    member,
    ...endpoint(withBody, async (ctx) => {
      const { clientId } = guarded(ctx).token;
      const id = ctx.params.EventSubscriptionId!;
      const { value } = ctx.state.body;
      // A PUT's body names the subscription of its path.
      if (value.Data.EventSubscriptionId !== id) {
        throw new FieldInvalid(
          'Data.EventSubscriptionId must be the EventSubscriptionId of the path',
          'Data.EventSubscriptionId',
        );
      }
      const replaced = await replaceSubscription(
        deps.knex,
        clientId,
        id,
        subscriptionRequest(value, subscriptionVersion(ctx), deps.privateCallbackHosts),
      );
      if (!replaced) throw subscriptionNotFound();
      respond(ctx, 200, subscriptionResponse(deps, replaced));
    }),
  );

  router.delete(member, ...pipeline, async (ctx) => {
    if (
      !(await deleteSubscription(
        deps.knex,
        guarded(ctx).token.clientId,
        ctx.params.EventSubscriptionId!,
      ))
    )
      throw subscriptionNotFound();
    respond(ctx, 204, null);
  });
};

/** Another TPP's subscription is answered like one that does not exist (OB "400 v/s 404"). */
function subscriptionNotFound(): ResourceNotFound {
  return new ResourceNotFound('event subscription', 'EventSubscriptionId');
}

function subscriptionData(subscription: EventSubscription): Record<string, unknown> {
  return {
    EventSubscriptionId: subscription.id,
    ...(subscription.callbackUrl !== undefined && { CallbackUrl: subscription.callbackUrl }),
    Version: subscription.version,
    ...(subscription.eventTypes.length > 0 && { EventTypes: subscription.eventTypes }),
  };
}

/** OBEventSubscriptionResponse1 */
function subscriptionResponse(
  deps: ApiDeps,
  subscription: EventSubscription,
): Record<string, unknown> {
  return {
    Data: subscriptionData(subscription),
    Links: { Self: selfLink(deps, `${COLLECTION}/${encodeURIComponent(subscription.id)}`) },
    Meta: {},
  };
}
