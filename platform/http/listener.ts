import { createServer, type Server } from 'node:https';
import type { RequestListener } from 'node:http';
import type { SecureContextOptions } from 'node:tls';
import type { Logger } from 'pino';
import { ConfigError } from '../config.ts';

/**
 * FAPI 2.0 Security Profile 5.2.1: TLS 1.3, or TLS 1.2 with only these four suites. Our dev server key
 * is P-256, so in practice 1.2 clients fail the handshake and everything runs on 1.3; an operator's
 * RSA certificate enables exactly the permitted 1.2 suites.
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

export interface ListenerOptions {
  name: string;
  /** The environment variable that sets the port, named in the error when the port is taken. */
  portVariable: string;
  port: number;
  bindAddress: string;
  tls: SecureContextOptions;
  /** Request a client certificate but let the application judge it (no handshake failure). */
  requestClientCertificate: boolean;
  handler: RequestListener;
  logger: Logger;
}

export interface Listener {
  server: Server;
  port: number;
  /** Stops accepting, lets in-flight requests finish (bounded), then closes what remains. */
  close(): Promise<void>;
}

export async function startListener(options: ListenerOptions): Promise<Listener> {
  const server = createServer(
    {
      ...options.tls,
      minVersion: 'TLSv1.2',
      ciphers: FAPI_CIPHERS,
      honorCipherOrder: true,
      requestCert: options.requestClientCertificate,
      rejectUnauthorized: false,
      keepAliveTimeout: 5_000,
    },
    options.handler,
  );
  // A TLS 1.2 renegotiation could bring another client certificate into a connection the platform
  // has already judged by its first one (client-certificate.ts keeps it per socket): refused.
  server.on('secureConnection', (socket) => socket.disableRenegotiation());
  server.on('tlsClientError', (error) => options.logger.debug({ err: error.message, listener: options.name }, 'TLS handshake failed'));

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new ConfigError(options.portVariable, `port ${options.port} on ${options.bindAddress} is already in use`));
      } else if (error.code === 'EACCES') {
        reject(new ConfigError(options.portVariable, `not allowed to listen on port ${options.port}`));
      } else {
        reject(error);
      }
    });
    server.listen(options.port, options.bindAddress, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), DRAIN_MS_MAX);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
