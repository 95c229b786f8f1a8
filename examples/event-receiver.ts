/**
 * A TPP's event notification receiver (OB Event Notification API, POST /event-notifications): an
 * https server that accepts only the bank's client certificate (mutual TLS), verifies each
 * Security Event Token (RFC 8417) against the keys the bank publishes (discovery `jwks_uri`),
 * answers 202 (RFC 8935), and hands each event on once, however often the bank retries it.
 *
 *   npm run directory -- onboard --name "My App" --redirect-uri https://localhost:3000/cb --out ./my-app-kit
 *   node --import tsx examples/authorize.ts ./my-app-kit          # registers; saves registration.json
 *   npm run directory -- receiver-cert --kit ./my-app-kit          # receiver.pem / receiver.key for localhost
 *   node --import tsx examples/event-receiver.ts ./my-app-kit --port 9443
 * then subscribe with `CallbackUrl: "https://localhost:9443"` (`subscribeToEvents` below). Events
 * are printed as JSON lines. The bank's CA certificate is read as for the other examples
 * (BANK_CA_FILE, by default DATA_DIR/pki/ca.pem): it issued the bank's server and client
 * certificates.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createLocalJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import { Agent, fetch } from 'undici';
import { KitError, readKit } from './kit.ts';
import { callApi, signMessage, type AccessToken, type RegisteredTpp } from './tpp-client.ts';

/** RFC 8417 section 2.3. */
const SET_TYPE = 'secevent+jwt';
/** A SET is a few KiB; a larger body is refused before it is read whole. */
const BODY_BYTES_MAX = 64 * 1024;
/** jtis remembered to spot a retried event; the oldest are forgotten first. */
const SEEN_MAX = 10_000;
/**
 * The bank's keys are fetched again at most this often (a SET naming an unknown key asks for it).
 */
const KEYS_REFRESH_MS_MIN = 30_000;

export interface ReceivedEvent {
  /** The SET's claims: `jti`, `sub` (the resource's URL), `txn`, `toe`, `events`... */
  readonly claims: JWTPayload & {
    events: Record<string, { subject?: Record<string, unknown>; reason?: string }>;
  };
}

export interface EventReceiverOptions {
  /** The bank's issuer: SETs must be issued by it, with a key of its published JWKS. */
  readonly issuer: string;
  /** The client_id the bank registered this TPP under: the SETs' audience. */
  readonly clientId: string;
  /** The receiver's TLS server certificate and key (`npm run directory -- receiver-cert`). */
  readonly certPem: string;
  readonly keyPem: string;
  /**
   * The bank's CA: it issued the bank's server certificate and the client certificate it pushes
   * with.
   */
  readonly bankCaPem: string;
  readonly port?: number;
  readonly host?: string;
  /**
   * Each new event, once; a retry of an event already received is acknowledged and not passed on.
   */
  onEvent(event: ReceivedEvent): void | Promise<void>;
}

export interface EventReceiver {
  /** What to subscribe with (`CallbackUrl`); the bank adds `/event-notifications`. */
  readonly url: string;
  close(): Promise<void>;
}

/** RFC 8935 section 2.4: why a SET is refused, so the bank does not send it again. */
class SetRefused extends Error {
  constructor(
    readonly err: 'invalid_request' | 'invalid_key' | 'invalid_issuer' | 'invalid_audience',
    description: string,
  ) {
    super(description);
  }
}

export async function startEventReceiver(options: EventReceiverOptions): Promise<EventReceiver> {
  const verify = setVerifier(options);
  const seen = new Set<string>();
  const server: Server = createServer(
    // Mutual TLS: only a client certificate of the bank's CA gets as far as HTTP.
    {
      cert: options.certPem,
      key: options.keyPem,
      ca: options.bankCaPem,
      requestCert: true,
      rejectUnauthorized: true,
    },
    (req, res) => {
      const interactionId = req.headers['x-fapi-interaction-id'];
      res.setHeader(
        'x-fapi-interaction-id',
        typeof interactionId === 'string' ? interactionId : randomUUID(),
      );
      const answer = (status: number, body?: object) => {
        if (body) res.setHeader('content-type', 'application/json');
        res.writeHead(status).end(body && JSON.stringify(body));
      };
      if (
        req.method !== 'POST' ||
        !new URL(req.url ?? '/', 'https://receiver').pathname.endsWith('/event-notifications')
      )
        return answer(404);
      readBody(req)
        .then(async (body) => {
          if (!/^application\/(secevent\+)?jwt\b/i.test(req.headers['content-type'] ?? ''))
            throw new SetRefused('invalid_request', 'the body must be a SET (application/jwt)');
          const claims = await verify(body);
          // At least once from the bank: a jti already seen is acknowledged again and not handled
          // twice.
          if (!seen.has(claims.jti)) {
            remember(seen, claims.jti);
            await Promise.resolve(options.onEvent({ claims })).catch((error: unknown) => {
              seen.delete(claims.jti);
              throw error;
            });
          }
          answer(202);
        })
        .catch((error: unknown) => {
          if (error instanceof SetRefused)
            return answer(400, { err: error.err, description: error.message });
          answer(500);
        });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? 'localhost', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://${options.host ?? 'localhost'}:${port}`,
    close: () =>
      new Promise<void>((resolve) => server.close(() => resolve())).then(
        () => undefined,
        () => undefined,
      ),
  };
}

/**
 * Verifies a SET as RFC 8417 and the OB profile ask: compact JWS typed `secevent+jwt`, PS256 or
 * ES256 by a key of the bank's published JWKS, issued by the bank to this TPP, with a `jti`, an
 * `iat`, the time of the event and at least one event.
 */
function setVerifier(options: Pick<EventReceiverOptions, 'issuer' | 'clientId' | 'bankCaPem'>) {
  const dispatcher = new Agent({ connect: { ca: options.bankCaPem } });
  let keys: ReturnType<typeof createLocalJWKSet> | undefined;
  let fetchedAt = 0;
  const fetchKeys = async () => {
    const discovery = (await (
      await fetch(`${options.issuer}/.well-known/openid-configuration`, { dispatcher })
    ).json()) as { jwks_uri?: string };
    if (!discovery.jwks_uri) throw new Error('the bank publishes no jwks_uri');
    keys = createLocalJWKSet(
      (await (await fetch(discovery.jwks_uri, { dispatcher })).json()) as JSONWebKeySet,
    );
    fetchedAt = Date.now();
    return keys;
  };
  const verifyWith = (token: string, jwks: ReturnType<typeof createLocalJWKSet>) =>
    jwtVerify(token, jwks, {
      typ: SET_TYPE,
      algorithms: ['PS256', 'ES256'],
      issuer: options.issuer,
      audience: options.clientId,
      requiredClaims: ['jti', 'iat', 'sub', 'txn', 'toe', 'events'],
    });
  return async (token: string): Promise<ReceivedEvent['claims'] & { jti: string }> => {
    let verified: Awaited<ReturnType<typeof verifyWith>>;
    try {
      verified = await verifyWith(token, keys ?? (await fetchKeys())).catch(
        async (error: unknown) => {
          // A key the bank published since the last fetch (rotation).
          if (
            error instanceof joseErrors.JWKSNoMatchingKey &&
            Date.now() - fetchedAt > KEYS_REFRESH_MS_MIN
          )
            return verifyWith(token, await fetchKeys());
          throw error;
        },
      );
    } catch (error) {
      if (
        error instanceof joseErrors.JWKSNoMatchingKey ||
        error instanceof joseErrors.JWSSignatureVerificationFailed
      )
        throw new SetRefused('invalid_key', 'the SET is not signed by a key the bank publishes');
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'iss')
        throw new SetRefused('invalid_issuer', 'the SET is not issued by the bank');
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'aud')
        throw new SetRefused('invalid_audience', 'the SET is not addressed to this TPP');
      if (error instanceof joseErrors.JOSEError)
        throw new SetRefused('invalid_request', `the SET is malformed: ${error.message}`);
      throw error;
    }
    const { payload } = verified;
    const events = payload.events;
    if (
      typeof events !== 'object' ||
      events === null ||
      Array.isArray(events) ||
      Object.keys(events).length === 0
    ) {
      throw new SetRefused('invalid_request', 'the SET carries no events');
    }
    return payload as ReceivedEvent['claims'] & { jti: string };
  };
}

async function readBody(req: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > BODY_BYTES_MAX)
      throw new SetRefused('invalid_request', `the body exceeds ${BODY_BYTES_MAX} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('ascii').trim();
}

function remember(seen: Set<string>, jti: string): void {
  seen.add(jti);
  if (seen.size > SEEN_MAX) seen.delete(seen.values().next().value!);
}

// --- the TPP's calls to the bank's Events APIs
//   -----------------------------------------------------

/**
 * The OB versions whose Events APIs the bank serves: a subscription's `Version` is the version of
 * the API it is made through, and its SETs link the resources in that version (v4.0: the v4.0
 * link first, then v3.1's; v3.1 where a resource has no v4.0 path).
 */
export type EventsVersion = '3.1' | '4.0';

/** Where a version's Events APIs live. */
export function eventsApiPaths(version: EventsVersion): { subscriptions: string; events: string } {
  return {
    subscriptions: `/open-banking/v${version}/event-subscriptions`,
    events: `/open-banking/v${version}/events`,
  };
}

export const EVENT_SUBSCRIPTIONS_PATH = eventsApiPaths('3.1').subscriptions;
export const EVENTS_PATH = eventsApiPaths('3.1').events;

/**
 * OBEventSubscription1.Data: omit CallbackUrl to collect events by polling only, EventTypes for all
 * of them.
 */
export interface EventSubscriptionData {
  CallbackUrl?: string;
  Version: EventsVersion;
  EventTypes?: string[];
}

/**
 * Creates the TPP's event subscription (one per TPP) with a client-credentials token of any OB
 * scope, through the Events API of its `Version`; the request is signed (`x-jws-signature`), as
 * are the bank's answers.
 */
export async function subscribeToEvents(
  tpp: RegisteredTpp,
  token: AccessToken,
  data: EventSubscriptionData,
): Promise<Response> {
  const body = JSON.stringify({ Data: data });
  return callApi(tpp, token, 'POST', eventsApiPaths(data.Version).subscriptions, body, {
    'x-jws-signature': await signMessage(tpp.signer, body),
  });
}

/**
 * OBEventPolling1: acknowledge what was received (`ack`), report what could not be used
 * (`setErrs`), ask for more.
 */
export interface EventPolling {
  maxEvents?: number;
  returnImmediately?: boolean;
  ack?: string[];
  setErrs?: Record<string, { err: string; description: string }>;
}

/**
 * Aggregated polling: the answer's `sets` maps each jti to its SET (verify each as the receiver
 * does).
 */
export function pollEvents(
  tpp: RegisteredTpp,
  token: AccessToken,
  polling: EventPolling,
  version: EventsVersion = '3.1',
): Promise<Response> {
  return callApi(tpp, token, 'POST', eventsApiPaths(version).events, polling);
}

// --- command line
//   ----------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '9443' },
      host: { type: 'string', default: 'localhost' },
      'client-id': { type: 'string' },
    },
  });
  const [kitDir] = positionals;
  if (!kitDir)
    throw new KitError(
      'usage: node --import tsx examples/event-receiver.ts <kit-dir> [--port 9443] [--host localhost] [--client-id=<id>]',
    );
  const kit = await readKit(kitDir);
  const clientId =
    values['client-id'] ??
    (
      JSON.parse(await readFile(join(kitDir, 'registration.json'), 'utf8').catch(() => '{}')) as {
        client_id?: string;
      }
    ).client_id;
  if (!clientId)
    throw new KitError(
      'no client_id: register first (examples/authorize.ts saves registration.json) or pass --client-id',
    );
  const [certPem, keyPem] = await Promise.all(
    ['receiver.pem', 'receiver.key'].map((name) =>
      readFile(join(kitDir, name), 'utf8').catch(() => {
        throw new KitError(
          `no ${name} in ${kitDir}: npm run directory -- receiver-cert --kit ${kitDir}`,
        );
      }),
    ),
  );
  const receiver = await startEventReceiver({
    issuer: kit.issuer,
    clientId,
    certPem: certPem!,
    keyPem: keyPem!,
    bankCaPem: [kit.identity.bankCaPem].flat().join('\n'),
    port: Number(values.port),
    host: values.host,
    onEvent: ({ claims }) => console.log(JSON.stringify(claims)),
  });
  console.error(
    `Receiving event notifications for ${clientId} at ${receiver.url}/event-notifications (subscribe with CallbackUrl ${receiver.url})`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof KitError ? error.message : error);
    process.exit(1);
  });
}
