/**
 * OB message signing (Read/Write API profile v3.1.11, "Message Signing"): the `x-jws-signature`
 * header is a detached JWS (RFC 7515 Appendix F) over the exact body bytes. Since v3.1.4 the
 * payload is base64url-encoded as in any JWS: the JOSE header must not carry `b64`, and `crit`
 * names exactly the three OB claims below.
 */
import { flattenedVerify, importJWK, type JWK } from 'jose';
import type { Knex } from 'knex';
import { findClientIdentity, SIGNING_KEYS } from '../authz/index.ts';
import { signDetachedJws, type SigningKey } from '../certs/index.ts';
import { errorDocsUrl } from '../edge/index.ts';
import type { ApiDeps } from './api.ts';
import { errorHandler, type ErrorHandlerOptions } from './error-handler.ts';
import { importedKeys } from './imported-keys.ts';
import {
  SignatureInvalid,
  SignatureInvalidClaim,
  SignatureMalformed,
  SignatureMissing,
  SignatureMissingClaim,
} from './errors.ts';
import { step, type Step } from './pipeline.ts';
import { guarded, type ResourceMiddleware } from './state.ts';

export const OB_IAT = 'http://openbanking.org.uk/iat';
export const OB_ISS = 'http://openbanking.org.uk/iss';
export const OB_TAN = 'http://openbanking.org.uk/tan';
export const OB_CRIT: readonly string[] = [OB_IAT, OB_ISS, OB_TAN];

/** FAPI 2.0 section 5.4, as everywhere else on the platform. */
const MESSAGE_SIGNING_ALGS: readonly string[] = ['PS256', 'ES256'];

/** A signature dated later than this past our clock is refused: clocks drift, not by minutes. */
const IAT_FUTURE_SKEW_SECONDS = 60;
/** A JOSE header is a few hundred bytes; the bound stops a huge header being decoded. */
const SIGNATURE_CHARS_MAX = 8192;
/** TPPs sign every POST with the same registered key: imported keys are kept (imported-keys.ts). */
const IMPORTED_KEYS_MAX = 1000;
const registeredKeys = importedKeys<Awaited<ReturnType<typeof importJWK>>>(IMPORTED_KEYS_MAX);

/** Who signs (or must have signed): the OB `iss` and `tan` claims. */
interface Signer {
  /** `<org_id>/<software_id>` for a TPP; the bank's own identifier for the bank. */
  iss: string;
  /** Domain name of the trust anchor that publishes the signer's public key. */
  tan: string;
}

/** What a TPP's signatures are checked against: its registered identity and public keys. */
export interface TppSigningKeys extends Signer {
  keys: readonly JWK[];
}

/**
 * Signs a response body for the `x-jws-signature` header with a key behind the key provider;
 * `alg` and `kid` come from the key.
 */
export function signMessage(
  key: SigningKey,
  signer: Signer,
  body: Uint8Array,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<string> {
  return signDetachedJws(
    key,
    {
      typ: 'JOSE',
      cty: 'application/json',
      [OB_IAT]: nowSeconds,
      [OB_ISS]: signer.iss,
      [OB_TAN]: signer.tan,
      crit: [...OB_CRIT],
    },
    body,
  );
}

/**
 * Verifies a TPP's `x-jws-signature` over the body bytes as received (OB "Process for Verifying a
 * Signature"): header shape, JOSE claims, then the signature with the registered key named by
 * `kid`. Throws the UK.OBIE.Signature.* error naming what is wrong.
 */
export async function verifyMessage(
  signature: string | undefined,
  body: Uint8Array,
  expected: TppSigningKeys,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<void> {
  if (signature === undefined || signature === '') throw new SignatureMissing();
  if (signature.length > SIGNATURE_CHARS_MAX)
    throw new SignatureMalformed(`the x-jws-signature exceeds ${SIGNATURE_CHARS_MAX} characters`);
  const parts = /^([A-Za-z0-9_-]+)\.\.([A-Za-z0-9_-]+)$/.exec(signature);
  if (!parts)
    throw new SignatureMalformed(
      'the x-jws-signature must be a detached JWS: <protected header>..<signature>',
    );
  const [, encodedHeader, encodedSignature] = parts as unknown as [string, string, string];
  const header = decodeHeader(encodedHeader);
  const key = checkHeader(header, expected, nowSeconds);
  const alg = header.alg as string;
  const verificationKey = await registeredKeys
    .get(alg, key, () => importJWK(key, alg))
    .catch(() => {
      throw new SignatureInvalid(
        `the registered key ${String(header.kid)} cannot verify ${String(header.alg)} signatures`,
      );
    });
  try {
    await flattenedVerify(
      {
        protected: encodedHeader,
        payload: Buffer.from(body).toString('base64url'),
        signature: encodedSignature,
      },
      verificationKey,
      {
        algorithms: [header.alg as string],
        crit: Object.fromEntries(OB_CRIT.map((claim) => [claim, true])),
      },
    );
  } catch {
    throw new SignatureInvalid(
      'the x-jws-signature does not verify over the request body with the registered key',
    );
  }
}

function decodeHeader(encoded: string): Record<string, unknown> {
  let header: unknown;
  try {
    header = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw new SignatureMalformed(
      'the JOSE header of the x-jws-signature is not base64url-encoded JSON',
    );
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    throw new SignatureMalformed('the JOSE header of the x-jws-signature is not a JSON object');
  }
  return header as Record<string, unknown>;
}

/** The JOSE header checks of the OB profile; returns the registered key the header names. */
function checkHeader(
  header: Record<string, unknown>,
  expected: TppSigningKeys,
  nowSeconds: number,
): JWK {
  for (const claim of ['alg', 'kid', 'crit', OB_IAT, OB_ISS, OB_TAN]) {
    if (header[claim] === undefined) throw new SignatureMissingClaim(claim);
  }
  if (typeof header.alg !== 'string' || !MESSAGE_SIGNING_ALGS.includes(header.alg)) {
    throw new SignatureInvalidClaim(`alg must be ${MESSAGE_SIGNING_ALGS.join(' or ')}`, 'alg');
  }
  if (header.b64 !== undefined)
    throw new SignatureInvalidClaim('b64 must not be present (OB v3.1.4 and later)', 'b64');
  if (header.typ !== undefined && header.typ !== 'JOSE')
    throw new SignatureInvalidClaim('typ, when present, must be "JOSE"', 'typ');
  if (header.cty !== undefined && header.cty !== 'json' && header.cty !== 'application/json') {
    throw new SignatureInvalidClaim(
      'cty, when present, must be "json" or "application/json"',
      'cty',
    );
  }
  const crit = header.crit;
  if (
    !Array.isArray(crit) ||
    crit.length !== OB_CRIT.length ||
    !OB_CRIT.every((claim) => crit.includes(claim))
  ) {
    throw new SignatureInvalidClaim(`crit must list exactly ${OB_CRIT.join(', ')}`, 'crit');
  }
  const iat = header[OB_IAT];
  if (typeof iat !== 'number' || !Number.isInteger(iat) || iat <= 0) {
    throw new SignatureInvalidClaim(`${OB_IAT} must be a NumericDate`, OB_IAT);
  }
  if (iat > nowSeconds + IAT_FUTURE_SKEW_SECONDS)
    throw new SignatureInvalidClaim(`${OB_IAT} lies in the future`, OB_IAT);
  if (header[OB_ISS] !== expected.iss) {
    throw new SignatureInvalidClaim(
      `${OB_ISS} must be the TPP's organisation and software ids, ${expected.iss}`,
      OB_ISS,
    );
  }
  if (header[OB_TAN] !== expected.tan)
    throw new SignatureInvalidClaim(`${OB_TAN} must be ${expected.tan}`, OB_TAN);
  if (typeof header.kid !== 'string')
    throw new SignatureInvalidClaim('kid must be a string', 'kid');
  const key = expected.keys.find(
    (jwk) => jwk.kid === header.kid && (jwk.use === undefined || jwk.use === 'sig'),
  );
  if (!key)
    throw new SignatureInvalid(
      `kid ${header.kid} is not a signing key in the TPP's registered JWKS`,
    );
  if (key.alg !== undefined && key.alg !== header.alg) {
    throw new SignatureInvalidClaim(
      `the registered key ${header.kid} is for ${key.alg}, not ${header.alg}`,
      'alg',
    );
  }
  return key;
}

/** The OB signing identity and keys of a client, as registered from its software statement. */
async function findTppSigningKeys(
  knex: Knex,
  clientId: string,
  trustAnchor: string,
): Promise<TppSigningKeys | undefined> {
  const client = await findClientIdentity(knex, clientId);
  // A client registered with jwks_uri has no inline keys: its signatures cannot verify here.
  return (
    client && { iss: `${client.orgId}/${client.softwareId}`, tan: trustAnchor, keys: client.keys }
  );
}

/**
 * Signs every JSON body the wrapped endpoint answers, success or OB error alike (the OB documents
 * give both an `x-jws-signature` header). An object body is serialised here, a string body is taken
 * as the JSON text to send, so the signature covers the exact bytes sent; the error handler runs
 * inside, so refusals reach the signer as bodies too.
 */
function signedResponses(
  sign: (body: Uint8Array) => Promise<string>,
  errors: ErrorHandlerOptions,
): ResourceMiddleware[] {
  const signer: ResourceMiddleware = async (ctx, next) => {
    await next();
    const body: unknown = ctx.body;
    if (
      body === null ||
      body === undefined ||
      Buffer.isBuffer(body) ||
      (typeof body !== 'object' && typeof body !== 'string')
    )
      return;
    // A string is JSON text already (a stored response replayed byte for byte).
    const bytes = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
    ctx.set('x-jws-signature', await sign(bytes));
    ctx.body = bytes;
    ctx.type = 'application/json; charset=utf-8';
  };
  return [signer, errorHandler(errors) as ResourceMiddleware];
}

/**
 * The bank signs with the authorization server's first key, the one its `/jwks` publishes first.
 */
const BANK_SIGNING_KEY = SIGNING_KEYS[0];

/**
 * OB message signing for a group of endpoints (the payment APIs): TPP requests verified, bank
 * answers signed.
 */
export interface MessageSigning {
  /**
   * Put before the guard: every answer with a body, refusals included, is signed with the bank's
   * key.
   */
  signed: ResourceMiddleware[];
  /**
   * Put after the body step: verifies the request's `x-jws-signature` over the body bytes as
   * received with the calling TPP's registered keys; `ctx.state.signedBy` is the TPP's OB `iss`.
   */
  verified: Step<{ signedBy: string }>;
}

export function messageSigning(
  deps: Pick<ApiDeps, 'knex' | 'keys' | 'logger' | 'issuer'>,
): MessageSigning {
  // The sandbox directory that vouches for TPP keys, and the bank's own JWKS, are both published
  // on the issuer's host: it is the trust anchor of every signature here.
  const trustAnchor = new URL(deps.issuer).hostname;
  const bank: Signer = { iss: deps.issuer, tan: trustAnchor };
  return {
    signed: signedResponses(
      async (body) =>
        signMessage(
          await deps.keys.getOrCreate(BANK_SIGNING_KEY.label, BANK_SIGNING_KEY.alg),
          bank,
          body,
        ),
      { logger: deps.logger, errorDocs: errorDocsUrl(deps.issuer) },
    ),
    verified: step(async (ctx, next) => {
      const { clientId } = guarded(ctx).token;
      const { body } = ctx.state;
      if (!body) throw new Error('signature checked before the body step');
      const tpp = await findTppSigningKeys(deps.knex, clientId, trustAnchor);
      if (!tpp) throw new Error(`active token of client ${clientId}, which has no registration`);
      await verifyMessage(ctx.get('x-jws-signature') || undefined, body.raw, tpp);
      ctx.state.signedBy = tpp.iss;
      await next();
    }),
  };
}
