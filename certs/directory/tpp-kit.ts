import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { JWK } from 'jose';

import type { SigningAlg } from '../keys/types.ts';
import { DirectoryInputError, type SoftwareRole } from './onboarding-input.ts';

/** Everything a TPP needs to register with the bank, as handed over by the sandbox directory. */
export interface TppKit {
  readonly orgId: string;
  readonly softwareId: string;
  readonly orgName: string;
  readonly clientName: string;
  readonly redirectUris: readonly string[];
  readonly roles: readonly SoftwareRole[];
  /** Transport (mTLS client) certificate issued by the directory CA, PEM. */
  readonly transportCertPem: string;
  /** Its private key, PKCS#8 PEM. */
  readonly transportKeyPem: string;
  /** The TPP's private signing key, with `kid`, `alg` and `use: 'sig'`. */
  readonly signingKeyJwk: JWK;
  /** The TPP's public JWKS: what the SSA carries inline, or what to publish at `jwksUri`. */
  readonly jwks: { readonly keys: readonly JWK[] };
  /** The software statement assertion (compact JWT) to send in the registration request. */
  readonly ssa: string;
  /** When the SSA stops being accepted (`exp`). */
  readonly ssaExpiresAt: Date;
}

/** The bank a kit is for; written into `tpp.json` and the README so the next step is concrete. */
export interface BankEndpoints {
  /** The authorization server's issuer (browser host). */
  readonly issuer: string;
  /** The TPP host (mTLS): registration, token, resource APIs. */
  readonly tppBaseUrl: string;
}

const SECRET_FILE_MODE = 0o600;
const PUBLIC_FILE_MODE = 0o644;
/** The kit holds private keys: only the owner may list or enter its directory. */
const KIT_DIR_MODE = 0o700;

export const KIT_FILES = {
  transportCert: 'transport.pem',
  transportKey: 'transport.key',
  signingKey: 'signing.jwk.json',
  jwks: 'jwks.json',
  ssa: 'ssa.jwt',
  details: 'tpp.json',
  readme: 'README.txt',
  gitignore: '.gitignore',
} as const;

/** A kit made inside a repository stays out of its commits: `git add .` skips every file here. */
const KIT_GITIGNORE = '# A directory kit holds private keys: never commit it.\n*\n';

/** Placeholders when the directory is used without a bank (the CLI always knows the bank). */
const UNKNOWN_BANK: BankEndpoints = {
  issuer: 'https://<bank issuer, e.g. https://localhost:8443>',
  tppBaseUrl: 'https://<bank TPP host, e.g. https://localhost:8444>',
};

/**
 * Refuses a directory that already holds any kit file: its keys may be the only copy of a
 * registered client's credentials. Called before anything is generated, so a refusal costs nothing.
 */
export async function assertKitDirFree(outDir: string): Promise<void> {
  for (const name of Object.values(KIT_FILES)) {
    if (await exists(join(outDir, name))) {
      throw new DirectoryInputError(
        'outDir',
        `${join(outDir, name)} already exists: choose a new directory for this kit`,
      );
    }
  }
}

/**
 * Writes the kit as files, private keys 0600; 'wx' never replaces a file that appeared meanwhile.
 */
export async function writeTppKit(
  outDir: string,
  kit: TppKit,
  bank: BankEndpoints | undefined,
): Promise<void> {
  const endpoints = bank ?? UNKNOWN_BANK;
  const files: Array<[name: string, content: string, mode: number]> = [
    [KIT_FILES.transportCert, kit.transportCertPem, PUBLIC_FILE_MODE],
    [KIT_FILES.transportKey, kit.transportKeyPem, SECRET_FILE_MODE],
    [KIT_FILES.signingKey, json(kit.signingKeyJwk), SECRET_FILE_MODE],
    [KIT_FILES.jwks, json(kit.jwks), PUBLIC_FILE_MODE],
    [KIT_FILES.ssa, `${kit.ssa}\n`, PUBLIC_FILE_MODE],
    [KIT_FILES.details, json(details(kit, endpoints)), PUBLIC_FILE_MODE],
    [KIT_FILES.readme, readme(kit, endpoints), PUBLIC_FILE_MODE],
    [KIT_FILES.gitignore, KIT_GITIGNORE, PUBLIC_FILE_MODE],
  ];
  await mkdir(outDir, { recursive: true, mode: KIT_DIR_MODE });
  for (const [name, content, mode] of files) {
    await writeFile(join(outDir, name), content, { mode, flag: 'wx' });
  }
}

function details(kit: TppKit, bank: BankEndpoints) {
  return {
    orgId: kit.orgId,
    orgName: kit.orgName,
    softwareId: kit.softwareId,
    clientName: kit.clientName,
    redirectUris: kit.redirectUris,
    roles: kit.roles,
    signingAlg: kit.signingKeyJwk.alg as SigningAlg,
    signingKid: kit.signingKeyJwk.kid,
    ssaExpiresAt: kit.ssaExpiresAt.toISOString(),
    issuer: bank.issuer,
    tppBaseUrl: bank.tppBaseUrl,
    registrationEndpoint: registrationEndpoint(bank),
  };
}

/** The RFC 7591 endpoint on the TPP host; discovery lists it in `mtls_endpoint_aliases`. */
export function registrationEndpoint(bank: BankEndpoints): string {
  return `${bank.tppBaseUrl}/reg`;
}

function readme(kit: TppKit, bank: BankEndpoints): string {
  return `Sandbox TPP kit: ${kit.clientName}

Organisation id: ${kit.orgId}
Software id:     ${kit.softwareId}
Roles:           ${kit.roles.join(', ')}

Files
${fileList(kit)}

Register (RFC 7591)
  1. Read the bank's discovery document: ${bank.issuer}/.well-known/openid-configuration
  2. POST a registration request to the mTLS registration endpoint
     (${registrationEndpoint(bank)}, listed under mtls_endpoint_aliases.registration_endpoint),
     over TLS with ${KIT_FILES.transportCert} and ${KIT_FILES.transportKey} as the client certificate. Put the
     contents of ${KIT_FILES.ssa} in "software_statement", choose redirect_uris among the SSA's,
     token_endpoint_auth_method "private_key_jwt" or "tls_client_auth", and PS256 or ES256.
  3. Keep the client_id and registration_access_token from the response: the token is needed to
     read, update or delete the registration (RFC 7592).
`;
}

function fileList(kit: TppKit): string {
  const entries: Array<[name: string, description: string]> = [
    [
      KIT_FILES.transportCert,
      'Transport (mTLS client) certificate issued by the sandbox directory CA,\n' +
        `subject C=GB, O=${kit.orgName}, OU=${kit.orgId}, CN=${kit.softwareId}.`,
    ],
    [KIT_FILES.transportKey, 'Its private key. Secret.'],
    [
      KIT_FILES.signingKey,
      `Your private signing key (${String(kit.signingKeyJwk.alg)}, kid ${String(kit.signingKeyJwk.kid)})\n` +
        'for client assertions, request objects and message signatures. Secret.',
    ],
    [
      KIT_FILES.jwks,
      'Your public JWKS. The SSA carries it inline, unless you onboarded with a\n' +
        'JWKS URI: then publish this file there.',
    ],
    [
      KIT_FILES.ssa,
      'Software statement assertion signed by the sandbox directory; accepted\n' +
        `until ${kit.ssaExpiresAt.toISOString()}.`,
    ],
    [KIT_FILES.details, "The identifiers above and the bank's endpoints, for scripts."],
    [KIT_FILES.gitignore, 'Keeps the whole folder out of git commits.'],
  ];
  const width = Math.max(...entries.map(([name]) => name.length)) + 2;
  return entries
    .map(
      ([name, description]) =>
        `  ${name.padEnd(width)}${description.replaceAll('\n', `\n  ${' '.repeat(width)}`)}`,
    )
    .join('\n');
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
