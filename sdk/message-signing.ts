/**
 * OB message signing (Read/Write API profile v3.1.11): the TPP's `x-jws-signature` on a request
 * body, and the check of the bank's on its answers. Detached JWS (RFC 7515 Appendix F) over the
 * exact body bytes, no `b64` header (OB v3.1.4 and later), the OB claims in the protected header
 * and listed in `crit`.
 */
import {
  createRemoteJWKSet,
  customFetch,
  decodeJwt,
  FlattenedSign,
  flattenedVerify,
  importJWK,
  type FlattenedVerifyGetKey,
  type JWK,
  type JWSHeaderParameters,
} from 'jose';
import { fetch as undiciFetch, type Dispatcher } from 'undici';

export const OB_IAT = 'http://openbanking.org.uk/iat';
export const OB_ISS = 'http://openbanking.org.uk/iss';
export const OB_TAN = 'http://openbanking.org.uk/tan';
export const OB_CRIT: readonly string[] = [OB_IAT, OB_ISS, OB_TAN];
/** Marks the OB claims as understood, for jose's `crit` processing when signing and verifying. */
const OB_CRIT_UNDERSTOOD = Object.fromEntries(OB_CRIT.map((claim) => [claim, true]));

/**
 * What the TPP signs its OB messages with: the directory kit's signing key and the claims naming
 * the TPP.
 */
export interface MessageSigner {
  key: CryptoKey;
  alg: string;
  /** The key's id in the software statement's JWKS: how the bank finds the key to verify with. */
  kid: string;
  /** `<org_id>/<software_id>`, from the software statement. */
  iss: string;
  /**
   * The trust anchor publishing the TPP's keys: the sandbox directory, on the bank issuer's host.
   */
  tan: string;
}

/**
 * The TPP's message signer from its kit (signing JWK and software statement), for the bank whose
 * issuer is given.
 */
export async function messageSigner(
  kit: { signingKeyJwk: JWK; ssa: string },
  issuer: string,
): Promise<MessageSigner> {
  const { alg, kid } = kit.signingKeyJwk;
  if (!alg || !kid)
    throw new Error('the signing JWK needs alg and kid (signing.jwk.json from the directory kit)');
  const { org_id: orgId, software_id: softwareId } = decodeJwt(kit.ssa);
  if (typeof orgId !== 'string' || typeof softwareId !== 'string')
    throw new Error('the software statement carries no org_id and software_id');
  return {
    key: (await importJWK(kit.signingKeyJwk, alg)) as CryptoKey,
    alg,
    kid,
    iss: `${orgId}/${softwareId}`,
    tan: new URL(issuer).hostname,
  };
}

/**
 * The `x-jws-signature` of a request body: send the very string signed. `header` adds or replaces
 * protected-header parameters; a TPP needs none (the tests send what the bank refuses).
 */
export async function signMessage(
  signer: MessageSigner,
  body: string,
  header: Record<string, unknown> = {},
): Promise<string> {
  const signed = await new FlattenedSign(new TextEncoder().encode(body))
    .setProtectedHeader({
      alg: signer.alg,
      kid: signer.kid,
      typ: 'JOSE',
      cty: 'application/json',
      [OB_IAT]: Math.floor(Date.now() / 1000),
      [OB_ISS]: signer.iss,
      [OB_TAN]: signer.tan,
      crit: [...OB_CRIT],
      ...header,
    })
    .sign(signer.key, { crit: OB_CRIT_UNDERSTOOD });
  return `${signed.protected}..${signed.signature}`;
}

/** The bank's identity and published keys, for checking the signatures on its answers. */
export interface BankSignatures {
  issuer: string;
  /** The bank's published keys: `bankSignatures` fetches them from its jwks_uri. */
  keys: FlattenedVerifyGetKey;
}

/**
 * The bank's keys from its `jwks_uri` (discovery), fetched through `dispatcher`; jose caches and
 * refreshes them.
 */
export function bankSignatures(
  issuer: string,
  jwksUri: string,
  dispatcher: Dispatcher,
): BankSignatures {
  const fetchJwks = (url: string, options: object) =>
    undiciFetch(url, { ...options, dispatcher } as Parameters<typeof undiciFetch>[1]);
  return {
    issuer,
    keys: createRemoteJWKSet(new URL(jwksUri), { [customFetch]: fetchJwks as never }),
  };
}

/**
 * Checks the bank's `x-jws-signature` on a response body (the exact text received): a detached JWS
 * by a key of the bank's published JWKS, naming the bank (`iss` its issuer, `tan` the issuer's
 * host). Returns the verified protected header; throws when it is missing or anything in it is off.
 */
export async function verifyBankSignature(
  bank: BankSignatures,
  signature: string | null,
  body: string,
): Promise<JWSHeaderParameters> {
  const parts = /^([A-Za-z0-9_-]+)\.\.([A-Za-z0-9_-]+)$/.exec(signature ?? '');
  if (!parts) throw new Error('the response carries no detached x-jws-signature');
  const { protectedHeader } = await flattenedVerify(
    {
      protected: parts[1]!,
      payload: Buffer.from(body, 'utf8').toString('base64url'),
      signature: parts[2]!,
    },
    bank.keys,
    { algorithms: ['PS256', 'ES256'], crit: OB_CRIT_UNDERSTOOD },
  );
  if (protectedHeader?.[OB_ISS] !== bank.issuer)
    throw new Error(`the response signature's ${OB_ISS} is not the bank's issuer ${bank.issuer}`);
  const tan = new URL(bank.issuer).hostname;
  if (protectedHeader[OB_TAN] !== tan)
    throw new Error(`the response signature's ${OB_TAN} is not ${tan}`);
  return protectedHeader;
}
