import { type EventVersion, RESOURCE_PATHS, type ResourceType } from '../../openbanking/index.ts';
import type { ResourceContext } from '../state.ts';
import { isV4Request, type OperationMapping } from './mapping.ts';

/**
 * The OB v4.0 Events API (event subscriptions and aggregated polling): its bodies are v3.1.11's
 * (the two documents differ only in the error model, which the error handler writes for every
 * v4.0 path, and the server URL, which the mapping puts in the Links); no body is mapped. What
 * v4.0 changes is what a subscription's SETs link, and that follows its Version
 * (subscriptionVersion, security-event-token.ts).
 */
export const eventOperations: readonly OperationMapping[] = [
  { route: 'POST /event-subscriptions' },
  { route: 'GET /event-subscriptions' },
  { route: 'PUT /event-subscriptions/:EventSubscriptionId' },
  { route: 'DELETE /event-subscriptions/:EventSubscriptionId' },
  { route: 'POST /events' },
];

/**
 * The Version a subscription written through this request's API must name: the version of the
 * resources its SETs link (OBEventSubscription1 "Version for the event notification"), so a TPP
 * subscribes to v4.0 notifications on the v4.0 API and its v3.1 subscription stays as it was.
 */
export function subscriptionVersion(ctx: Pick<ResourceContext, 'path'>): EventVersion {
  return isV4Request(ctx) ? '4.0' : '3.1';
}

/**
 * The resource types with events whose member the v4.0 operations serve (`GET <collection>/:Id`):
 * what a v4.0 subscription's SETs can link on v4.0. Derived from the routing, so a resource added
 * to v4.0 is linked there without a second list to keep.
 */
export function servedResourceTypes(
  operations: readonly OperationMapping[],
): ReadonlySet<ResourceType> {
  const members = new Set(
    operations.flatMap(({ route }) => /^GET (\/.+)\/:[A-Za-z]+$/.exec(route)?.[1] ?? []),
  );
  return new Set(
    (Object.keys(RESOURCE_PATHS) as ResourceType[]).filter((type) =>
      members.has(RESOURCE_PATHS[type]),
    ),
  );
}
