import { X509Certificate } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { normaliseAddress } from './client-address.ts';

export interface ClientCertificateSource {
  /** Proxies (TLS terminators) whose client-certificate header is believed. */
  trustedProxies: readonly string[];
  /**
   * Header carrying the URL-encoded PEM (nginx `$ssl_client_escaped_cert`, Kong, AWS ALB style).
   */
  header: string;
}

/**
 * The client certificate the TLS layer verified against the TPP trust anchors, or one forwarded by
 * a trusted TLS-terminating proxy. An unverified certificate is never returned: the listener does
 * not reject it at the handshake so that the application can answer with a proper OAuth/OB error.
 */
export function clientCertificate(
  req: IncomingMessage,
  source: ClientCertificateSource,
): X509Certificate | undefined {
  const socket = req.socket as TLSSocket;
  const remote = normaliseAddress(socket.remoteAddress);
  if (remote && source.trustedProxies.includes(remote)) {
    const forwarded = req.headers[source.header];
    if (typeof forwarded !== 'string' || forwarded === '') return undefined;
    try {
      return new X509Certificate(decodeURIComponent(forwarded));
    } catch {
      return undefined;
    }
  }
  if (typeof socket.getPeerX509Certificate !== 'function' || !socket.authorized) return undefined;
  return peerCertificate(socket);
}

/**
 * A connection's certificate cannot change (TLS 1.3 has no renegotiation and the listener disables
 * it for 1.2), so it is parsed once per socket, not on every request and check.
 */
const peerCertificates = new WeakMap<TLSSocket, X509Certificate | undefined>();

function peerCertificate(socket: TLSSocket): X509Certificate | undefined {
  if (!peerCertificates.has(socket)) peerCertificates.set(socket, socket.getPeerX509Certificate());
  return peerCertificates.get(socket);
}

/** Why a presented certificate was not accepted (for error descriptions), if one was presented. */
export function clientCertificateProblem(req: IncomingMessage): string | undefined {
  const socket = req.socket as TLSSocket;
  if (typeof socket.getPeerX509Certificate !== 'function' || socket.authorized) return undefined;
  if (!socket.getPeerX509Certificate()) return undefined;
  return `client certificate not trusted (${String(socket.authorizationError)})`;
}
