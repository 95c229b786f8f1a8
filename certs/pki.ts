import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  randomBytes,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { isIP, isIPv4, isIPv6 } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

import { writeFileAtomic } from './keys/atomic-file.ts';
import { ecdsaRawToDer } from './keys/ecdsa-signature.ts';
import type { KeyProvider, SigningKey } from './keys/types.ts';

/**
 * Certificates for the development PKI and the sandbox directory, built with pkijs and signed by
 * a key behind the key provider: the CA's private key never leaves it (an HSM under PKCS#11).
 */

const OID = {
  commonName: '2.5.4.3',
  country: '2.5.4.6',
  organisation: '2.5.4.10',
  organisationalUnit: '2.5.4.11',
  organizationIdentifier: '2.5.4.97',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

/** RFC 5280 section 4.2.1.3 bit positions. */
const KEY_USAGE_BIT = { digitalSignature: 0, keyCertSign: 5, cRLSign: 6 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Certificates start a little in the past so a peer whose clock runs behind still accepts them. */
const BACKDATE_MS = 5 * 60 * 1000;
const VALIDITY_DAYS_MAX = 3650 * 2;
const SERIAL_BYTES = 16;

export type CertificateUsage = 'server' | 'client';

export interface DistinguishedName {
  readonly commonName: string;
  /** ISO 3166 alpha-2, e.g. GB. */
  readonly country?: string;
  readonly organisation?: string;
  readonly organisationalUnit?: string;
  /** ETSI EN 319 412-1 (eIDAS QWAC/QSealC), e.g. PSDGB-FCA-123456. */
  readonly organizationIdentifier?: string;
}

export interface CertificateAuthorityOptions {
  readonly commonName: string;
  readonly organisation?: string;
  /** The CA key (ES256); it signs the CA certificate itself and everything the CA issues. */
  readonly signer: SigningKey;
  readonly validityDays: number;
}

export interface IssueCertificateOptions {
  readonly issuerCertPem: string;
  /**
   * The key of `issuerCertPem`; checked against it, so a mismatch fails here, not at a TLS peer.
   */
  readonly issuerSigner: SigningKey;
  readonly subject: DistinguishedName;
  /** The subject's key: a KeyObject (a private one is reduced to its public half) or SPKI DER. */
  readonly publicKey: KeyObject | Uint8Array;
  readonly dnsNames?: readonly string[];
  readonly ipAddresses?: readonly string[];
  readonly usage: CertificateUsage;
  readonly validityDays: number;
}

/** A self-signed root: CA:TRUE with pathLen 0, so it issues end-entity certificates only. */
export async function createCertificateAuthority(
  options: CertificateAuthorityOptions,
): Promise<string> {
  const subject = distinguishedName({
    commonName: options.commonName,
    organisation: options.organisation,
  });
  const publicKeyInfo = publicKeyInfoOf(
    createPublicKey({ key: options.signer.publicJwk, format: 'jwk' }),
  );
  const notBefore = new Date(Date.now() - BACKDATE_MS);
  return signCertificate(options.signer, {
    issuer: subject,
    subject,
    publicKeyInfo,
    notBefore,
    notAfter: addDays(notBefore, options.validityDays),
    extensions: [
      extension(
        OID.basicConstraints,
        true,
        new pkijs.BasicConstraints({ cA: true, pathLenConstraint: 0 }),
      ),
      extension(OID.keyUsage, true, keyUsage([KEY_USAGE_BIT.keyCertSign, KEY_USAGE_BIT.cRLSign])),
      extension(
        OID.subjectKeyIdentifier,
        false,
        new asn1js.OctetString({ valueHex: keyIdentifier(publicKeyInfo) }),
      ),
    ],
  });
}

/**
 * An end-entity certificate for TLS: a server (needs a DNS name or IP) or a client (mTLS, TPPs).
 */
export async function issueCertificate(options: IssueCertificateOptions): Promise<string> {
  const issuerX509 = new X509Certificate(options.issuerCertPem);
  if (!issuerX509.ca) throw new Error(`issuer ${issuerX509.subject} is not a CA certificate`);
  assertSignerHoldsKey(options.issuerSigner, issuerX509.publicKey);
  const issuer = pkijs.Certificate.fromBER(issuerX509.raw);

  const dnsNames = options.dnsNames ?? [];
  const ipAddresses = options.ipAddresses ?? [];
  if (options.usage === 'server' && dnsNames.length + ipAddresses.length === 0) {
    // TLS clients match the host against subjectAltName only (RFC 6125); the CN is ignored.
    throw new Error('a server certificate needs at least one DNS name or IP address');
  }
  const publicKeyInfo = publicKeyInfoOf(subjectPublicKey(options.publicKey));
  const notBefore = new Date(Date.now() - BACKDATE_MS);
  // A certificate valid beyond its issuer would fail path validation for the remainder.
  const notAfter = new Date(
    Math.min(addDays(notBefore, options.validityDays).getTime(), issuer.notAfter.value.getTime()),
  );

  const extensions = [
    extension(OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: false })),
    extension(OID.keyUsage, true, keyUsage([KEY_USAGE_BIT.digitalSignature])),
    extension(
      OID.extKeyUsage,
      false,
      new pkijs.ExtKeyUsage({
        keyPurposes: [options.usage === 'server' ? OID.serverAuth : OID.clientAuth],
      }),
    ),
    extension(
      OID.subjectKeyIdentifier,
      false,
      new asn1js.OctetString({ valueHex: keyIdentifier(publicKeyInfo) }),
    ),
    extension(
      OID.authorityKeyIdentifier,
      false,
      new pkijs.AuthorityKeyIdentifier({
        keyIdentifier: new asn1js.OctetString({ valueHex: issuerKeyIdentifier(issuer) }),
      }),
    ),
  ];
  if (dnsNames.length + ipAddresses.length > 0) {
    extensions.push(
      extension(
        OID.subjectAltName,
        false,
        new pkijs.AltName({
          altNames: [
            ...dnsNames.map((name) => new pkijs.GeneralName({ type: 2, value: dnsName(name) })),
            ...ipAddresses.map(
              (ip) =>
                new pkijs.GeneralName({
                  type: 7,
                  value: new asn1js.OctetString({ valueHex: ipAddressBytes(ip) }),
                }),
            ),
          ],
        }),
      ),
    );
  }

  return signCertificate(options.issuerSigner, {
    // The issuer's subject exactly as encoded in its certificate: name chaining compares bytes.
    issuer: issuer.subject,
    subject: distinguishedName(options.subject),
    publicKeyInfo,
    notBefore,
    notAfter,
    extensions,
  });
}

/**
 * RFC 8705 section 3.1 `x5t#S256`: base64url SHA-256 of the certificate's DER. Accepts PEM or DER.
 */
export function x5tS256(certificate: string | Uint8Array): string {
  // DER is hashed as given (callers pass X509Certificate.raw); only PEM needs parsing to reach it.
  const der = typeof certificate === 'string' ? new X509Certificate(certificate).raw : certificate;
  return createHash('sha256').update(der).digest('base64url');
}

// --- development PKI
//   ------------------------------------------------------------------------------

const DEV_CA_KEY_LABEL = 'dev-root-ca';
const DEV_CA_COMMON_NAME = 'Open Banking Sandbox Dev Root CA';
const DEV_ORGANISATION = 'Open Banking Sandbox';
const DEV_CA_VALIDITY_DAYS = 3650;
/** Server and client certificates of the dev CA. */
const DEV_LEAF_VALIDITY_DAYS = 365;
const DEV_CLIENT_COMMON_NAME = 'Open Banking Sandbox event notifications';
/**
 * Renewed this long before expiry, so a long-running developer machine never meets an expired one.
 */
const DEV_RENEW_BEFORE_DAYS = 30;
/** Always in the server certificate: what a developer's browser and the tests connect to. */
const DEV_LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const CERT_FILE_MODE = 0o644;
const KEY_FILE_MODE = 0o600;

export interface DevPkiOptions {
  /** Where the PEM files live, e.g. `.data/pki`; created with mode 0700. */
  readonly dir: string;
  /** Holds the CA key under the label `dev-root-ca`. */
  readonly keys: KeyProvider;
  /** DNS names and IP addresses the server certificate must cover, besides the loopback names. */
  readonly hostnames: readonly string[];
}

export interface DevPki {
  readonly caCertPem: string;
  /** What a developer imports into a browser or passes to curl --cacert. */
  readonly caCertPath: string;
  readonly serverCertPem: string;
  /** A plain P-256 key file: Node's TLS stack cannot use a key that stays inside an HSM. */
  readonly serverKeyPem: string;
  /** The bank as a TLS client (event notifications pushed to TPPs over mutual TLS). */
  readonly clientCertPem: string;
  readonly clientKeyPem: string;
}

/**
 * The development root CA, the TLS server certificate and the bank's TLS client certificate,
 * created on the first call and reused afterwards. The CA is replaced when its key in the provider
 * changed (a new keystore or token) or it nears expiry; the others when the CA changed, the host
 * names changed (server), or they near expiry. Files are replaced atomically, so a crash mid-way
 * leaves a usable or a regenerated set.
 */
export async function ensureDevPki(options: DevPkiOptions): Promise<DevPki> {
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const caCertPath = join(options.dir, 'ca.pem');
  const signer = await options.keys.getOrCreate(DEV_CA_KEY_LABEL, 'ES256');

  let caCertPem = await readIfExists(caCertPath);
  if (!caCertPem || !isUsableCa(caCertPem, signer)) {
    caCertPem = await createCertificateAuthority({
      commonName: DEV_CA_COMMON_NAME,
      organisation: DEV_ORGANISATION,
      signer,
      validityDays: DEV_CA_VALIDITY_DAYS,
    });
    await writeFileAtomic(caCertPath, caCertPem, CERT_FILE_MODE);
  }
  const ca = caCertPem;

  const names = [
    ...new Set([...DEV_LOOPBACK_NAMES, ...options.hostnames].map((name) => name.toLowerCase())),
  ];
  const server = await ensureIssued(
    { certPath: join(options.dir, 'server.pem'), keyPath: join(options.dir, 'server-key.pem') },
    (certPem, keyPem) =>
      isIssuedPair(certPem, keyPem, ca) && coversExactly(new X509Certificate(certPem), names),
    (publicKey) =>
      issueCertificate({
        issuerCertPem: ca,
        issuerSigner: signer,
        subject: {
          commonName: names.find((name) => !isIP(name)) ?? 'localhost',
          organisation: DEV_ORGANISATION,
        },
        publicKey,
        dnsNames: names.filter((name) => !isIP(name)),
        ipAddresses: names.filter((name) => isIP(name)),
        usage: 'server',
        validityDays: DEV_LEAF_VALIDITY_DAYS,
      }),
  );
  const client = await ensureIssued(
    { certPath: join(options.dir, 'client.pem'), keyPath: join(options.dir, 'client-key.pem') },
    (certPem, keyPem) => isIssuedPair(certPem, keyPem, ca),
    (publicKey) =>
      issueCertificate({
        issuerCertPem: ca,
        issuerSigner: signer,
        subject: { commonName: DEV_CLIENT_COMMON_NAME, organisation: DEV_ORGANISATION },
        publicKey,
        usage: 'client',
        validityDays: DEV_LEAF_VALIDITY_DAYS,
      }),
  );
  return {
    caCertPem,
    caCertPath,
    serverCertPem: server.certPem,
    serverKeyPem: server.keyPem,
    clientCertPem: client.certPem,
    clientKeyPem: client.keyPem,
  };
}

/**
 * A certificate of the dev CA and its P-256 key, kept in two files: reused while `usable` says so,
 * issued again with a new key otherwise.
 */
async function ensureIssued(
  files: { certPath: string; keyPath: string },
  usable: (certPem: string, keyPem: string) => boolean,
  issue: (publicKey: KeyObject) => Promise<string>,
): Promise<{ certPem: string; keyPem: string }> {
  const certPem = await readIfExists(files.certPath);
  const keyPem = await readIfExists(files.keyPath);
  if (certPem && keyPem && usable(certPem, keyPem)) return { certPem, keyPem };
  const { privateKey } = await promisify(generateKeyPair)('ec', { namedCurve: 'P-256' });
  const issued = {
    certPem: await issue(privateKey),
    keyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
  // Key first: a crash between the two writes leaves a key/certificate mismatch, which the next
  // call detects and repairs, rather than a certificate whose key is lost.
  await writeFileAtomic(files.keyPath, issued.keyPem, KEY_FILE_MODE);
  await writeFileAtomic(files.certPath, issued.certPem, CERT_FILE_MODE);
  return issued;
}

function isUsableCa(caCertPem: string, signer: SigningKey): boolean {
  const ca = parseCertificate(caCertPem);
  return ca?.ca === true && !nearExpiry(ca) && holdsKey(signer, ca.publicKey);
}

/** Issued and signed by the CA, not near expiry, and `keyPem` is its key. */
function isIssuedPair(certPem: string, keyPem: string, caCertPem: string): boolean {
  const certificate = parseCertificate(certPem);
  const ca = new X509Certificate(caCertPem);
  if (
    !certificate ||
    nearExpiry(certificate) ||
    !certificate.checkIssued(ca) ||
    !certificate.verify(ca.publicKey)
  ) {
    return false;
  }
  try {
    return certificate.checkPrivateKey(createPrivateKey(keyPem));
  } catch {
    return false;
  }
}

function coversExactly(certificate: X509Certificate, names: readonly string[]): boolean {
  const covered = subjectAltNames(certificate);
  const wanted = names.map((name) =>
    isIP(name) ? `ip:${ipAddressBytes(name).toString('hex')}` : `dns:${name}`,
  );
  return covered.size === wanted.length && wanted.every((name) => covered.has(name));
}

/** The SAN entries as `dns:<name>` and `ip:<hex bytes>`, so IPv6 spellings compare equal. */
function subjectAltNames(certificate: X509Certificate): Set<string> {
  const parsed = pkijs.Certificate.fromBER(certificate.raw);
  const san = parsed.extensions?.find(
    (candidate) => candidate.extnID === OID.subjectAltName,
  )?.parsedValue;
  const entries = new Set<string>();
  if (!(san instanceof pkijs.AltName)) return entries;
  for (const name of san.altNames) {
    if (name.type === 2) entries.add(`dns:${String(name.value).toLowerCase()}`);
    if (name.type === 7)
      entries.add(
        `ip:${Buffer.from((name.value as asn1js.OctetString).valueBlock.valueHexView).toString('hex')}`,
      );
  }
  return entries;
}

function parseCertificate(pem: string): X509Certificate | undefined {
  try {
    return new X509Certificate(pem);
  } catch {
    return undefined;
  }
}

function nearExpiry(certificate: X509Certificate): boolean {
  // Read with pkijs: X509Certificate.validToDate only exists from Node 22.
  const notAfter = pkijs.Certificate.fromBER(certificate.raw).notAfter.value;
  return notAfter.getTime() - Date.now() < DEV_RENEW_BEFORE_DAYS * DAY_MS;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

// --- certificate construction
//   ---------------------------------------------------------------------

interface TbsFields {
  readonly issuer: pkijs.RelativeDistinguishedNames;
  readonly subject: pkijs.RelativeDistinguishedNames;
  readonly publicKeyInfo: pkijs.PublicKeyInfo;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly extensions: pkijs.Extension[];
}

/**
 * pkijs's own sign() wants a WebCrypto private key; the key provider only signs bytes. So the
 * TBSCertificate is encoded here and its signature, r||s from the provider, converted to the DER
 * that X.509 carries (RFC 5758 section 3.2: ecdsa-with-SHA256, parameters absent).
 */
async function signCertificate(signer: SigningKey, fields: TbsFields): Promise<string> {
  if (signer.alg !== 'ES256')
    throw new Error(
      `certificates are signed with ES256 keys only, "${signer.label}" is ${signer.alg}`,
    );
  const algorithm = () => new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 });
  const certificate = new pkijs.Certificate({
    version: 2,
    serialNumber: new asn1js.Integer({ valueHex: serialNumber() }),
    signature: algorithm(),
    issuer: fields.issuer,
    subject: fields.subject,
    notBefore: certificateTime(fields.notBefore),
    notAfter: certificateTime(fields.notAfter),
    subjectPublicKeyInfo: fields.publicKeyInfo,
    extensions: fields.extensions,
    signatureAlgorithm: algorithm(),
  });
  certificate.tbsView = new Uint8Array(certificate.encodeTBS().toBER());
  const signature = ecdsaRawToDer(await signer.sign(certificate.tbsView));
  certificate.signatureValue = new asn1js.BitString({ valueHex: signature });
  return toPem(certificate.toSchema().toBER());
}

/** RFC 5280 section 4.1.2.2: positive, unique, unpredictable; at most 20 octets. */
function serialNumber(): Uint8Array {
  const serial = randomBytes(SERIAL_BYTES);
  // Top bit clear keeps the INTEGER positive; the next bit set keeps its DER at exactly 16 octets.
  serial[0] = (serial[0]! & 0x7f) | 0x40;
  return serial;
}

/** RFC 5280 section 4.1.2.5: UTCTime through 2049, GeneralizedTime after; whole seconds only. */
function certificateTime(date: Date): pkijs.Time {
  const value = new Date(Math.floor(date.getTime() / 1000) * 1000);
  const type =
    value.getUTCFullYear() < 2050 ? pkijs.TimeType.UTCTime : pkijs.TimeType.GeneralizedTime;
  return new pkijs.Time({ type, value });
}

function addDays(date: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 1 || days > VALIDITY_DAYS_MAX) {
    throw new RangeError(
      `validityDays must be an integer from 1 to ${VALIDITY_DAYS_MAX}, got ${days}`,
    );
  }
  return new Date(date.getTime() + days * DAY_MS);
}

function distinguishedName(name: DistinguishedName): pkijs.RelativeDistinguishedNames {
  if (!name.commonName) throw new Error('a certificate subject needs a commonName');
  if (name.country !== undefined && !/^[A-Z]{2}$/.test(name.country)) {
    throw new Error(
      `country must be an ISO 3166 alpha-2 code, got ${JSON.stringify(name.country)}`,
    );
  }
  // Most general first, the order X.500 names and the OB directory's certificates use.
  const attributes: [string, string | undefined][] = [
    [OID.country, name.country],
    [OID.organisation, name.organisation],
    [OID.organisationalUnit, name.organisationalUnit],
    [OID.organizationIdentifier, name.organizationIdentifier],
    [OID.commonName, name.commonName],
  ];
  const rdnSequence = new asn1js.Sequence({
    value: attributes
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(
        ([type, value]) =>
          new asn1js.Set({
            value: [
              new pkijs.AttributeTypeAndValue({
                type,
                // RFC 5280 section 4.1.2.4: countryName is PrintableString, the rest UTF8String.
                value:
                  type === OID.country
                    ? new asn1js.PrintableString({ value })
                    : new asn1js.Utf8String({ value }),
              }).toSchema(),
            ],
          }),
      ),
  });
  // One attribute per RDN. pkijs would put all of them in a single multi-valued RDN
  // (C=GB + O=... + CN=...), so the Name is encoded here and pkijs keeps these exact bytes.
  return pkijs.RelativeDistinguishedNames.fromBER(rdnSequence.toBER());
}

function extension(
  extnID: string,
  critical: boolean,
  value: { toSchema(): asn1js.BaseBlock } | asn1js.BaseBlock,
): pkijs.Extension {
  const encoded = value instanceof asn1js.BaseBlock ? value.toBER() : value.toSchema().toBER();
  return new pkijs.Extension({ extnID, critical, extnValue: encoded });
}

/** DER BIT STRING of named bits: trailing zero bits are dropped (X.690 section 11.2.2). */
function keyUsage(bits: readonly number[]): asn1js.BitString {
  const highest = Math.max(...bits);
  const bytes = new Uint8Array(Math.floor(highest / 8) + 1);
  for (const bit of bits) bytes[Math.floor(bit / 8)]! |= 0x80 >> (bit % 8);
  return new asn1js.BitString({ valueHex: bytes, unusedBits: 7 - (highest % 8) });
}

/**
 * RFC 7093 section 2 method 1: the leftmost 160 bits of the SHA-256 of the subjectPublicKey bits.
 */
function keyIdentifier(publicKeyInfo: pkijs.PublicKeyInfo): Uint8Array {
  const hash = createHash('sha256')
    .update(publicKeyInfo.subjectPublicKey.valueBlock.valueHexView)
    .digest();
  return new Uint8Array(hash.subarray(0, 20));
}

/** The issuer's own subjectKeyIdentifier when it has one: path builders match AKI against it. */
function issuerKeyIdentifier(issuer: pkijs.Certificate): Uint8Array {
  const ski = issuer.extensions?.find(
    (candidate) => candidate.extnID === OID.subjectKeyIdentifier,
  )?.parsedValue;
  return ski instanceof asn1js.OctetString
    ? ski.valueBlock.valueHexView
    : keyIdentifier(issuer.subjectPublicKeyInfo);
}

function publicKeyInfoOf(publicKey: KeyObject): pkijs.PublicKeyInfo {
  return pkijs.PublicKeyInfo.fromBER(publicKey.export({ format: 'der', type: 'spki' }));
}

/**
 * Subject keys are limited to what TLS peers and FAPI accept: EC P-256/P-384 or RSA of 2048+ bits.
 */
function subjectPublicKey(input: KeyObject | Uint8Array): KeyObject {
  const key =
    input instanceof Uint8Array
      ? createPublicKey({ key: Buffer.from(input), format: 'der', type: 'spki' })
      : input.type === 'private'
        ? createPublicKey(input)
        : input;
  const details = key.asymmetricKeyDetails ?? {};
  const acceptable =
    key.type === 'public' &&
    ((key.asymmetricKeyType === 'ec' &&
      ['prime256v1', 'secp384r1'].includes(details.namedCurve ?? '')) ||
      (key.asymmetricKeyType === 'rsa' && (details.modulusLength ?? 0) >= 2048));
  if (!acceptable) {
    throw new Error(
      `unsupported subject key: ${key.asymmetricKeyType} ${details.namedCurve ?? details.modulusLength ?? ''}`.trim(),
    );
  }
  return key;
}

function assertSignerHoldsKey(signer: SigningKey, issuerPublicKey: KeyObject): void {
  if (!holdsKey(signer, issuerPublicKey)) {
    throw new Error(`key "${signer.label}" is not the key of the issuer certificate`);
  }
}

function holdsKey(signer: SigningKey, publicKey: KeyObject): boolean {
  return createPublicKey({ key: signer.publicJwk, format: 'jwk' }).equals(publicKey);
}

const DNS_NAME_PATTERN =
  /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

function dnsName(name: string): string {
  if (!DNS_NAME_PATTERN.test(name) || name.length > 253)
    throw new Error(`not a DNS name: ${JSON.stringify(name)}`);
  return name.toLowerCase();
}

/** The 4 or 16 octets a subjectAltName iPAddress holds (RFC 5280 section 4.2.1.6). */
function ipAddressBytes(ip: string): Buffer {
  if (isIPv4(ip)) return Buffer.from(ip.split('.').map(Number));
  if (!isIPv6(ip) || ip.includes('%')) throw new Error(`not an IP address: ${JSON.stringify(ip)}`);
  // A dotted IPv4 tail (::ffff:192.0.2.1) stands for the last two groups.
  const text = ip.replace(
    /(\d+)\.(\d+)\.(\d+)\.(\d+)$/,
    (_, a, b, c, d) =>
      `${((Number(a) << 8) | Number(b)).toString(16)}:${((Number(c) << 8) | Number(d)).toString(16)}`,
  );
  const groups = (part: string) =>
    part === '' ? [] : part.split(':').map((group) => parseInt(group, 16));
  // isIPv6 has checked the syntax, including that "::" occurs at most once.
  const [head = '', tail] = text.split('::');
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all =
    tail === undefined
      ? left
      : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  const bytes = Buffer.alloc(16);
  for (const [index, group] of all.entries()) bytes.writeUInt16BE(group, index * 2);
  return bytes;
}

function toPem(der: ArrayBuffer): string {
  const lines =
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
