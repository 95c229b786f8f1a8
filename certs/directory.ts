import { isIP } from 'node:net';

import type { JWK } from 'jose';

import type { KeyProvider, SigningKey } from './keys/types.ts';
import { issueCertificate } from './pki.ts';
import { newOrgId, newSoftwareId } from './directory/identifiers.ts';
import { ensureIssuingCa } from './directory/issuing-ca.ts';
import { validateOnboardingRequest, type OnboardingRequest } from './directory/onboarding-input.ts';
import { signSoftwareStatement } from './directory/software-statement.ts';
import { generateSigningKeyPair, generateTransportKey } from './directory/tpp-keys.ts';
import {
  assertKitDirFree,
  writeTppKit,
  type BankEndpoints,
  type TppKit,
} from './directory/tpp-kit.ts';

export { DirectoryInputError, SOFTWARE_ROLES } from './directory/onboarding-input.ts';
export type { OnboardingRequest, SoftwareRole } from './directory/onboarding-input.ts';
export type { SoftwareStatementClaims } from './directory/software-statement.ts';
export { KIT_FILES } from './directory/tpp-kit.ts';
export type { BankEndpoints, TppKit } from './directory/tpp-kit.ts';

/**
 * The `iss` of every SSA this directory signs. Deliberately not the real directory's
 * "OpenBanking Ltd": an AS configured for both must never take a sandbox SSA for a live one.
 */
export const DIRECTORY_ISSUER = 'Open Banking Sandbox Directory';

/** Key provider labels. The CA key signs certificates (ES256 only, see pki.ts). */
export const DIRECTORY_CA_KEY_LABEL = 'directory-ca';
/** The OB directory signs SSAs with PS256. */
export const DIRECTORY_SSA_KEY_LABEL = 'directory-ssa';

/**
 * Transport certificates live about as long as the OB directory's; the TPP onboards again after.
 */
const TRANSPORT_CERT_VALIDITY_DAYS = 365;

export interface SandboxDirectoryOptions {
  /** Directory state (the CA certificate), e.g. `<DATA_DIR>/directory`. */
  readonly dir: string;
  /** Holds the CA key and the SSA signing key; the TPPs' own keys are never put there. */
  readonly keys: KeyProvider;
  /** The bank the kits are for, named in the kit files; placeholders when absent. */
  readonly bank?: BankEndpoints;
}

/**
 * A small stand-in for the Open Banking Directory, for development and the sandbox: it onboards
 * TPPs (organisation and software ids, a transport certificate from its own CA, a signing key,
 * and a software statement assertion signed with its key) and publishes the keys an AS needs to
 * verify those SSAs.
 */
export class SandboxDirectory {
  readonly issuer = DIRECTORY_ISSUER;
  /** The CA that issues transport certificates: the TPP host trusts it for client certificates. */
  readonly caCertPem: string;
  readonly caCertPath: string;
  readonly #caKey: SigningKey;
  readonly #ssaKey: SigningKey;
  readonly #bank: BankEndpoints | undefined;

  private constructor(
    ca: { caCertPem: string; caCertPath: string },
    caKey: SigningKey,
    ssaKey: SigningKey,
    bank: BankEndpoints | undefined,
  ) {
    this.caCertPem = ca.caCertPem;
    this.caCertPath = ca.caCertPath;
    this.#caKey = caKey;
    this.#ssaKey = ssaKey;
    this.#bank = bank;
  }

  /** Opens the directory kept in `dir`, creating its CA and keys on first use. */
  static async open(options: SandboxDirectoryOptions): Promise<SandboxDirectory> {
    const caKey = await options.keys.getOrCreate(DIRECTORY_CA_KEY_LABEL, 'ES256');
    const ssaKey = await options.keys.getOrCreate(DIRECTORY_SSA_KEY_LABEL, 'PS256');
    const ca = await ensureIssuingCa(options.dir, caKey);
    return new SandboxDirectory(ca, caKey, ssaKey, options.bank);
  }

  /** The public keys that verify this directory's SSAs (served at `/directory/jwks.json`). */
  jwks(): { keys: JWK[] } {
    return { keys: [{ ...this.#ssaKey.publicJwk }] };
  }

  /**
   * A TLS server certificate from the directory CA for an endpoint the TPP hosts (its event
   * notification receiver), as the OB directory issues the certificates TPP servers present: the
   * bank trusts this CA when it calls TPPs. A new P-256 key; both PEM.
   */
  async issueServerCertificate(request: {
    organisation: string;
    hostnames: readonly string[];
  }): Promise<{ certPem: string; keyPem: string }> {
    const key = await generateTransportKey();
    const hostnames = [...new Set(request.hostnames.map((name) => name.toLowerCase()))];
    const certPem = await issueCertificate({
      issuerCertPem: this.caCertPem,
      issuerSigner: this.#caKey,
      subject: {
        country: 'GB',
        organisation: request.organisation,
        commonName: hostnames[0] ?? '',
      },
      publicKey: key.publicKey,
      dnsNames: hostnames.filter((name) => isIP(name) === 0),
      ipAddresses: hostnames.filter((name) => isIP(name) !== 0),
      usage: 'server',
      validityDays: TRANSPORT_CERT_VALIDITY_DAYS,
    });
    return { certPem, keyPem: key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
  }

  /**
   * Registers a new organisation with one piece of software and returns its kit. Throws
   * DirectoryInputError, naming the field, for a request it refuses.
   */
  async onboard(request: OnboardingRequest): Promise<TppKit> {
    const valid = validateOnboardingRequest(request);
    if (valid.outDir !== undefined) await assertKitDirFree(valid.outDir);
    const orgId = newOrgId();
    const softwareId = newSoftwareId();

    const transportKey = await generateTransportKey();
    const transportCertPem = await issueCertificate({
      issuerCertPem: this.caCertPem,
      issuerSigner: this.#caKey,
      // The OB directory's transport certificate subject: the AS matches OU and CN to the SSA.
      subject: {
        country: 'GB',
        organisation: valid.name,
        organisationalUnit: orgId,
        commonName: softwareId,
      },
      publicKey: transportKey.publicKey,
      usage: 'client',
      validityDays: TRANSPORT_CERT_VALIDITY_DAYS,
    });

    const signingKey = await generateSigningKeyPair(valid.signingAlg);
    const jwks = { keys: [signingKey.publicJwk] };
    const { jwt, claims } = await signSoftwareStatement(this.#ssaKey, this.issuer, {
      software_id: softwareId,
      software_client_id: softwareId,
      software_client_name: valid.name,
      ...(valid.description !== undefined && { software_client_description: valid.description }),
      software_redirect_uris: valid.redirectUris,
      software_roles: valid.roles,
      ...(valid.jwksUri !== undefined
        ? { software_jwks_endpoint: valid.jwksUri }
        : { software_jwks: jwks }),
      ...(valid.logoUri !== undefined && { software_logo_uri: valid.logoUri }),
      software_mode: 'Test',
      software_environment: 'sandbox',
      org_id: orgId,
      org_name: valid.name,
      org_status: 'Active',
    });

    const kit: TppKit = {
      orgId,
      softwareId,
      orgName: valid.name,
      clientName: valid.name,
      redirectUris: valid.redirectUris,
      roles: valid.roles,
      transportCertPem,
      transportKeyPem: transportKey.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      signingKeyJwk: signingKey.privateJwk,
      jwks,
      ssa: jwt,
      ssaExpiresAt: new Date(claims.exp * 1000),
    };
    if (valid.outDir !== undefined) await writeTppKit(valid.outDir, kit, this.#bank);
    return kit;
  }
}
