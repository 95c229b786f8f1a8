export { eventPolling } from './polling-routes.ts';
export { eventSubscriptions } from './subscription-routes.ts';
