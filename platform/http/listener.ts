import { randomUUID } from 'node:crypto';
import {
  STATUS_CODES,
  type Server as HttpServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type RequestListener,
  type ServerResponse,
} from 'node:http';
import { createServer, type Server } from 'node:https';
import type { Server as NetServer, Socket } from 'node:net';
import type { SecureContextOptions } from 'node:tls';
import type { Logger } from 'pino';
import { ConfigError, type ConnectionLimits } from '../config.ts';
import type { HostName } from './host-app.ts';
import { refusalAnswer, type Refusal } from './refusals.ts';

/**
 * FAPI 2.0 Security Profile 5.2.1: TLS 1.3, or TLS 1.2 with only these four suites. Our dev server
 * key is P-256, so in practice 1.2 clients fail the handshake and everything runs on 1.3; an
 * operator's RSA certificate enables exactly the permitted 1.2 suites.
 */
const FAPI_CIPHERS = [
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'DHE-RSA-AES128-GCM-SHA256',
  'DHE-RSA-AES256-GCM-SHA384',
].join(':');

const DRAIN_MS_MAX = 10_000;

/** Request line and header fields a request may carry (Node's own default limit). */
export const HEADER_BYTES_MAX = 16 * 1024;
/**
 * What Node's HTTP parser reads before it gives up with a bare 431. Above HEADER_BYTES_MAX so a
 * request just over the limit is still parsed far enough to learn its path, and is refused in the
 * error model of the endpoint it was meant for.
 */
const PARSER_HEADER_BYTES_MAX = 4 * HEADER_BYTES_MAX;
/** How often Node looks for requests past their header or request timeout (its default is 30 s). */
const TIMEOUT_CHECK_MS_MAX = 1_000;
/** How long a refused connection may still deliver the rest of its request before it is dropped. */
const REFUSAL_LINGER_MS = 2_000;

export interface ListenerOptions {
  name: string;
  /** Which host this listener serves: decides the error model of the refusals it writes itself. */
  host: HostName;
  /** The environment variable that sets the port, named in the error when the port is taken. */
  portVariable: string;
  port: number;
  bindAddress: string;
  tls: SecureContextOptions;
  /** Request a client certificate but let the application judge it (no handshake failure). */
  requestClientCertificate: boolean;
  handler: RequestListener;
  logger: Logger;
  limits: ConnectionLimits;
  /** `Strict-Transport-Security` max-age sent on every answer, refusals included. */
  hstsMaxAgeSeconds: number;
}

export interface Listener {
  server: Server;
  port: number;
  /** Stops accepting, lets in-flight requests finish (bounded), then closes what remains. */
  close(): Promise<void>;
}

export async function startListener(options: ListenerOptions): Promise<Listener> {
  const { limits } = options;
  const everyAnswer: OutgoingHttpHeaders = {
    'strict-transport-security': `max-age=${options.hstsMaxAgeSeconds}`,
  };
  // Connections whose TLS handshake finished: only on those can an HTTP refusal be written.
  const established = new WeakSet<Socket>();
  const server = createServer(
    {
      ...options.tls,
      minVersion: 'TLSv1.2',
      ciphers: FAPI_CIPHERS,
      honorCipherOrder: true,
      requestCert: options.requestClientCertificate,
      rejectUnauthorized: false,
      handshakeTimeout: limits.handshakeTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(
        TIMEOUT_CHECK_MS_MAX,
        Math.ceil(limits.headersTimeoutMs / 4),
      ),
      maxHeaderSize: PARSER_HEADER_BYTES_MAX,
    },
    withHeaders(everyAnswer, limitHeaderBytes(options, options.handler)),
  );
  server.maxConnections = limits.max;
  server.on('secureConnection', (socket) => {
    // A TLS 1.2 renegotiation could bring another client certificate into a connection the platform
    // has already judged by its first one (client-certificate.ts keeps it per socket): refused.
    socket.disableRenegotiation();
    established.add(socket);
    // Node's keep-alive timeout starts only after a first answer, and its header timeout only at a
    // request's first byte: a connection that never sends one is closed by this idle timeout.
    socket.setTimeout(limits.keepAliveTimeoutMs);
  });
  // A request has begun: from here the header and request timeouts bound it, and its handler may
  // take as long as it needs without the socket going idle-closed under it.
  server.on('request', (req: IncomingMessage) => req.socket.setTimeout(0));
  server.on('tlsClientError', (error) =>
    options.logger.debug({ err: error.message, listener: options.name }, 'TLS handshake failed'),
  );
  // https.Server passes TLS handshake failures (and handshake timeouts) on as client errors too.
  // The parser fails again on every further chunk of a request it has given up on: answered once.
  const refused = new WeakSet<Socket>();
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (refused.has(socket)) return;
    if (!established.has(socket)) return void socket.destroy();
    refused.add(socket);
    refuseUnreadable(options, everyAnswer, error, socket);
  });

  const port = await listen(server, options);

  return {
    server,
    port,
    close: () => closeServer(server),
  };
}

/** Listens, turning a taken or forbidden port into a ConfigError that names its variable. */
export async function listen(
  server: NetServer,
  options: { port: number; bindAddress: string; portVariable: string },
): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new ConfigError(
            options.portVariable,
            `port ${options.port} on ${options.bindAddress} is already in use`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new ConfigError(options.portVariable, `not allowed to listen on port ${options.port}`),
        );
      } else {
        reject(error);
      }
    });
    server.listen(options.port, options.bindAddress, () => resolve());
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : options.port;
}

/** Stops accepting, lets in-flight requests finish (bounded), then closes what remains. */
export function closeServer(server: HttpServer): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), DRAIN_MS_MAX);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * Adds `headers` to every answer as its head is written, whatever wrote it (a part, oidc-provider
 * on the raw response, Koa's default error handler, which first removes every header set before).
 */
function withHeaders(headers: OutgoingHttpHeaders, handler: RequestListener): RequestListener {
  return (req, res) => {
    const writeHead = res.writeHead;
    res.writeHead = function (
      this: ServerResponse,
      ...args: Parameters<ServerResponse['writeHead']>
    ) {
      for (const [name, value] of Object.entries(headers))
        if (!this.hasHeader(name) && value !== undefined) this.setHeader(name, value);
      return writeHead.apply(this, args);
    } as ServerResponse['writeHead'];
    handler(req, res);
  };
}

/**
 * Refuses a request whose line and header fields exceed HEADER_BYTES_MAX, in its endpoint's error
 * model.
 */
function limitHeaderBytes(options: ListenerOptions, handler: RequestListener): RequestListener {
  return (req, res) => {
    let bytes = `${req.method} ${req.url} HTTP/${req.httpVersion}\r\n`.length;
    for (const field of req.rawHeaders) bytes += field.length + 2;
    if (bytes <= HEADER_BYTES_MAX) return handler(req, res);
    const refusal: Refusal = {
      status: 431,
      message: `the request line and header fields exceed ${HEADER_BYTES_MAX} bytes`,
    };
    const answer = refusalAnswer(
      options.host,
      refusal,
      new URL(req.url ?? '/', 'https://host.invalid').pathname,
    );
    options.logger.info(
      { listener: options.name, method: req.method, status: 431, bytes },
      'request refused',
    );
    res.shouldKeepAlive = false;
    res.writeHead(431, {
      'content-type': answer.contentType,
      'content-length': Buffer.byteLength(answer.body),
      'cache-control': 'no-store',
      'x-fapi-interaction-id': randomUUID(),
    });
    res.end(answer.body);
  };
}

/**
 * Node's HTTP parser gave up on a request (not HTTP, header fields past what it reads, too slow):
 * answered like Node's default, only if no answer has begun on the connection, but with a body in
 * the host's error model and the headers every answer carries.
 */
function refuseUnreadable(
  options: ListenerOptions,
  headers: OutgoingHttpHeaders,
  error: NodeJS.ErrnoException,
  socket: Socket,
): void {
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const refusal = parserRefusal(error.code);
  options.logger.info(
    { listener: options.name, status: refusal.status, reason: error.code },
    'request refused',
  );
  const answer = refusalAnswer(options.host, refusal, undefined);
  const head = [
    `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}`,
    `content-type: ${answer.contentType}`,
    `content-length: ${Buffer.byteLength(answer.body)}`,
    'cache-control: no-store',
    `x-fapi-interaction-id: ${randomUUID()}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${String(value)}`),
    'connection: close',
  ];
  // Closed after a grace period rather than at once: the unread rest of the request would make
  // the kernel reset the connection and the client lose the answer.
  socket.end(`${head.join('\r\n')}\r\n\r\n${answer.body}`);
  socket.resume();
  setTimeout(() => socket.destroy(), REFUSAL_LINGER_MS).unref();
}

function parserRefusal(code: string | undefined): Refusal {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        message: `the request line and header fields exceed ${HEADER_BYTES_MAX} bytes`,
      };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, message: "the request body's chunk extensions are too large" };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, message: 'the request did not arrive in time' };
    default:
      return { status: 400, message: 'the request is not valid HTTP/1.1' };
  }
}
