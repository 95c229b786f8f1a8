import assert from 'node:assert/strict';
import { createServer as createHttpsServer, type Server } from 'node:https';
import {
  createServer as createTcpServer,
  type AddressInfo,
  type Server as TcpServer,
  type Socket,
} from 'node:net';
import type { ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import {
  clientCredentials,
  registerTpp,
  type RegisterOptions,
  type TppIdentity,
} from '../../examples/tpp-client.ts';
import type { TppKit } from '../../certs/index.ts';
import { freePort, startTestPlatform, type TestPlatform } from '../support/platform.ts';

/**
 * Issue 10 item 3: what a registration makes the authorization server fetch (the software
 * statement's JWKS endpoint, a `sector_identifier_uri`) goes only to https hosts that resolve to
 * public addresses, or to the sandbox's allow-list (REGISTRATION_FETCH_PRIVATE_HOSTS), bounded in
 * time and size, without redirects. Anything else is refused before a connection is made, as
 * `invalid_software_statement` (the statement's JWKS) or `invalid_client_metadata`. And a refused
 * registration does not use up its software statement.
 *
 * Two servers on loopback: a TPP's https server on the allow-listed port (certificate from the
 * sandbox directory's CA, which the bank trusts for TPP servers), and a bare TCP listener on
 * another port that only counts the connections made to it (there must be none).
 */

const REDIRECT = 'https://tpp.example/cb';

let platform: TestPlatform;
let allowedPort: number;
let tppServer: Server;
let probe: TcpServer;
let probeConnections = 0;
const fetched = new Map<string, number>();
const hanging: ServerResponse[] = [];
const openSockets = new Set<Socket>();
/** The JWKS each kit publishes at /jwks/<software id>. */
const published = new Map<string, unknown>();

const allowed = (path: string) => `https://127.0.0.1:${allowedPort}${path}`;
const blocked = (path: string, host = '127.0.0.1') =>
  `https://${host}:${(probe.address() as AddressInfo).port}${path}`;

before(async () => {
  probe = createTcpServer((socket) => {
    probeConnections += 1;
    openSockets.add(socket);
    socket.destroy();
  });
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  allowedPort = await freePort();
  platform = await startTestPlatform({
    env: { REGISTRATION_FETCH_PRIVATE_HOSTS: `127.0.0.1:${allowedPort}` },
  });
  const { certPem, keyPem } = await platform.directory.issueServerCertificate({
    organisation: 'Fetchable TPP',
    hostnames: ['127.0.0.1'],
  });
  tppServer = createHttpsServer({ cert: certPem, key: keyPem }, (req, res) => {
    const path = req.url ?? '';
    fetched.set(path, (fetched.get(path) ?? 0) + 1);
    const json = (body: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (path.startsWith('/jwks/'))
      return json(published.get(path.slice('/jwks/'.length)) ?? { keys: [] });
    if (path === '/sector/ok') return json([REDIRECT]);
    if (path === '/sector/huge')
      return json(
        Array.from({ length: 5000 }, (_, i) => `https://tpp.example/cb/${i}/${'x'.repeat(20)}`),
      );
    if (path === '/sector/redirect')
      return res.writeHead(302, { location: blocked('/sector') }).end();
    if (path === '/sector/slow') return void hanging.push(res);
    res.writeHead(500).end();
  });
  tppServer.on('connection', (socket) => openSockets.add(socket as Socket));
  await new Promise<void>((resolve) => tppServer.listen(allowedPort, '127.0.0.1', resolve));
});

after(async () => {
  for (const res of hanging) res.destroy();
  for (const socket of openSockets) socket.destroy();
  await new Promise((resolve) => tppServer?.close(resolve));
  await new Promise((resolve) => probe?.close(resolve));
  await platform?.stop();
});

function identityOf(kit: TppKit): TppIdentity {
  return {
    transportCertPem: kit.transportCertPem,
    transportKeyPem: kit.transportKeyPem,
    signingKeyJwk: kit.signingKeyJwk,
    ssa: kit.ssa,
    bankCaPem: platform.serverTrustAnchorPem,
  };
}

async function kit(name: string, jwksUri?: (softwareId: string) => string): Promise<TppKit> {
  // The software id is only known once issued; the JWKS is published under a name given up front.
  const made = await platform.directory.onboard({
    name,
    redirectUris: [REDIRECT],
    roles: ['AISP'],
    ...(jwksUri && { jwksUri: jwksUri(name.replaceAll(' ', '-')) }),
  });
  published.set(name.replaceAll(' ', '-'), made.jwks);
  return made;
}

const register = (made: TppKit, options: Omit<RegisterOptions, 'redirectUris'> = {}) =>
  registerTpp(platform.urls.browser, identityOf(made), { redirectUris: [REDIRECT], ...options });

/**
 * An RFC 7591 error response from openid-client, by its `error` code, description matching
 * `detail`.
 */
function refusedWith(code: string, detail?: RegExp) {
  return (error: { error?: string; error_description?: string }) => {
    assert.equal(
      error.error,
      code,
      `expected ${code}, got ${error.error}: ${error.error_description}`,
    );
    if (detail) assert.match(error.error_description ?? '', detail);
    return true;
  };
}

describe('URLs a registration names that are not public https: refused before any connection', () => {
  test('sector_identifier_uri on loopback, a name for loopback, plain http, with credentials: invalid_client_metadata', async () => {
    const made = await kit('Sector Prober');
    for (const [uri, detail] of [
      [blocked('/sector'), /non-public address/],
      [blocked('/sector', 'localhost'), /non-public address/],
      [blocked('/sector', '[::1]'), /non-public address/],
      [blocked('/sector').replace('https:', 'http:'), /https/],
      [blocked('/sector').replace('https://', 'https://user:secret@'), /user name or password/],
    ] as const) {
      await assert.rejects(
        register(made, { metadata: { sector_identifier_uri: uri } }),
        refusedWith('invalid_client_metadata', detail),
      );
    }
    assert.equal(probeConnections, 0, 'no connection was made to a refused address');
    // None of those refusals used the software statement up.
    await register(made);
  });

  test('a software statement whose JWKS endpoint is on loopback: invalid_software_statement, never fetched', async () => {
    for (const host of ['127.0.0.1', 'localhost']) {
      const made = await kit(`Jwks Prober ${host}`, () => blocked('/jwks', host));
      await assert.rejects(
        register(made),
        refusedWith('invalid_software_statement', /software_jwks_endpoint .*non-public address/),
      );
    }
    assert.equal(probeConnections, 0);
  });
});

describe('through the sandbox allow-list', () => {
  test('a JWKS endpoint and a sector identifier on an allow-listed host are fetched, and the client authenticates with those keys', async () => {
    const made = await kit('Hosted Keys', (name) => allowed(`/jwks/${name}`));
    const tpp = await register(made, {
      metadata: { sector_identifier_uri: allowed('/sector/ok') },
    });
    assert.ok((fetched.get('/sector/ok') ?? 0) >= 1, 'the sector identifier was fetched');
    // private_key_jwt: the bank verifies the client assertion with the keys it fetches now.
    const token = await clientCredentials(tpp, 'accounts');
    assert.ok(token.access_token);
    assert.ok((fetched.get('/jwks/Hosted-Keys') ?? 0) >= 1, 'the JWKS was fetched');
  });

  test('an answer too large, too slow, redirected or failing: invalid_client_metadata, and the statement is not used up', async () => {
    const made = await kit('Unlucky Sector');
    for (const path of ['/sector/huge', '/sector/slow', '/sector/redirect', '/sector/broken']) {
      await assert.rejects(
        register(made, { metadata: { sector_identifier_uri: allowed(path) } }),
        refusedWith('invalid_client_metadata'),
      );
      assert.equal(fetched.get(path), 1, `${path} was fetched once`);
    }
    assert.equal(probeConnections, 0, 'the redirect to loopback was not followed');
    await register(made, { metadata: { sector_identifier_uri: allowed('/sector/ok') } });
  });
});
