import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { RequestListener } from 'node:http';
import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { createKeyProvider, ensureDevPki } from '../../certs/index.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { HEADER_BYTES_MAX, startListener, type Listener } from '../http/listener.ts';
import { createLogger } from '../logging.ts';

const logger = createLogger({ level: 'silent' });
/**
 * How long a test waits for the server to close a connection it should reap: far above the timeouts
 * set below.
 */
const CLOSE_WAIT_MS_MAX = 10_000;

let blocker: Server;
let takenPort: number;
let workDir: string;
let tls: { cert: string; key: string; ca: string };

before(async () => {
  blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
  takenPort = (blocker.address() as { port: number }).port;
  workDir = await mkdtemp(join(tmpdir(), 'obp-listener-'));
  const keys = createKeyProvider({ keystoreDir: join(workDir, 'keys') });
  const pki = await ensureDevPki({ dir: join(workDir, 'pki'), keys, hostnames: ['localhost'] });
  await keys.close();
  tls = { cert: pki.serverCertPem, key: pki.serverKeyPem, ca: pki.caCertPem };
});
after(async () => {
  blocker.close();
  await rm(workDir, { recursive: true, force: true });
});

/**
 * A TPP-host listener configured as the platform configures it, from these environment settings.
 */
async function listen(
  env: Record<string, string>,
  handler: RequestListener = (_req, res) => res.end('ok'),
): Promise<Listener> {
  const config = loadConfig(env);
  return startListener({
    name: 'tpp',
    host: 'tpp',
    portVariable: 'TPP_PORT',
    port: 0,
    bindAddress: '127.0.0.1',
    tls: { cert: tls.cert, key: tls.key },
    requestClientCertificate: true,
    handler,
    logger,
    limits: config.connections,
    hstsMaxAgeSeconds: config.hstsMaxAgeSeconds,
  });
}

/**
 * A TLS connection to the listener whose handshake has finished; what the server sends is
 * collected.
 */
async function tlsClient(
  listener: Listener,
): Promise<{ socket: TLSSocket; received: () => string }> {
  const socket = tlsConnect({
    host: '127.0.0.1',
    port: listener.port,
    ca: tls.ca,
    servername: 'localhost',
  });
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('secureConnect', resolve);
    socket.once('close', () => reject(new Error('closed before the handshake finished')));
  });
  return { socket, received: () => received };
}

/**
 * Resolves when the server has closed `socket`; fails the test if it is still open after the bound.
 */
async function closedByServer(socket: Socket, what: string): Promise<void> {
  if (socket.closed) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${what}: still open after ${CLOSE_WAIT_MS_MAX} ms`)),
      CLOSE_WAIT_MS_MAX,
    );
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Writes `chunk` every 50 ms, never finishing what it sends, until the server closes the
 * connection.
 */
async function trickleUntilClosed(socket: TLSSocket, chunk: string, what: string): Promise<void> {
  const trickle = setInterval(() => socket.writable && socket.write(chunk), 50);
  try {
    await closedByServer(socket, what);
  } finally {
    clearInterval(trickle);
  }
}

function parseAnswer(raw: string): { status: number; headers: Map<string, string>; body: string } {
  const [head = '', body = ''] = raw.split('\r\n\r\n', 2);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Map(
    lines.map((line) => [
      line.slice(0, line.indexOf(':')).toLowerCase(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

test('a port already in use stops the boot with the variable that set it', async () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const config = loadConfig({});
  await assert.rejects(
    startListener({
      name: 'tpp',
      host: 'tpp',
      portVariable: 'TPP_PORT',
      port: takenPort,
      bindAddress: '127.0.0.1',
      tls: { key: privateKey.export({ format: 'pem', type: 'pkcs8' }) },
      requestClientCertificate: true,
      handler: () => undefined,
      logger,
      limits: config.connections,
      hstsMaxAgeSeconds: config.hstsMaxAgeSeconds,
    }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.variable, 'TPP_PORT');
      assert.match(error.message, new RegExp(`port ${takenPort} on 127.0.0.1 is already in use`));
      return true;
    },
  );
});

describe('connections are reaped by the configured timeouts', () => {
  let listener: Listener;
  before(async () => {
    listener = await listen(
      {
        TLS_HANDSHAKE_TIMEOUT_MS: '300',
        HTTP_HEADERS_TIMEOUT_MS: '400',
        HTTP_REQUEST_TIMEOUT_MS: '800',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '300',
      },
      (req, res) => {
        req.resume();
        req.on('end', () => res.end('ok'));
      },
    );
  });
  after(() => listener?.close());

  test('a TCP connection that never starts the TLS handshake', async () => {
    const socket = tcpConnect({ host: '127.0.0.1', port: listener.port });
    socket.on('error', () => undefined);
    await closedByServer(socket, 'silent TCP connection');
  });

  test('a TLS handshake that is begun and never finished', async () => {
    const socket = tcpConnect({ host: '127.0.0.1', port: listener.port });
    socket.on('error', () => undefined);
    // The first bytes of a TLS 1.2+ ClientHello record, then nothing.
    socket.write(Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00]));
    await closedByServer(socket, 'half-finished handshake');
  });

  test('an idle TLS connection that never sends a request', async () => {
    const { socket } = await tlsClient(listener);
    await closedByServer(socket, 'idle TLS connection');
  });

  test('an idle kept-alive connection after its answer', async () => {
    const { socket, received } = await tlsClient(listener);
    socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await closedByServer(socket, 'kept-alive connection');
    assert.match(received(), /^HTTP\/1\.1 200 /);
  });

  test('slowloris: header lines that trickle in and never end get 408 and a close', async () => {
    const { socket, received } = await tlsClient(listener);
    socket.write('GET /open-banking/v3.1/aisp/accounts HTTP/1.1\r\nHost: localhost\r\n');
    await trickleUntilClosed(socket, 'X-Slow: 1\r\n', 'slowloris connection');
    const answer = parseAnswer(received());
    assert.equal(answer.status, 408);
    assert.deepEqual(JSON.parse(answer.body), {
      error: 'invalid_request',
      error_description: 'the request did not arrive in time',
    });
  });

  test('a request body that trickles in too slowly gets 408 and a close', async () => {
    const { socket, received } = await tlsClient(listener);
    socket.write(
      'POST /token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n',
    );
    await trickleUntilClosed(socket, 'a', 'slow body');
    assert.equal(parseAnswer(received()).status, 408);
  });
});

test('MAX_CONNECTIONS caps open connections per listener; a closed one frees its place', async () => {
  const listener = await listen({ MAX_CONNECTIONS: '3' });
  const open: TLSSocket[] = [];
  try {
    for (let i = 0; i < 3; i += 1) open.push((await tlsClient(listener)).socket);
    await assert.rejects(tlsClient(listener), /closed before the handshake finished/);
    open.shift()!.destroy();
    // The server counts the closed connection down when it sees the close: poll, bounded.
    const deadline = Date.now() + CLOSE_WAIT_MS_MAX;
    for (;;) {
      const attempt = await tlsClient(listener).catch(() => undefined);
      if (attempt) {
        open.push(attempt.socket);
        break;
      }
      assert.ok(Date.now() < deadline, 'no connection accepted after one was closed');
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    for (const socket of open) socket.destroy();
    await listener.close();
  }
});

describe('answers the listener writes itself', () => {
  let listener: Listener;
  before(async () => {
    listener = await listen({ HSTS_MAX_AGE: '600' }, (req, res) => {
      if (req.url === '/fails') {
        // What Koa's default error handler does: every header set so far goes, then a 500.
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        res.statusCode = 500;
      }
      res.end('answered');
    });
  });
  after(() => listener?.close());

  async function exchange(request: string): Promise<ReturnType<typeof parseAnswer>> {
    const { socket, received } = await tlsClient(listener);
    socket.write(request);
    if (socket.writable) socket.end();
    await closedByServer(socket, 'refused connection');
    return parseAnswer(received());
  }

  test('every answer carries Strict-Transport-Security with the configured max-age, even one whose headers were cleared', async () => {
    for (const path of ['/', '/fails']) {
      const answer = await exchange(
        `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
      );
      assert.equal(answer.headers.get('strict-transport-security'), 'max-age=600', path);
    }
  });

  test('a request that is not HTTP: 400 with an OAuth error body, HSTS and an interaction id', async () => {
    const answer = await exchange('NOT HTTP AT ALL\r\n\r\n');
    assert.equal(answer.status, 400);
    assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.deepEqual(JSON.parse(answer.body), {
      error: 'invalid_request',
      error_description: 'the request is not valid HTTP/1.1',
    });
    assert.equal(answer.headers.get('strict-transport-security'), 'max-age=600');
    assert.match(answer.headers.get('x-fapi-interaction-id') ?? '', /^[0-9a-f-]{36}$/);
    assert.equal(Number(answer.headers.get('content-length')), Buffer.byteLength(answer.body));
  });

  const big = (bytes: number) => `X-Big: ${'a'.repeat(bytes)}\r\n`;

  test('header fields over the limit on an OB path: 431 in the OB error model', async () => {
    const answer = await exchange(
      `GET /open-banking/v3.1/aisp/accounts HTTP/1.1\r\nHost: localhost\r\n${big(HEADER_BYTES_MAX)}\r\n`,
    );
    assert.equal(answer.status, 431);
    const body = JSON.parse(answer.body) as {
      Code: string;
      Id: string;
      Message: string;
      Errors: { ErrorCode: string; Message: string }[];
    };
    assert.equal(body.Code, '431 RequestHeaderFieldsTooLarge');
    assert.equal(body.Errors[0]?.ErrorCode, 'UK.OBIE.Header.Invalid');
    assert.match(body.Errors[0]?.Message ?? '', new RegExp(`exceed ${HEADER_BYTES_MAX} bytes`));
    assert.equal(answer.headers.get('strict-transport-security'), 'max-age=600');
  });

  test('header fields over the limit on an OAuth endpoint: 431 with an OAuth error', async () => {
    const answer = await exchange(
      `POST /token HTTP/1.1\r\nHost: localhost\r\n${big(HEADER_BYTES_MAX)}\r\n`,
    );
    assert.equal(answer.status, 431);
    assert.equal(JSON.parse(answer.body).error, 'invalid_request');
  });

  test('header fields past what the parser reads at all: still 431 with a body', async () => {
    const answer = await exchange(
      `GET /open-banking/v3.1/aisp/accounts HTTP/1.1\r\nHost: localhost\r\n${big(8 * HEADER_BYTES_MAX)}\r\n`,
    );
    assert.equal(answer.status, 431);
    assert.equal(JSON.parse(answer.body).error, 'invalid_request');
    assert.equal(answer.headers.get('strict-transport-security'), 'max-age=600');
  });
});
