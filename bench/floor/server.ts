/**
 * The floor each workload is compared with (issue 11): a bare node:https server on the platform's
 * TLS material, asking for a client certificate as the TPP host does, that does a request's
 * cryptography with node:crypto and nothing else. No framework, no database (except the payment
 * floor's one transfer statement), no replay store, no logging.
 *
 * - POST /token: verify the `private_key_jwt` client assertion against the client's registered
 *   key and the DPoP proof against its embedded key, then sign a PS256 JWT access token bound to
 *   the proof's key (`cnf.jkt`).
 * - /open-banking/...: verify that access token and the DPoP proof that comes with it (`htm`,
 *   `htu`, `ath`, `iat`, key thumbprint); a request with `x-jws-signature` also has its detached
 *   signature verified with the client's key and gets a signed answer, and a payment moves money
 *   in one statement (bench/floor/transfer.ts) when a database is configured.
 * - GET /health: TLS and HTTP alone.
 *
 * Started by bench/floor/launch.ts with its settings as JSON in FLOOR_SETTINGS; prints
 * "floor ready" once listening.
 */
import {
  createPublicKey,
  createHash,
  generateKeyPairSync,
  randomUUID,
  type JsonWebKey,
} from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import {
  decodeCompact,
  isAlg,
  jsonObject,
  jwkThumbprint,
  publicKeyCache,
  signCompact,
  signDetached,
  verifySignature,
  type Alg,
} from './jws.ts';
import { floorTransfers, type FloorTransfers } from './transfer.ts';

export interface FloorSettings {
  port: number;
  /**
   * The floor's own origin: the audience of client assertions, the `iss` of its tokens, DPoP `htu`.
   */
  origin: string;
  tls: { certPem: string; keyPem: string; clientCaPems: string[] };
  client: { clientId: string; publicJwk: JsonWebKey & { alg: Alg; kid?: string } };
  /**
   * PostgreSQL the payment floor writes to (bench/floor/transfer.ts); none: payments only verify
   * and sign.
   */
  databaseUrl?: string;
}

const BODY_BYTES_MAX = 64 * 1024;
const TOKEN_LIFETIME_SECONDS = 600;
const IAT_WINDOW_SECONDS = 60;
const PAYMENTS_PATH = '/open-banking/v3.1/pisp/domestic-payments';

const settings = JSON.parse(process.env.FLOOR_SETTINGS ?? '') as FloorSettings;
const clientKey = createPublicKey({ key: settings.client.publicJwk, format: 'jwk' });
const clientAlg = settings.client.publicJwk.alg;
// The floor's own signing key, generated per run: RSA 2048 as the platform's PS256 key.
const { privateKey: tokenKey, publicKey: tokenPublicKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
});
const proofKeys = publicKeyCache(1000);
const transfers: FloorTransfers | undefined = settings.databaseUrl
  ? await floorTransfers(settings.databaseUrl)
  : undefined;

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

const server = createServer(
  {
    cert: settings.tls.certPem,
    key: settings.tls.keyPem,
    ca: settings.tls.clientCaPems,
    minVersion: 'TLSv1.2',
    requestCert: true,
    rejectUnauthorized: false,
    keepAliveTimeout: 5_000,
  },
  (req, res) => {
    handle(req, res).catch((error: unknown) => {
      const refused = error instanceof Refused ? error : new Refused(500, String(error));
      send(res, refused.status, { error: refused.code });
    });
  },
);
server.listen(settings.port, '127.0.0.1', () => process.stdout.write('floor ready\n'));
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void (transfers?.close() ?? Promise.resolve()).finally(() => process.exit(0));
});

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0]!;
  if (path === '/health') return send(res, 200, { status: 'ok' });
  const body = await readBody(req);
  if (path === '/token' && req.method === 'POST') return send(res, 200, await token(req, body));
  if (!path.startsWith('/open-banking/')) throw new Refused(404, 'not_found');

  const accessToken = /^DPoP (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!accessToken) throw new Refused(401, 'invalid_token');
  const claims = await verifiedToken(accessToken);
  const proof = await verifiedProof(req, `${settings.origin}${path}`, accessToken);
  if (proof.jkt !== (claims.cnf as { jkt?: string } | undefined)?.jkt)
    throw new Refused(401, 'invalid_dpop_proof');

  const signature = req.headers['x-jws-signature'];
  if (typeof signature !== 'string')
    return send(res, req.method === 'POST' ? 201 : 200, resource(path));
  await verifyDetached(signature, body);
  if (transfers && path === PAYMENTS_PATH) await transfers.pay();
  const answer = Buffer.from(JSON.stringify(resource(path)));
  res.setHeader(
    'x-jws-signature',
    await signDetached('PS256', tokenKey, { typ: 'JOSE', cty: 'application/json' }, answer),
  );
  return send(res, 201, answer);
}

/** RFC 7523 client assertion and RFC 9449 proof in, a DPoP-bound PS256 JWT access token out. */
async function token(req: IncomingMessage, body: Buffer): Promise<Record<string, unknown>> {
  const form = new URLSearchParams(body.toString('utf8'));
  if (form.get('grant_type') !== 'client_credentials')
    throw new Refused(400, 'unsupported_grant_type');
  const assertion = decodeCompact(form.get('client_assertion') ?? '');
  if (!assertion || assertion.header.alg !== clientAlg) throw new Refused(401, 'invalid_client');
  const { iss, sub, aud, exp } = assertion.payload;
  const now = Math.floor(Date.now() / 1000);
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (
    iss !== settings.client.clientId ||
    sub !== iss ||
    !audiences.includes(settings.origin) ||
    typeof exp !== 'number' ||
    exp <= now
  ) {
    throw new Refused(401, 'invalid_client');
  }
  if (!(await verifySignature(clientAlg, clientKey, assertion.signingInput, assertion.signature)))
    throw new Refused(401, 'invalid_client');
  const proof = await verifiedProof(req, `${settings.origin}/token`, undefined);
  const scope = form.get('scope') ?? '';
  const accessToken = await signCompact(
    'PS256',
    tokenKey,
    { typ: 'at+jwt' },
    {
      iss: settings.origin,
      sub: settings.client.clientId,
      client_id: settings.client.clientId,
      aud: settings.origin,
      scope,
      jti: randomUUID(),
      iat: now,
      exp: now + TOKEN_LIFETIME_SECONDS,
      cnf: { jkt: proof.jkt },
    },
  );
  return {
    access_token: accessToken,
    token_type: 'DPoP',
    expires_in: TOKEN_LIFETIME_SECONDS,
    scope,
  };
}

async function verifiedToken(accessToken: string): Promise<Record<string, unknown>> {
  const jwt = decodeCompact(accessToken);
  if (jwt?.header.alg !== 'PS256') throw new Refused(401, 'invalid_token');
  if (!(await verifySignature('PS256', tokenPublicKey, jwt.signingInput, jwt.signature)))
    throw new Refused(401, 'invalid_token');
  const { iss, exp } = jwt.payload;
  if (iss !== settings.origin || typeof exp !== 'number' || exp <= Date.now() / 1000)
    throw new Refused(401, 'invalid_token');
  return jwt.payload;
}

/**
 * RFC 9449 section 4.3: typ, alg, embedded public key, signature, htm, htu, iat, jti, and ath with
 * a token.
 */
async function verifiedProof(
  req: IncomingMessage,
  htu: string,
  accessToken: string | undefined,
): Promise<{ jkt: string }> {
  const proof = decodeCompact(String(req.headers.dpop ?? ''));
  if (!proof) throw new Refused(400, 'invalid_dpop_proof');
  const { typ, alg, jwk } = proof.header;
  const key = proofKeys(jwk);
  if (typ !== 'dpop+jwt' || !isAlg(alg) || !key) throw new Refused(400, 'invalid_dpop_proof');
  const { htm, htu: claimedHtu, iat, jti, ath } = proof.payload;
  const now = Date.now() / 1000;
  if (
    htm !== req.method ||
    claimedHtu !== htu ||
    typeof iat !== 'number' ||
    Math.abs(iat - now) > IAT_WINDOW_SECONDS ||
    typeof jti !== 'string'
  ) {
    throw new Refused(400, 'invalid_dpop_proof');
  }
  if (
    accessToken !== undefined &&
    ath !== createHash('sha256').update(accessToken).digest('base64url')
  )
    throw new Refused(401, 'invalid_dpop_proof');
  if (!(await verifySignature(alg, key, proof.signingInput, proof.signature)))
    throw new Refused(400, 'invalid_dpop_proof');
  return { jkt: jwkThumbprint(jwk as JsonWebKey) };
}

async function verifyDetached(signature: string, body: Buffer): Promise<void> {
  const [protectedHeader = '', empty, encoded = ''] = signature.split('.');
  if (empty !== '' || jsonObject(protectedHeader)?.alg !== clientAlg)
    throw new Refused(400, 'signature_invalid');
  const signingInput = `${protectedHeader}.${body.toString('base64url')}`;
  if (
    !(await verifySignature(clientAlg, clientKey, signingInput, Buffer.from(encoded, 'base64url')))
  )
    throw new Refused(400, 'signature_invalid');
}

function resource(path: string): Record<string, unknown> {
  return {
    Data: { Id: randomUUID(), CreationDateTime: new Date().toISOString() },
    Links: { Self: `${settings.origin}${path}` },
    Meta: {},
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of req) {
    bytes += (chunk as Buffer).length;
    if (bytes > BODY_BYTES_MAX) throw new Refused(413, 'too_large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: Record<string, unknown> | Buffer): void {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': bytes.length,
    'cache-control': 'no-store',
  });
  res.end(bytes);
}
