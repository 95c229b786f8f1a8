import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { test } from 'node:test';
import { clientAddress } from '../client-address.ts';

const PROXY = '10.0.0.5';
const request = (remoteAddress: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

test('a direct connection is its own address, whatever X-Forwarded-For it sends', () => {
  assert.equal(clientAddress(request('203.0.113.7', '198.51.100.1'), [PROXY]), '203.0.113.7');
  assert.equal(clientAddress(request('::ffff:203.0.113.7'), [PROXY]), '203.0.113.7');
});

test('behind a trusted proxy, the address the proxy received the request from', () => {
  assert.equal(clientAddress(request(PROXY, '198.51.100.1'), [PROXY]), '198.51.100.1');
  // What the client wrote itself comes first and is not believed.
  assert.equal(clientAddress(request(PROXY, '192.0.2.66, 198.51.100.1'), [PROXY]), '198.51.100.1');
  // Past a chain of trusted proxies.
  assert.equal(
    clientAddress(request(PROXY, '198.51.100.1, 10.0.0.9'), [PROXY, '10.0.0.9']),
    '198.51.100.1',
  );
  assert.equal(clientAddress(request(`::ffff:${PROXY}`, '2001:db8::1'), [PROXY]), '2001:db8::1');
});

test('a trusted proxy without the header, or with something that is not an address there, leaves its own', () => {
  assert.equal(clientAddress(request(PROXY), [PROXY]), PROXY);
  assert.equal(clientAddress(request(PROXY, 'unknown'), [PROXY]), PROXY);
  assert.equal(clientAddress(request(PROXY, '198.51.100.1, not-an-ip'), [PROXY]), PROXY);
});
