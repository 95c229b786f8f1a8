import {
  AccountNotEnabledError,
  CurrencyMismatchError,
  InsufficientFundsError,
  InvalidAmountError,
  type LedgerError,
} from '../ledger/index.ts';
import {
  DebtorAccountBlocked,
  FieldInvalid,
  InsufficientFunds,
  UnsupportedCurrency,
  type ObError,
} from './errors.ts';

/**
 * The OB error of each ledger refusal a request can cause, given the JSON path of the amount it is
 * about. The only money the resource server moves is a domestic payment's instructed amount, so
 * that is the path of a refusal thrown out of a handler (the error handler's default).
 */
const LEDGER_REFUSALS: readonly (readonly [
  abstract new (...args: never[]) => LedgerError,
  (error: never, amountPath: string) => ObError,
])[] = [
  [InsufficientFundsError, () => new InsufficientFunds()],
  [AccountNotEnabledError, () => new DebtorAccountBlocked()],
  [
    CurrencyMismatchError,
    (error: CurrencyMismatchError, amountPath) =>
      new UnsupportedCurrency(
        `payments in ${error.entryCurrency} are not supported from this account`,
        `${amountPath}.Currency`,
      ),
  ],
  [
    InvalidAmountError,
    (error: InvalidAmountError, amountPath) =>
      new FieldInvalid(`${amountPath}.Amount: ${error.message}`, `${amountPath}.Amount`),
  ],
];

/** Where a payment names its amount (OBWriteDomestic2). */
export const PAYMENT_AMOUNT_PATH = 'Data.Initiation.InstructedAmount';

/** The OB error a ledger refusal is answered with; undefined for anything else (a bug: 500). */
export function ledgerRefusal(
  error: unknown,
  amountPath: string = PAYMENT_AMOUNT_PATH,
): ObError | undefined {
  for (const [refusal, toObError] of LEDGER_REFUSALS) {
    if (error instanceof refusal) return toObError(error as never, amountPath);
  }
  return undefined;
}
