/**
 * OB Read/Write API v4.0 beside v3.1, as a mapping at the edge: the v3.1 route groups mount the
 * same handlers, pipelines and consent, payment and ledger operations under V4_PREFIX
 * (mapping.ts mountMapped), and V4_OPERATIONS says, per operation, how its v4.0 request body
 * becomes the model's and the model's response becomes v4.0's. Statuses and codes are tables
 * over the model's values (codes.ts), errors take their v4.0 codes in the error handler
 * (error-codes.ts), request bodies are held to the v4.0 documents (resource-server/openapi/v4.0-*)
 * by the routes' own body step, which finds the document by the route's path.
 *
 * To add a resource to v4.0 (e.g. a new consent kind or payment order):
 * 1. mount it for v3.1 as usual, a route group in app.ts's ROUTE_GROUPS, and add the group to
 *    V4_ROUTE_GROUPS in app.ts;
 * 2. add its operations to V4_OPERATIONS here: `consentOperations(path, { request, response })`
 *    (consents.ts) for a consent kind, whose status is mapped for you, or an OperationMapping per
 *    route (`route: 'POST /pisp/domestic-vrps'`, `request`: v4.0 body -> model, `response`: model
 *    -> v4.0) for anything else; reuse payment-parties.ts for an Initiation and Risk, PAYMENT_STATUS
 *    for a payment's status. A route the group mounts that has no entry here is not served on v4.0;
 * 3. a model status or error code added to its union does not compile until codes.ts /
 *    error-codes.ts give its v4.0 code.
 */
import { accountOperations } from './accounts.ts';
import {
  accountAccessConsentOperations,
  domesticPaymentConsentOperations,
  fundsConfirmationConsentOperations,
} from './consents.ts';
import { eventOperations, servedResourceTypes } from './events.ts';
import type { OperationMapping } from './mapping.ts';
import { scheduledPaymentOperations, standingOrderOperations } from './payment-orders.ts';
import { domesticPaymentOperations, fundsConfirmationOperations } from './payments.ts';
import { vrpOperations } from './vrp.ts';

export const V4_OPERATIONS: readonly OperationMapping[] = [
  ...accountAccessConsentOperations,
  ...accountOperations,
  ...domesticPaymentConsentOperations,
  ...domesticPaymentOperations,
  ...fundsConfirmationConsentOperations,
  ...fundsConfirmationOperations,
  ...scheduledPaymentOperations,
  ...standingOrderOperations,
  ...vrpOperations,
  ...eventOperations,
];

/** The resource types a v4.0 event subscription's SETs link on v4.0 (events.ts). */
export const V4_RESOURCE_TYPES = servedResourceTypes(V4_OPERATIONS);
export { subscriptionVersion } from './events.ts';

export { consentOperations } from './consents.ts';
export { isV4Request, mountMapped, V4_PREFIX, type OperationMapping } from './mapping.ts';
export { type V4ErrorResponse, v4ErrorResponse } from './error-codes.ts';
export { CONSENT_STATUS, PAYMENT_STATUS } from './codes.ts';
export { paymentToModel, paymentToV4 } from './payment-parties.ts';
