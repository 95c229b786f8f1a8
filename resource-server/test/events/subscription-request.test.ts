import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CONSENT_AUTHORIZATION_REVOKED,
  type EventVersion,
  RESOURCE_UPDATE,
} from '../../../openbanking/index.ts';
import { ObError, ObErrorList } from '../../errors.ts';
import { subscriptionRequest, type SubscriptionBody } from '../../events/subscription-request.ts';

/**
 * The rules of an event subscription beyond its OB schema: the Version of the API it is written
 * through (3.1, or 4.0 on /open-banking/v4.0), event types this bank raises, a callback URL the
 * bank may call. What passes becomes the stored request; every breach
 * is a UK.OBIE.Field.Invalid on its field, all of them in one answer.
 */

function body(data: Partial<SubscriptionBody['Data']>): SubscriptionBody {
  return { Data: { Version: '3.1', ...data } };
}

/** The [code, path] of each OB error the request is refused with. */
function refusals(
  request: SubscriptionBody,
  allowed: readonly string[] = [],
  version: EventVersion = '3.1',
): string[][] {
  try {
    subscriptionRequest(request, version, allowed);
  } catch (error) {
    const errors = error instanceof ObErrorList ? error.errors : [error];
    return errors.map((item) => {
      assert.ok(item instanceof ObError, String(item));
      assert.equal(item.status, 400);
      return [item.code, item.path!];
    });
  }
  assert.fail('the request passed');
}

const INVALID = 'UK.OBIE.Field.Invalid';

describe('subscriptionRequest', () => {
  test('a polling subscription: no callback URL, every event type', () => {
    assert.deepEqual(subscriptionRequest(body({}), '3.1', []), {
      callbackUrl: undefined,
      version: '3.1',
      eventTypes: [],
    });
  });

  test('a push subscription keeps its https callback URL and its event types, each once, in order', () => {
    assert.deepEqual(
      subscriptionRequest(
        body({
          CallbackUrl: 'https://tpp.example/event-notifications',
          EventTypes: [
            CONSENT_AUTHORIZATION_REVOKED,
            RESOURCE_UPDATE,
            CONSENT_AUTHORIZATION_REVOKED,
          ],
        }),
        '3.1',
        [],
      ),
      {
        callbackUrl: 'https://tpp.example/event-notifications',
        version: '3.1',
        eventTypes: [CONSENT_AUTHORIZATION_REVOKED, RESOURCE_UPDATE],
      },
    );
  });

  test('on v3.1, a Version other than 3.1 is Field.Invalid on Data.Version', () => {
    for (const Version of ['4.0', '3.1.11', 'v3.1']) {
      assert.deepEqual(refusals(body({ Version })), [[INVALID, 'Data.Version']], Version);
    }
  });

  test('on v4.0, Version 4.0 is the subscription version; any other is Field.Invalid', () => {
    assert.deepEqual(subscriptionRequest(body({ Version: '4.0' }), '4.0', []), {
      callbackUrl: undefined,
      version: '4.0',
      eventTypes: [],
    });
    for (const Version of ['3.1', '4.0.0', 'v4.0', '4']) {
      assert.deepEqual(
        refusals(body({ Version }), [], '4.0'),
        [[INVALID, 'Data.Version']],
        Version,
      );
    }
  });

  test('an event type this bank does not raise is Field.Invalid naming its index', () => {
    assert.deepEqual(
      refusals(
        body({
          EventTypes: [
            RESOURCE_UPDATE,
            'urn:uk:org:openbanking:events:account-access-consent-linked-account-update',
          ],
        }),
      ),
      [[INVALID, 'Data.EventTypes[1]']],
    );
  });

  test('a callback URL the bank may not call is Field.Invalid on Data.CallbackUrl, saying why', () => {
    for (const [url, why] of [
      ['http://tpp.example/cb', /https/],
      ['not a url', /absolute URL/],
      ['https://user:secret@tpp.example/cb', /user name or password/],
      ['https://tpp.example/cb#part', /fragment/],
      ['https://127.0.0.1/cb', /loopback, private/],
      ['https://10.1.2.3:8443/cb', /loopback, private/],
      ['https://[::1]/cb', /loopback, private/],
    ] as const) {
      assert.throws(
        () => subscriptionRequest(body({ CallbackUrl: url }), '3.1', []),
        (error: unknown) =>
          error instanceof ObError &&
          error.code === INVALID &&
          error.path === 'Data.CallbackUrl' &&
          why.test(error.message),
        url,
      );
    }
  });

  test('a private address on the sandbox allow-list (host, or host and port) is accepted', () => {
    for (const allowed of ['10.1.2.3:8443', '10.1.2.3']) {
      assert.equal(
        subscriptionRequest(body({ CallbackUrl: 'https://10.1.2.3:8443/cb' }), '3.1', [allowed])
          .callbackUrl,
        'https://10.1.2.3:8443/cb',
        allowed,
      );
    }
    assert.deepEqual(
      refusals(body({ CallbackUrl: 'https://10.1.2.3:8443/cb' }), ['10.1.2.3:443']),
      [[INVALID, 'Data.CallbackUrl']],
      'another port',
    );
  });

  test('a callback URL over 2048 characters is refused before it is parsed', () => {
    const long = `https://tpp.example/${'a'.repeat(2048)}`;
    assert.throws(
      () => subscriptionRequest(body({ CallbackUrl: long }), '3.1', []),
      (error: unknown) =>
        error instanceof ObError &&
        error.path === 'Data.CallbackUrl' &&
        /exceeds 2048 characters/.test(error.message),
    );
  });

  test('every breach is answered at once', () => {
    assert.deepEqual(
      refusals(
        body({
          Version: '2.0',
          EventTypes: ['urn:example:other', RESOURCE_UPDATE, 'urn:example:another'],
          CallbackUrl: 'http://tpp.example/cb',
        }),
      ),
      [
        [INVALID, 'Data.Version'],
        [INVALID, 'Data.EventTypes[0]'],
        [INVALID, 'Data.EventTypes[2]'],
        [INVALID, 'Data.CallbackUrl'],
      ],
    );
  });
});
