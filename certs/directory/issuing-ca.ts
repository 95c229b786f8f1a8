import { createPublicKey, X509Certificate } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { writeFileAtomic } from '../keys/atomic-file.ts';
import type { SigningKey } from '../keys/types.ts';
import { createCertificateAuthority } from '../pki.ts';

const CA_COMMON_NAME = 'Open Banking Sandbox Directory Issuing CA';
const CA_ORGANISATION = 'Open Banking Sandbox';
const CA_VALIDITY_DAYS = 3650;
/**
 * Renewed (same key, same name) this long before expiry, so issued TPP certificates keep chaining.
 */
const CA_RENEW_BEFORE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const CA_FILE = 'ca.pem';
const CERT_FILE_MODE = 0o644;
const DIRECTORY_DIR_MODE = 0o700;

/**
 * The directory's CA certificate in `dir/ca.pem`, created on first use and reused while it
 * belongs to `signer` and is not near expiry. Replacing it keeps the key and the subject, so the
 * TPP certificates it issued still verify against the new one; only a new CA key (a fresh keystore
 * or token) makes earlier TPP certificates untrusted, and then the directory's SSA key is new too.
 * Two processes creating it at once each write a valid certificate for the same key: the last
 * atomic rename wins and both stay correct.
 */
export async function ensureIssuingCa(
  dir: string,
  signer: SigningKey,
): Promise<{ caCertPem: string; caCertPath: string }> {
  const caCertPath = join(dir, CA_FILE);
  const existing = await readIfExists(caCertPath);
  if (existing !== undefined && isUsable(existing, signer))
    return { caCertPem: existing, caCertPath };

  await mkdir(dir, { recursive: true, mode: DIRECTORY_DIR_MODE });
  const caCertPem = await createCertificateAuthority({
    commonName: CA_COMMON_NAME,
    organisation: CA_ORGANISATION,
    signer,
    validityDays: CA_VALIDITY_DAYS,
  });
  await writeFileAtomic(caCertPath, caCertPem, CERT_FILE_MODE);
  return { caCertPem, caCertPath };
}

function isUsable(pem: string, signer: SigningKey): boolean {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pem);
  } catch {
    return false;
  }
  return (
    certificate.ca &&
    // validTo as a string: X509Certificate#validToDate arrived after Node 20.
    new Date(certificate.validTo).getTime() - Date.now() > CA_RENEW_BEFORE_DAYS * DAY_MS &&
    createPublicKey({ key: signer.publicJwk, format: 'jwk' }).equals(certificate.publicKey)
  );
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
