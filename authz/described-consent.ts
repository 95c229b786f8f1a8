import { randomUUID } from 'node:crypto';
import { errors, type AuthorizationDetail, type KoaContextWithOIDC } from 'oidc-provider';
import type { ConsentKind } from '../openbanking/index.ts';

/**
 * Plain FAPI 2.0 (no UK intent): the authorization request itself describes the access, and the
 * consent is made from it. Two ways, as a FAPI 2.0 client would ask:
 *  - RAR (RFC 9396) `authorization_details` of type `account_information` or `payment_initiation`,
 *    members named after the OB request they stand for (RFC 9396's own payment example);
 *  - or the `accounts` scope alone, for the default account-access permissions below.
 * Each becomes the OB request body a TPP would have POSTed to the intent endpoint, held to the same
 * OB schema and rules (by the resource server's validation, handed in as `DescribedConsents`),
 * so a described consent is stored, shown, approved, guarded and paid exactly like an intent.
 */

export const ACCOUNT_INFORMATION_TYPE = 'account_information';
export const PAYMENT_INITIATION_TYPE = 'payment_initiation';
export const DESCRIBED_AUTHORIZATION_DETAILS_TYPES = [
  ACCOUNT_INFORMATION_TYPE,
  PAYMENT_INITIATION_TYPE,
] as const;

/**
 * Granted to a request that asks only for the `accounts` scope: accounts, balances and
 * transactions.
 */
export const DEFAULT_ACCOUNT_PERMISSIONS = [
  'ReadAccountsDetail',
  'ReadBalances',
  'ReadTransactionsCredits',
  'ReadTransactionsDebits',
  'ReadTransactionsDetail',
] as const;

export type DescribedConsentKind = Extract<ConsentKind, 'account-access' | 'domestic-payment'>;

/** The OB request body (`Data`, `Risk`) a described consent stands for. */
export interface DescribedConsent {
  readonly kind: DescribedConsentKind;
  readonly body: { Data: Record<string, unknown>; Risk: Record<string, unknown> };
}

/** The resource server's side: OB validation and storage of the intent (platform wires it in). */
export interface DescribedConsents {
  /** Every OB schema and rule breach of the body, as `Path: message` lines; empty when none. */
  problems(consent: DescribedConsent): string[];
  /** The consent for this pushed authorization request, made on first call; returns its id. */
  create(
    consent: DescribedConsent,
    clientId: string,
    authorizationRequestId: string,
  ): Promise<string>;
}

/** Members each type allows (RFC 9396 section 2: anything else is refused, not ignored). */
const MEMBERS: Record<
  (typeof DESCRIBED_AUTHORIZATION_DETAILS_TYPES)[number],
  ReadonlySet<string>
> = {
  [ACCOUNT_INFORMATION_TYPE]: new Set([
    'type',
    'permissions',
    'expirationDateTime',
    'transactionFromDateTime',
    'transactionToDateTime',
  ]),
  [PAYMENT_INITIATION_TYPE]: new Set([
    'type',
    'instructedAmount',
    'creditorName',
    'creditorAccount',
    'debtorAccount',
    'remittanceInformationUnstructured',
    'remittanceReference',
    'instructionIdentification',
    'endToEndIdentification',
  ]),
};

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function defined(members: Json): Json {
  return Object.fromEntries(Object.entries(members).filter(([, value]) => value !== undefined));
}

/**
 * An account as RAR members (`schemeName` defaults to sort code and account number) in OB shape.
 */
function obAccount(account: unknown, name?: unknown): unknown {
  if (!isObject(account)) return account;
  return defined({
    SchemeName: account.schemeName ?? 'UK.OBIE.SortCodeAccountNumber',
    Identification: account.identification,
    Name: name ?? account.name,
  });
}

/**
 * The OB request a detail stands for. `instructionId` fills a missing instructionIdentification (OB
 * requires one; the bank makes it); a missing endToEndIdentification is ISO 20022's NOTPROVIDED.
 */
export function consentOfDetail(
  detail: AuthorizationDetail,
  instructionId: string,
): DescribedConsent {
  if (detail.type === ACCOUNT_INFORMATION_TYPE) {
    return {
      kind: 'account-access',
      body: {
        Data: defined({
          Permissions: detail.permissions ?? [...DEFAULT_ACCOUNT_PERMISSIONS],
          ExpirationDateTime: detail.expirationDateTime,
          TransactionFromDateTime: detail.transactionFromDateTime,
          TransactionToDateTime: detail.transactionToDateTime,
        }),
        Risk: {},
      },
    };
  }
  const remittance = defined({
    Unstructured: detail.remittanceInformationUnstructured,
    Reference: detail.remittanceReference,
  });
  return {
    kind: 'domestic-payment',
    body: {
      Data: {
        Initiation: defined({
          InstructionIdentification: detail.instructionIdentification ?? instructionId,
          EndToEndIdentification: detail.endToEndIdentification ?? 'NOTPROVIDED',
          InstructedAmount: isObject(detail.instructedAmount)
            ? defined({
                Amount: detail.instructedAmount.amount,
                Currency: detail.instructedAmount.currency,
              })
            : detail.instructedAmount,
          CreditorAccount: obAccount(detail.creditorAccount, detail.creditorName),
          DebtorAccount:
            detail.debtorAccount === undefined ? undefined : obAccount(detail.debtorAccount),
          RemittanceInformation: Object.keys(remittance).length > 0 ? remittance : undefined,
        }),
      },
      Risk: {},
    },
  };
}

/**
 * oidc-provider RAR `validate` for the described types: members, then the OB rules of the consent
 * it stands for.
 */
export function describedDetailValidator(consents: DescribedConsents) {
  return (_ctx: KoaContextWithOIDC, detail: AuthorizationDetail): void => {
    const allowed = MEMBERS[detail.type as keyof typeof MEMBERS];
    const unknown = Object.keys(detail).filter((member) => !allowed.has(member));
    if (unknown.length > 0)
      throw new errors.InvalidAuthorizationDetails(
        `${detail.type} does not allow the member(s) ${unknown.join(', ')}`,
      );
    if (detail.type === PAYMENT_INITIATION_TYPE && !isObject(detail.creditorAccount)) {
      throw new errors.InvalidAuthorizationDetails(
        'payment_initiation needs creditorAccount: { schemeName?, identification }',
      );
    }
    const problems = consents.problems(consentOfDetail(detail, randomUUID().slice(0, 35)));
    if (problems.length > 0)
      throw new errors.InvalidAuthorizationDetails(`${detail.type}: ${problems.join('; ')}`);
  };
}

/**
 * The consent a request describes, from its stored (JSON text) parameters: its one described
 * detail, else the `accounts` scope alone; undefined when it describes none.
 */
export function describedConsent(
  params: Record<string, unknown>,
  instructionId: string,
): DescribedConsent | undefined {
  const details = describedDetails(params);
  if (details.length === 1) return consentOfDetail(details[0]!, instructionId);
  if (details.length > 1) return undefined;
  const scopes = String(params.scope ?? '').split(' ');
  if (scopes.includes('accounts'))
    return {
      kind: 'account-access',
      body: { Data: { Permissions: [...DEFAULT_ACCOUNT_PERMISSIONS] }, Risk: {} },
    };
  return undefined;
}

/**
 * The described details of the request (RFC 9396 allows several; one consent is made per request).
 */
export function describedDetails(params: Record<string, unknown>): AuthorizationDetail[] {
  const value = params.authorization_details;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (detail): detail is AuthorizationDetail =>
      isObject(detail) &&
      (DESCRIBED_AUTHORIZATION_DETAILS_TYPES as readonly unknown[]).includes(detail.type),
  );
}
