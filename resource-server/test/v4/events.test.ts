import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RESOURCE_PATHS, type ResourceType } from '../../../openbanking/index.ts';
import { servedResourceTypes, subscriptionVersion } from '../../v4/events.ts';
import { V4_OPERATIONS, V4_RESOURCE_TYPES } from '../../v4/index.ts';

/**
 * What v4.0 changes for events: a subscription written through /open-banking/v4.0 names Version
 * 4.0, and its SETs link on v4.0 the resources whose member the v4.0 routes serve.
 */

describe('servedResourceTypes', () => {
  test('a resource type is served on v4.0 when a GET of its member is, not a sub-resource or the collection', () => {
    assert.deepEqual(
      [
        ...servedResourceTypes([
          { route: 'GET /pisp/domestic-payments/:DomesticPaymentId/payment-details' },
          { route: 'POST /pisp/domestic-vrps' },
          { route: 'GET /pisp/domestic-vrp-consents' },
          { route: 'GET /aisp/account-access-consents/:ConsentId' },
        ]),
      ],
      ['account-access-consent'],
    );
  });

  test("the platform's V4_RESOURCE_TYPES: consents, domestic payments, payment orders and VRP, each with its v4.0 GET route", () => {
    for (const type of [
      'account-access-consent',
      'domestic-payment-consent',
      'funds-confirmation-consent',
      'domestic-payment',
      'domestic-scheduled-payment-consent',
      'domestic-scheduled-payment',
      'domestic-standing-order-consent',
      'domestic-standing-order',
      'domestic-vrp-consent',
      'domestic-vrp',
    ] as const)
      assert.ok(V4_RESOURCE_TYPES.has(type), type);
    for (const type of V4_RESOURCE_TYPES) {
      const path = RESOURCE_PATHS[type as ResourceType];
      assert.ok(
        V4_OPERATIONS.some(({ route }) => route.startsWith(`GET ${path}/:`)),
        `${type}: no GET ${path}/:Id on v4.0`,
      );
    }
  });
});

test('subscriptionVersion: 4.0 under /open-banking/v4.0, 3.1 elsewhere', () => {
  assert.equal(subscriptionVersion({ path: '/open-banking/v4.0/event-subscriptions' }), '4.0');
  assert.equal(subscriptionVersion({ path: '/open-banking/v3.1/event-subscriptions' }), '3.1');
  assert.equal(subscriptionVersion({ path: '/open-banking/v4.0x/events' }), '3.1');
});
