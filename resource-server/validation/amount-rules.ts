import { parseAmount } from '../../ledger/index.ts';
import { FieldInvalid, UnsupportedCurrency, type ObError } from '../errors.ts';
import { ledgerRefusal } from '../ledger-refusals.ts';

/** OBActiveOrHistoricCurrencyAndAmount as the schema has already shaped it. */
export interface CurrencyAndAmount {
  Amount: string;
  Currency: string;
}

/** The sandbox bank holds and pays out sterling only. */
const SUPPORTED_CURRENCIES: readonly string[] = ['GBP'];

/**
 * A payable amount: a supported currency, no more decimals than the currency has (ISO 4217,
 * through the ledger's parser, so what is accepted here is exactly what the ledger can post),
 * and more than zero.
 */
export function amountErrors(amount: CurrencyAndAmount, path: string): ObError[] {
  if (!SUPPORTED_CURRENCIES.includes(amount.Currency)) {
    return [
      new UnsupportedCurrency(
        `${path}.Currency ${amount.Currency} is not supported; supported: ${SUPPORTED_CURRENCIES.join(', ')}`,
        `${path}.Currency`,
      ),
    ];
  }
  let minor: bigint;
  try {
    minor = parseAmount(amount.Amount, amount.Currency);
  } catch (error) {
    const refusal = ledgerRefusal(error, path);
    if (refusal) return [refusal];
    throw error;
  }
  return minor > 0n
    ? []
    : [new FieldInvalid(`${path}.Amount must be greater than zero`, `${path}.Amount`)];
}
