import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * What the bank may call on a TPP's say-so (a callback URL): https only, no credentials in the URL,
 * and only public addresses, so a TPP cannot aim the bank at its own network (SSRF). Checked when
 * the URL is registered and again on every connection, against the addresses the connection
 * actually uses: a name that resolves elsewhere later (DNS rebinding) is refused then.
 */

export class OutboundRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutboundRefused';
  }
}

/**
 * Not routable on the public internet (IANA special-purpose registries, RFC 6890 and successors).
 */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 127],
  ['::ffff:0:0', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6');

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** `name` or `name:port`, lower-case: the URL's host as the allow-list spells it. */
function allowListed(url: URL, privateHostsAllowed: readonly string[]): boolean {
  const name = url.hostname.toLowerCase();
  const port = url.port || '443';
  return privateHostsAllowed.some((entry) => entry === name || entry === `${name}:${port}`);
}

/**
 * A callback URL as a TPP may register it: absolute https, no user or password, no fragment, and
 * when the host is an IP address, a public one (a name is checked when it is resolved).
 */
export function checkCallbackUrl(raw: string, privateHostsAllowed: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRefused('is not an absolute URL');
  }
  if (url.protocol !== 'https:') throw new OutboundRefused('must be an https URL');
  if (url.username !== '' || url.password !== '')
    throw new OutboundRefused('must not carry a user name or password');
  if (url.hash !== '') throw new OutboundRefused('must not carry a fragment');
  const literal = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(literal) !== 0 && !isPublicAddress(literal) && !allowListed(url, privateHostsAllowed)) {
    throw new OutboundRefused(
      'must not point at a loopback, private or otherwise non-public address',
    );
  }
  return url;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for the connection to `url` (net.connect and tls.connect call it with the host name):
 * resolves, then refuses the connection unless every address is public or the host is allow-listed.
 * Node asks for all addresses (`all: true`) when it races IPv4 and IPv6 (autoSelectFamily), and for
 * one otherwise; both are answered with checked addresses only.
 */
export function checkedLookup(url: URL, privateHostsAllowed: readonly string[]) {
  const allowed = allowListed(url, privateHostsAllowed);
  return (
    hostname: string,
    options: { all?: boolean; family?: number | string },
    callback: LookupCallback,
  ): void => {
    dnsLookup(
      hostname,
      { all: true, family: typeof options.family === 'number' ? options.family : 0 },
      (error, addresses) => {
        if (error) return callback(error, []);
        const refused = addresses.find((candidate) => !isPublicAddress(candidate.address));
        if (refused && !allowed) {
          return callback(
            Object.assign(new OutboundRefused(`${hostname} resolves to a non-public address`), {
              code: 'EOUTBOUNDREFUSED',
            }),
            [],
          );
        }
        if (options.all) return callback(null, addresses);
        const [first] = addresses;
        if (!first)
          return callback(
            Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }),
            [],
          );
        callback(null, first.address, first.family);
      },
    );
  };
}
