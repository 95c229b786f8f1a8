import { InvalidAmountError, UnknownCurrencyError } from './errors.ts';

/**
 * ISO 4217 minor-unit exponents of the currencies the ledger accepts. A currency missing here is
 * refused rather than guessed: JPY has no minor unit and BHD has three, so "2" is wrong for both.
 */
const EXPONENTS = {
  GBP: 2,
  EUR: 2,
  USD: 2,
  CHF: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  JPY: 0,
  BHD: 3,
} as const satisfies Record<string, number>;

export type CurrencyCode = keyof typeof EXPONENTS;

/** OB v3.1 ActiveOrHistoricCurrencyAndAmount.Amount (OBActiveCurrencyAndAmount_SimpleType). */
const OB_AMOUNT = /^\d{1,13}$|^\d{1,13}\.\d{1,5}$/;
const OB_INTEGER_DIGITS_MAX = 13;

export function isSupportedCurrency(currency: string): currency is CurrencyCode {
  return Object.hasOwn(EXPONENTS, currency);
}

export function currencyExponent(currency: string): number {
  if (!isSupportedCurrency(currency)) throw new UnknownCurrencyError(currency);
  return EXPONENTS[currency];
}

/** "10.50" GBP -> 1050n. Only the OB decimal pattern, at most the currency's decimals. */
export function parseAmount(decimal: string, currency: string): bigint {
  const exponent = currencyExponent(currency);
  if (typeof decimal !== 'string') {
    throw new InvalidAmountError('not-a-string', 'amount must be a decimal string');
  }
  if (!OB_AMOUNT.test(decimal)) {
    throw new InvalidAmountError(
      'format',
      'amount must be digits with an optional decimal point: ^\\d{1,13}$|^\\d{1,13}\\.\\d{1,5}$',
    );
  }
  const [whole, fraction = ''] = decimal.split('.') as [string, string?];
  if (fraction.length > exponent) {
    throw new InvalidAmountError(
      'precision',
      `${currency} amounts have at most ${exponent} decimal places, got ${fraction.length}`,
    );
  }
  return BigInt(whole) * 10n ** BigInt(exponent) + BigInt(fraction.padEnd(exponent, '0') || '0');
}

/**
 * 1050n GBP -> "10.50". Amounts on the wire are unsigned (a separate credit/debit indicator says
 * which way).
 */
export function formatAmount(minor: bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  if (typeof minor !== 'bigint') {
    throw new InvalidAmountError('format', 'amount in minor units must be a bigint');
  }
  if (minor < 0n) {
    throw new InvalidAmountError(
      'negative',
      'format the magnitude and carry the sign as a credit/debit indicator',
    );
  }
  const digits = minor.toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  if (whole.length > OB_INTEGER_DIGITS_MAX) {
    throw new InvalidAmountError(
      'too-large',
      `amount exceeds ${OB_INTEGER_DIGITS_MAX} integer digits`,
    );
  }
  return exponent === 0 ? whole : `${whole}.${digits.slice(whole.length)}`;
}
