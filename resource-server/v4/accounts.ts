import type { AccountSubtype } from '../../ledger/index.ts';
import { END_REASON, type EndReason } from '../accounts/payment-order-resource.ts';
import {
  ACCOUNT_TYPE_CODE,
  BALANCE_SUBTYPE,
  BALANCE_TYPE,
  ENTRY_STATUS,
  MANDATE_STATUS,
} from './codes.ts';
import { frequencyToV4 } from './frequency.ts';
import type { JsonObject, ObBody, OperationMapping } from './mapping.ts';
import { remittanceToV4 } from './payment-parties.ts';

/**
 * OBAccount6: v3.1's AccountType (Business, Personal) is v4.0's AccountCategory, its
 * AccountSubType becomes the ISO AccountTypeCode (codes.ts); the rest is written alike.
 */
export function accountToV4(account: JsonObject): JsonObject {
  const { AccountType, AccountSubType, ...rest } = account;
  const out: JsonObject = {};
  for (const [name, value] of Object.entries(rest)) {
    out[name] = value;
    // Placed where v4.0's OBAccount6 writes them: after Currency.
    if (name !== 'Currency') continue;
    if (AccountType) out.AccountCategory = AccountType;
    if (AccountSubType) out.AccountTypeCode = ACCOUNT_TYPE_CODE[AccountSubType as AccountSubtype];
  }
  return out;
}

type Amount = JsonObject & { SubType?: string };

/** An amount's SubType (BaseCurrency...) as its ISO code, where it has one. */
function amountToV4(amount: Amount): Amount {
  return amount.SubType ? { ...amount, SubType: BALANCE_SUBTYPE[amount.SubType] } : amount;
}

/** OBReadBalance1 item: ISO balance types (ITAV, ITBD...) and amount subtypes. */
export function balanceToV4(balance: JsonObject): JsonObject {
  const { Type, Amount, LocalAmount } = balance as {
    Type: string;
    Amount: Amount;
    LocalAmount?: Amount;
  };
  return {
    ...balance,
    Type: BALANCE_TYPE[Type],
    Amount: amountToV4(Amount),
    ...(LocalAmount && { LocalAmount: amountToV4(LocalAmount) }),
  };
}

/** OBTransaction6: ISO entry status (BOOK...) and, with ReadTransactionsDetail, the balance's type. */
export function transactionToV4(transaction: JsonObject): JsonObject {
  const { Status, Balance } = transaction as {
    Status: string;
    Balance?: JsonObject & { Type: string };
  };
  return {
    ...transaction,
    Status: ENTRY_STATUS[Status],
    ...(Balance && { Balance: { ...Balance, Type: BALANCE_TYPE[Balance.Type] } }),
  };
}

/**
 * OBStandingOrder6: v4.0 moves the schedule into MandateRelatedInformation (the Frequency as an
 * OBFrequency6, frequency.ts), the Reference into the structured remittance (as a payment's), and
 * gives the status as an ExternalMandateStatus1Code, by why an Inactive order ended
 * (SupplementaryData END_REASON). The v3.1 view has no RecurringPaymentDateTime, so PointInTime
 * is always written: the day does not depend on a date the reader cannot see.
 */
export function standingOrderToV4(order: JsonObject): JsonObject {
  const {
    Frequency,
    Reference,
    FirstPaymentDateTime,
    FinalPaymentDateTime,
    StandingOrderStatusCode: _status,
    SupplementaryData,
    ...rest
  } = order as JsonObject & { Frequency: string; SupplementaryData?: JsonObject };
  const ended = SupplementaryData?.[END_REASON] as EndReason | undefined;
  return {
    ...rest,
    StandingOrderStatusCode: MANDATE_STATUS[ended ?? 'Active'],
    ...(SupplementaryData && { SupplementaryData }),
    MandateRelatedInformation: {
      Frequency: frequencyToV4(Frequency),
      ...(FirstPaymentDateTime !== undefined && { FirstPaymentDateTime }),
      ...(FinalPaymentDateTime !== undefined && { FinalPaymentDateTime }),
    },
    ...(typeof Reference === 'string' && {
      RemittanceInformation: remittanceToV4({ Reference }),
    }),
  };
}

/** A read of many items: each item of Data's `member` mapped. */
function listed(
  member: 'Account' | 'Balance' | 'Transaction' | 'StandingOrder',
  map: (item: JsonObject) => JsonObject,
) {
  return (body: ObBody): ObBody => ({
    ...body,
    Data: { ...body.Data, [member]: (body.Data[member] as JsonObject[]).map(map) },
  });
}

const accounts = listed('Account', accountToV4);
const balances = listed('Balance', balanceToV4);
const transactions = listed('Transaction', transactionToV4);
const standingOrders = listed('StandingOrder', standingOrderToV4);

export const accountOperations: readonly OperationMapping[] = [
  { route: 'GET /aisp/accounts', response: accounts },
  { route: 'GET /aisp/accounts/:AccountId', response: accounts },
  { route: 'GET /aisp/balances', response: balances },
  { route: 'GET /aisp/accounts/:AccountId/balances', response: balances },
  { route: 'GET /aisp/transactions', response: transactions },
  { route: 'GET /aisp/accounts/:AccountId/transactions', response: transactions },
  // OBScheduledPayment3 is written alike in both versions.
  { route: 'GET /aisp/scheduled-payments' },
  { route: 'GET /aisp/accounts/:AccountId/scheduled-payments' },
  { route: 'GET /aisp/standing-orders', response: standingOrders },
  { route: 'GET /aisp/accounts/:AccountId/standing-orders', response: standingOrders },
];
