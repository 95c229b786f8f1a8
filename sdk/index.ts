/**
 * The bank's typed TypeScript SDK: openapi-fetch over the types openapi-typescript generated from
 * the served OpenAPI document (sdk/schema.ts, `npm run sdk:generate`), with what every call to the
 * TPP host needs wired in as middleware:
 *
 * - mutual TLS with the transport certificate (an undici Agent: `mtlsAgent`);
 * - the access token, with a DPoP proof per request (`ath`, one retry on `use_dpop_nonce`) when
 *   the token is DPoP-bound, or as `Bearer` when it is bound to the transport certificate;
 * - OB message signing: the TPP's `x-jws-signature` on the operations the document says carry one
 *   (SIGNED_OPERATIONS), and the bank's signature on its answers checked against its JWKS.
 *
 * Getting tokens (registration, PAR, code exchange) is OAuth, left to an OAuth client such as
 * openid-client (examples/tpp-client.ts).
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { Agent, fetch as undiciFetch, type Dispatcher } from 'undici';
import { dpopMiddleware, dpopProver } from './dpop.ts';
import {
  signMessage,
  verifyBankSignature,
  type BankSignatures,
  type MessageSigner,
} from './message-signing.ts';
import { SIGNED_OPERATIONS, type components, type operations, type paths } from './schema.ts';

export {
  bankSignatures,
  messageSigner,
  signMessage,
  verifyBankSignature,
  OB_CRIT,
  OB_IAT,
  OB_ISS,
  OB_TAN,
} from './message-signing.ts';
export type { BankSignatures, MessageSigner } from './message-signing.ts';
export { SIGNED_OPERATIONS };
export type { components, operations, paths };

/**
 * The transport certificate and key from the directory kit, and the CA of the bank's server
 * certificate (PEM).
 */
export interface Transport {
  certPem: string;
  keyPem: string;
  caPem: string | string[];
}

/**
 * An undici Agent presenting the transport certificate: share one per TPP, it pools the
 * connections.
 */
export function mtlsAgent(transport: Transport): Agent {
  return new Agent({
    connect: { ca: transport.caPem, cert: transport.certPem, key: transport.keyPem },
  });
}

/** An access token as the token endpoint issued it. */
export interface AccessToken {
  access_token: string;
  /** `DPoP` or `Bearer` (certificate-bound). */
  token_type: string;
}

/** The headers the SDK fills in, which the document marks as required on the operations. */
type FilledHeader = 'Authorization' | 'x-jws-signature';
type FilledHeaders<H> = Omit<H, FilledHeader> & { [K in FilledHeader & keyof H]?: H[K] };
type WithFilledHeaders<P> = P extends { header: infer H }
  ? Omit<P, 'header'> &
      // Whether every member is optional: `{} extends T` is the idiom.
      // biome-ignore lint/complexity/noBannedTypes: see above
      ({} extends Omit<H, FilledHeader>
        ? { header?: FilledHeaders<H> }
        : { header: FilledHeaders<H> })
  : P;
type WithFilledOperation<O> = O extends { parameters: infer P }
  ? Omit<O, 'parameters'> & { parameters: WithFilledHeaders<P> }
  : O;
/**
 * The document's paths, with `Authorization` and `x-jws-signature` optional: the middleware sets
 * them.
 */
export type BankPaths = {
  [Path in keyof paths]: {
    [Method in keyof paths[Path]]: Method extends 'parameters'
      ? paths[Path][Method]
      : WithFilledOperation<paths[Path][Method]>;
  };
};

export type BankClient = Client<BankPaths>;

export interface BankClientOptions {
  /** The TPP host, e.g. `https://localhost:8444`. */
  baseUrl: string;
  /** Carries the transport certificate (`mtlsAgent`). */
  dispatcher: Dispatcher;
  /** The token the calls carry: the token itself, or a function answering the current one. */
  token: AccessToken | (() => AccessToken);
  /** The DPoP key pair the token is bound to; required for a DPoP token. */
  dpopKeys?: CryptoKeyPair;
  /** Signs the requests of SIGNED_OPERATIONS. */
  signer?: MessageSigner;
  /**
   * Checks the bank's `x-jws-signature` on answers: required on the answers to signed requests,
   * checked wherever present.
   */
  bank?: BankSignatures;
  /**
   * Your own middleware, outermost: it sees each request as sent (signed, with its proof) and
   * each answer as finally received (after a DPoP nonce retry and the signature check).
   */
  middleware?: Middleware[];
}

/** A refusal of the bank's answer: its signature is missing or does not verify. */
export class BankSignatureError extends Error {}

/**
 * openapi-fetch hands a standard Request; undici's own fetch (the one taking a dispatcher) is
 * given its parts, and its Response is handed back as a standard one (openapi-fetch checks).
 */
function fetchThrough(dispatcher: Dispatcher): (request: Request) => Promise<Response> {
  return async (request) => {
    const body = request.body ? await request.arrayBuffer() : undefined;
    const answer = await undiciFetch(request.url, {
      method: request.method,
      headers: [...request.headers],
      body,
      dispatcher,
      redirect: 'manual',
    });
    return new Response(answer.body as ReadableStream | null, {
      status: answer.status,
      statusText: answer.statusText,
      headers: [...answer.headers],
    });
  };
}

function bearerMiddleware(accessToken: () => string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${accessToken()}`);
      return request;
    },
  };
}

function signingMiddleware(signer: MessageSigner): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      if (!SIGNED_OPERATIONS.has(`${request.method} ${schemaPath}`)) return undefined;
      request.headers.set(
        'x-jws-signature',
        await signMessage(signer, await request.clone().text()),
      );
      return request;
    },
  };
}

function bankSignatureMiddleware(bank: BankSignatures): Middleware {
  return {
    async onResponse({ request, response, schemaPath }) {
      const signature = response.headers.get('x-jws-signature');
      const body = await response.clone().text();
      if (!signature && (!SIGNED_OPERATIONS.has(`${request.method} ${schemaPath}`) || body === ''))
        return undefined;
      await verifyBankSignature(bank, signature, body).catch((error: Error) => {
        throw new BankSignatureError(
          `${request.method} ${schemaPath} (${response.status}): ${error.message}`,
        );
      });
      return undefined;
    },
  };
}

/** A typed client of the TPP host for one token (see the module's comment). */
export function createBankClient(options: BankClientOptions): BankClient {
  const token =
    typeof options.token === 'function' ? options.token : () => options.token as AccessToken;
  const client = createClient<BankPaths>({
    baseUrl: options.baseUrl,
    fetch: fetchThrough(options.dispatcher),
  });
  client.use(...(options.middleware ?? []));
  // Answers pass the middleware in reverse: the bank's signature is checked on the answer after any
  // DPoP retry.
  if (options.bank) client.use(bankSignatureMiddleware(options.bank));
  if (options.signer) client.use(signingMiddleware(options.signer));
  client.use(authorizationMiddleware(token, options.dpopKeys));
  return client;
}

function authorizationMiddleware(
  token: () => AccessToken,
  dpopKeys: CryptoKeyPair | undefined,
): Middleware {
  const accessToken = () => token().access_token;
  const dpop = dpopKeys && dpopMiddleware(dpopProver(dpopKeys), accessToken);
  const bearer = bearerMiddleware(accessToken);
  return {
    onRequest(params) {
      if (token().token_type.toLowerCase() !== 'dpop') return bearer.onRequest!(params);
      if (!dpop) throw new Error('a DPoP-bound token needs the DPoP key pair (dpopKeys)');
      return dpop.onRequest!(params);
    },
    onResponse(params) {
      return dpop?.onResponse?.(params);
    },
  };
}
