import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * The address a request came from, as per-address rate limits must see it: the connection's peer,
 * or, when the peer is a trusted proxy (the TLS terminator in front of the bank), the address that
 * proxy received the request from. Entries of `X-Forwarded-For` are read from the right, past
 * trusted proxies only: whatever a client wrote there itself comes before and is never believed.
 * A header that does not hold an address there leaves the peer's address.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: readonly string[]): string {
  const peer = normaliseAddress(req.socket.remoteAddress) ?? '';
  if (!trustedProxies.includes(peer)) return peer;
  const forwarded = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((entry) => normaliseAddress(entry.trim()) ?? '');
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = entries[index]!;
    if (isIP(entry) === 0) return peer;
    if (!trustedProxies.includes(entry)) return entry;
  }
  return peer;
}

export function normaliseAddress(address: string | undefined): string | undefined {
  return address?.startsWith('::ffff:') ? address.slice(7) : address;
}
