import {
  FieldInvalid,
  UnsupportedAccountIdentifier,
  UnsupportedScheme,
  type ObError,
} from '../errors.ts';

/** OBCashAccount{Debtor,Creditor}: the identification fields the checks read. */
export interface AccountIdentification {
  SchemeName: string;
  Identification: string;
}

const SORT_CODE_ACCOUNT_NUMBER = /^\d{14}$/;
/**
 * ISO 13616 UK IBAN: GB, 2 check digits, 4-letter bank code, 6-digit sort code, 8-digit account
 * number.
 */
const UK_IBAN = /^GB\d{2}[A-Z]{4}\d{14}$/;
const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

/**
 * The schemes a UK sandbox bank can route domestically. SchemeName is a namespaced enumeration,
 * so anything else (PAN, Paym, Wallet, BBAN, another namespace) is well-formed but unsupported.
 */
export function accountIdentificationErrors(
  account: AccountIdentification,
  path: string,
): ObError[] {
  const identification = `${path}.Identification`;
  switch (account.SchemeName) {
    case 'UK.OBIE.SortCodeAccountNumber':
      if (SORT_CODE_ACCOUNT_NUMBER.test(account.Identification)) return [];
      return [
        new FieldInvalid(
          `${identification} must be a 6-digit sort code followed by an 8-digit account number (14 digits)`,
          identification,
        ),
      ];
    case 'UK.OBIE.IBAN':
      return ibanErrors(account.Identification, identification);
    default:
      return [
        new UnsupportedScheme(
          `${path}.SchemeName ${account.SchemeName} is not supported; use UK.OBIE.SortCodeAccountNumber or UK.OBIE.IBAN`,
          `${path}.SchemeName`,
        ),
      ];
  }
}

function ibanErrors(iban: string, path: string): ObError[] {
  if (!IBAN_SHAPE.test(iban))
    return [new FieldInvalid(`${path} must be an IBAN in capitals without spaces`, path)];
  if (!UK_IBAN.test(iban))
    return [
      new UnsupportedAccountIdentifier(
        `${path} must be a UK (GB) IBAN for a domestic account`,
        path,
      ),
    ];
  if (!ibanChecksumValid(iban))
    return [new FieldInvalid(`${path} has wrong IBAN check digits`, path)];
  return [];
}

/**
 * ISO 7064 MOD 97-10: country and check digits moved to the end, letters as 10..35, remainder 1.
 */
function ibanChecksumValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
