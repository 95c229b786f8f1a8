import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type EventVersion,
  type PendingEvent,
  RESOURCE_UPDATE,
  type ResourceType,
} from '../../openbanking/index.ts';
import { securityEventClaims } from '../delivery/security-event-token.ts';

/**
 * The links of a SET (`sub`, each subject's `rlk`) by its subscription's version: v3.1 as before
 * v4.0 was served; v4.0 first, then v3.1 ("links to all supported versions"), for a resource the
 * bank serves on v4.0; v3.1 alone for one it serves on v3.1 only.
 */

const RESOURCES = 'https://api.bank.test';
const issuer = {
  issuer: 'https://bank.test',
  resourceBaseUrl: RESOURCES,
  v4ResourceTypes: new Set<ResourceType>(['domestic-payment', 'account-access-consent']),
};

function event(
  version: EventVersion,
  resourceType: ResourceType,
  resourceId: string,
): PendingEvent {
  return {
    id: 'jti-1',
    clientId: 'client-1',
    resourceType,
    resourceId,
    claims: { txn: 'txn-1', toe: 1_800_000_000, events: { [RESOURCE_UPDATE]: {} } },
    attempts: 0,
    version,
  };
}

function links(version: EventVersion, resourceType: ResourceType, resourceId: string) {
  const claims = securityEventClaims(
    issuer,
    event(version, resourceType, resourceId),
    1_800_000_001,
  );
  const rlk = claims.events[RESOURCE_UPDATE]!.subject['http://openbanking.org.uk/rlk'];
  return { sub: claims.sub, rlk };
}

describe('securityEventClaims links', () => {
  test('a v3.1 subscription: the v3.1 link alone, also for a resource served on v4.0', () => {
    const v31 = `${RESOURCES}/open-banking/v3.1/pisp/domestic-payments/p-1`;
    assert.deepEqual(links('3.1', 'domestic-payment', 'p-1'), {
      sub: v31,
      rlk: [{ version: 'v3.1', link: v31 }],
    });
  });

  test('a v4.0 subscription, a resource served on v4.0: sub is the v4.0 link, rlk v4.0 then v3.1', () => {
    assert.deepEqual(links('4.0', 'account-access-consent', 'aac-1'), {
      sub: `${RESOURCES}/open-banking/v4.0/aisp/account-access-consents/aac-1`,
      rlk: [
        {
          version: 'v4.0',
          link: `${RESOURCES}/open-banking/v4.0/aisp/account-access-consents/aac-1`,
        },
        {
          version: 'v3.1',
          link: `${RESOURCES}/open-banking/v3.1/aisp/account-access-consents/aac-1`,
        },
      ],
    });
  });

  test('a v4.0 subscription, a resource served on v3.1 only: the v3.1 link, where the TPP can read it', () => {
    const v31 = `${RESOURCES}/open-banking/v3.1/pisp/domestic-vrps/vrp%2F1`;
    assert.deepEqual(links('4.0', 'domestic-vrp', 'vrp/1'), {
      sub: v31,
      rlk: [{ version: 'v3.1', link: v31 }],
    });
  });
});
