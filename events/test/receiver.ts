import { createServer, type Server } from 'node:https';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { decodeJwt } from 'jose';

/** One POST the receiver got, and how it answered. */
export interface ReceivedPush {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The SET as sent. */
  readonly token: string;
  readonly jti: string;
  /** Subject of the client certificate the bank presented (mutual TLS). */
  readonly clientCertificateSubject: string;
  readonly answer: Answer;
}

/** A status to answer with, or `hang`: read the request and never answer. */
export type Answer = number | 'hang';

export interface ScriptedReceiver {
  readonly url: string;
  readonly port: number;
  readonly pushes: ReceivedPush[];
  /** Pushes of one event, in arrival order. */
  pushesOf(jti: string): ReceivedPush[];
  close(): Promise<void>;
}

/**
 * A TPP endpoint for tests: node:https on loopback, requiring a client certificate of the bank's
 * CA, answering each push as `answer` says (given the push and how many of the same event came
 * before). Hung requests are cut when it closes.
 */
export async function scriptedReceiver(
  tls: { certPem: string; keyPem: string; bankCaPem: string },
  answer: (push: { jti: string; path: string }, earlier: number) => Answer,
): Promise<ScriptedReceiver> {
  const pushes: ReceivedPush[] = [];
  const hung: ServerResponse[] = [];
  const server: Server = createServer(
    {
      cert: tls.certPem,
      key: tls.keyPem,
      ca: tls.bankCaPem,
      requestCert: true,
      rejectUnauthorized: true,
    },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const token = Buffer.concat(chunks).toString('ascii');
        const jti = String(decodeJwt(token).jti);
        const path = req.url ?? '';
        const reply = answer({ jti, path }, pushes.filter((push) => push.jti === jti).length);
        const peer = (req.socket as TLSSocket).getPeerX509Certificate();
        pushes.push({
          path,
          headers: req.headers,
          token,
          jti,
          clientCertificateSubject: peer?.subject ?? '',
          answer: reply,
        });
        if (reply === 'hang') hung.push(res);
        else res.writeHead(reply).end();
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://localhost:${port}`,
    port,
    pushes,
    pushesOf: (jti) => pushes.filter((push) => push.jti === jti),
    async close() {
      for (const res of hung) res.socket?.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
