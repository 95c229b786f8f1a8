import type { SigningAlg } from '../keys/types.ts';

/** The Open Banking software roles a sandbox TPP can hold. */
export const SOFTWARE_ROLES = ['AISP', 'PISP', 'CBPII'] as const;
export type SoftwareRole = (typeof SOFTWARE_ROLES)[number];

export interface OnboardingRequest {
  /**
   * The TPP's name: becomes the organisation name (certificate `O`) and the software client name.
   */
  readonly name: string;
  readonly redirectUris: readonly string[];
  readonly roles: readonly SoftwareRole[];
  /** Shown to the customer on the consent page (`software_client_description`). */
  readonly description?: string;
  /** Where the TPP will publish its JWKS; the SSA then carries the URI instead of the keys. */
  readonly jwksUri?: string;
  readonly logoUri?: string;
  /** Algorithm of the TPP's signing key (request objects, client assertions, message signing). */
  readonly signingAlg?: SigningAlg;
  /**
   * When set, the kit is also written there as files (the directory must not hold a kit already).
   */
  readonly outDir?: string;
}

/** {@link OnboardingRequest} after validation: trimmed, de-duplicated, defaults applied. */
export interface ValidOnboardingRequest {
  readonly name: string;
  readonly redirectUris: readonly string[];
  readonly roles: readonly SoftwareRole[];
  readonly description: string | undefined;
  readonly jwksUri: string | undefined;
  readonly logoUri: string | undefined;
  readonly signingAlg: SigningAlg;
  readonly outDir: string | undefined;
}

/** A request the directory refuses; the message names the field and what is wrong with it. */
export class DirectoryInputError extends Error {
  constructor(
    readonly field: keyof OnboardingRequest,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'DirectoryInputError';
  }
}

/** RFC 5280 appendix A: ub-organization-name. The name is the certificate's `O` attribute. */
const NAME_CHARS_MAX = 64;
const DESCRIPTION_CHARS_MAX = 256;
const REDIRECT_URIS_MAX = 20;
const URI_CHARS_MAX = 2048;
/** Linux PATH_MAX. */
const PATH_CHARS_MAX = 4096;
/** Control characters would corrupt the certificate subject and the consent page. */
const CONTROL_CHARACTERS = /\p{Cc}/u;
/** Sandbox default: ES256 keys are quick to generate and produce small signatures. */
const DEFAULT_SIGNING_ALG: SigningAlg = 'ES256';

export function validateOnboardingRequest(request: OnboardingRequest): ValidOnboardingRequest {
  return {
    name: text('name', request.name, NAME_CHARS_MAX),
    redirectUris: redirectUris(request.redirectUris),
    roles: roles(request.roles),
    description:
      request.description === undefined
        ? undefined
        : text('description', request.description, DESCRIPTION_CHARS_MAX),
    jwksUri: request.jwksUri === undefined ? undefined : httpsUri('jwksUri', request.jwksUri),
    logoUri: request.logoUri === undefined ? undefined : httpsUri('logoUri', request.logoUri),
    signingAlg: signingAlg(request.signingAlg),
    outDir:
      request.outDir === undefined ? undefined : text('outDir', request.outDir, PATH_CHARS_MAX),
  };
}

function text(field: keyof OnboardingRequest, value: unknown, charsMax: number): string {
  if (typeof value !== 'string') throw new DirectoryInputError(field, 'must be a string');
  const trimmed = value.trim();
  if (trimmed === '') throw new DirectoryInputError(field, 'must not be empty');
  if ([...trimmed].length > charsMax)
    throw new DirectoryInputError(field, `must be at most ${charsMax} characters`);
  if (CONTROL_CHARACTERS.test(trimmed))
    throw new DirectoryInputError(field, 'must not contain control characters');
  return trimmed;
}

function redirectUris(values: unknown): string[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new DirectoryInputError('redirectUris', 'at least one redirect URI is required');
  }
  if (values.length > REDIRECT_URIS_MAX) {
    throw new DirectoryInputError('redirectUris', `at most ${REDIRECT_URIS_MAX} redirect URIs`);
  }
  const uris = values.map((value) => httpsUri('redirectUris', value));
  const duplicate = uris.find((uri, index) => uris.indexOf(uri) !== index);
  if (duplicate) throw new DirectoryInputError('redirectUris', `${duplicate} is listed twice`);
  return uris;
}

/**
 * FAPI 2.0 requires https redirect URIs; the AS compares them exactly, so the SSA carries each URI
 * as given. A fragment is forbidden by RFC 6749 section 3.1.2; credentials in a URI would be leaked
 * to every party that sees the SSA.
 */
function httpsUri(field: keyof OnboardingRequest, value: unknown): string {
  if (typeof value !== 'string') throw new DirectoryInputError(field, 'must be a string');
  if (value.length > URI_CHARS_MAX)
    throw new DirectoryInputError(field, `must be at most ${URI_CHARS_MAX} characters`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DirectoryInputError(field, `"${value}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:') throw new DirectoryInputError(field, `"${value}" must use https`);
  if (value.includes('#'))
    throw new DirectoryInputError(field, `"${value}" must not have a fragment`);
  if (url.username || url.password)
    throw new DirectoryInputError(field, `"${value}" must not carry credentials`);
  return value;
}

function roles(values: unknown): SoftwareRole[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new DirectoryInputError(
      'roles',
      `at least one of ${SOFTWARE_ROLES.join(', ')} is required`,
    );
  }
  for (const value of values) {
    if (!SOFTWARE_ROLES.includes(value as SoftwareRole)) {
      throw new DirectoryInputError(
        'roles',
        `${JSON.stringify(value)} is not one of ${SOFTWARE_ROLES.join(', ')}`,
      );
    }
  }
  // Canonical order, each role once: the SSA then reads the same whatever order was asked for.
  return SOFTWARE_ROLES.filter((role) => values.includes(role));
}

function signingAlg(value: unknown): SigningAlg {
  if (value === undefined) return DEFAULT_SIGNING_ALG;
  if (value !== 'ES256' && value !== 'PS256') {
    throw new DirectoryInputError('signingAlg', `${JSON.stringify(value)} is not ES256 or PS256`);
  }
  return value;
}
