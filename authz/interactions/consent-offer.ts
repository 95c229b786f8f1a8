import {
  InvalidAmountError,
  parseAmount,
  UnknownCurrencyError,
  type LedgerAccount,
  type OutgoingPayments,
} from '../../ledger/index.ts';
import { limitBreach, type LimitBreach, type PaymentLimits } from '../../openbanking/index.ts';
import type { ConsentRecord, JsonRecord } from '../../openbanking/index.ts';
import { scheduleRows, type ScheduleRow } from './payment-schedule-view.ts';
import { describePermissions, type PermissionGroup } from './permissions.ts';
import {
  accountView,
  formatDate,
  formatDateTime,
  formatMoney,
  formatSortCode,
  maskIdentifier,
  type AccountView,
} from './presentation.ts';

/**
 * What a consent asks of this customer, and what they may choose: the one computation behind both
 * the page (GET) and the decision (POST), so a choice the page did not offer is refused.
 */

export interface AccountChoice extends AccountView {
  /** Why this account cannot be chosen (e.g. over a payment limit). */
  readonly unavailable: string | undefined;
  /** What the customer should know before choosing it (e.g. too little money in it now). */
  readonly notice: string | undefined;
}

export interface PaymentSummary {
  readonly amount: string;
  readonly payeeName: string;
  readonly payeeAccount: string;
  readonly reference: string | undefined;
  /** A scheduled payment's date, a standing order's frequency, amounts and dates; none: paid at once. */
  readonly schedule: readonly ScheduleRow[] | undefined;
}

export interface ConsentOffer {
  readonly kind: ConsentRecord['kind'];
  readonly permissionGroups: readonly PermissionGroup[];
  readonly transactionRange: string | undefined;
  readonly expiry: string;
  readonly payment: PaymentSummary | undefined;
  /** Variable recurring payments: the limits the TPP pays within, without asking again. */
  readonly vrp: VrpSummary | undefined;
  /** Funds confirmation: the account the TPP will ask about. */
  readonly checkedAccount: AccountView | undefined;
  /** Accounts the customer picks from: several for account access, one for a payment. */
  readonly choices: readonly AccountChoice[];
  /** Payment whose intent names the paying account: it is shown, not chosen. */
  readonly fixedDebtorAccount: AccountChoice | undefined;
  /** Why this consent cannot be approved by this customer; only Refuse is offered then. */
  readonly blocker: string | undefined;
}

export type AccountDecision =
  | { readonly ok: true; readonly accountIds: readonly string[] }
  | { readonly ok: true; readonly debtorAccountId: string }
  | { readonly ok: false; readonly problem: string };

const SORT_CODE_SCHEMES = new Set(['UK.OBIE.SortCodeAccountNumber', 'SortCodeAccountNumber']);

/** The bank's payment limits and what each of the customer's accounts has paid out before now. */
export interface PaymentLimitsNow {
  readonly limits: PaymentLimits;
  readonly paidBefore: ReadonlyMap<string, OutgoingPayments>;
}

const NOTHING_PAID: OutgoingPayments = { todayMinor: 0n, recentCount: 0 };

/** What the bank looked up beyond the customer's own accounts for this consent. */
export interface OfferFacts {
  /** A payment's limits and what the customer's accounts have paid today. */
  readonly paymentLimits?: PaymentLimitsNow;
  /** A sweeping VRP's creditor is an account at this bank held by another customer. */
  readonly creditorOfAnother?: boolean;
}

export function consentOffer(
  consent: ConsentRecord,
  accounts: readonly LedgerAccount[],
  now: Date = new Date(),
  facts: OfferFacts = {},
): ConsentOffer {
  const usable = accounts.filter((account) => account.status === 'Enabled');
  const base = {
    kind: consent.kind,
    permissionGroups: describePermissions(consent.permissions),
    transactionRange: transactionRange(consent),
    expiry: consent.expiresAt
      ? `Until ${formatDateTime(consent.expiresAt)}`
      : 'Until you cancel it',
    payment: undefined,
    vrp: undefined,
    checkedAccount: undefined,
    choices: [],
    fixedDebtorAccount: undefined,
  };
  if (consent.expiresAt && consent.expiresAt <= now)
    return { ...base, blocker: 'This request has expired.' };
  switch (consent.kind) {
    case 'account-access':
      return {
        ...base,
        choices: usable.map((account) => ({
          ...accountView(account),
          unavailable: undefined,
          notice: undefined,
        })),
        blocker: usable.length === 0 ? 'You have no accounts that can be shared.' : undefined,
      };
    case 'funds-confirmation': {
      const checked = identifiedAccount(consent.debtorAccount, usable);
      return {
        ...base,
        checkedAccount: checked && accountView(checked),
        blocker: checked
          ? undefined
          : 'The account this app wants to check is not one of your accounts.',
      };
    }
    case 'domestic-vrp':
      return { ...base, ...vrpOffer(consent, usable, facts.creditorOfAnother === true) };
    case 'domestic-payment':
    case 'domestic-scheduled-payment':
    case 'domestic-standing-order':
      return {
        ...base,
        ...paymentOffer(consent.kind, consent.initiation ?? {}, usable, facts.paymentLimits),
      };
  }
}

/** The customer's choice from the form, checked against what the offer allowed. */
export function decideAccounts(offer: ConsentOffer, chosen: readonly string[]): AccountDecision {
  if (offer.blocker) return { ok: false, problem: offer.blocker };
  if (offer.kind === 'funds-confirmation')
    return { ok: true, debtorAccountId: offer.checkedAccount!.id };
  const allowed = new Set(
    offer.choices.filter((choice) => !choice.unavailable).map((choice) => choice.id),
  );
  if (offer.kind === 'account-access') {
    const accountIds = [...new Set(chosen)];
    if (accountIds.length === 0)
      return { ok: false, problem: 'Choose at least one account to share.' };
    if (!accountIds.every((id) => allowed.has(id)))
      return { ok: false, problem: 'Choose from the accounts listed.' };
    return { ok: true, accountIds };
  }
  if (offer.fixedDebtorAccount) return { ok: true, debtorAccountId: offer.fixedDebtorAccount.id };
  if (chosen.length !== 1 || !allowed.has(chosen[0]!))
    return { ok: false, problem: 'Choose the account to pay from.' };
  return { ok: true, debtorAccountId: chosen[0]! };
}

function paymentOffer(
  kind: 'domestic-payment' | 'domestic-scheduled-payment' | 'domestic-standing-order',
  initiation: JsonRecord,
  accounts: readonly LedgerAccount[],
  paymentLimits: PaymentLimitsNow | undefined,
): Pick<ConsentOffer, 'payment' | 'choices' | 'fixedDebtorAccount' | 'blocker'> {
  // A standing order is checked by its first payment, the one its approval sets up.
  const instructed = record(
    kind === 'domestic-standing-order'
      ? initiation.FirstPaymentAmount
      : initiation.InstructedAmount,
  );
  const currency = text(instructed.Currency) ?? '';
  let amountMinor: bigint;
  try {
    amountMinor = parseAmount(text(instructed.Amount) ?? '', currency);
  } catch (error) {
    if (error instanceof InvalidAmountError || error instanceof UnknownCurrencyError) {
      return {
        payment: undefined,
        choices: [],
        fixedDebtorAccount: undefined,
        blocker: 'This payment request cannot be shown.',
      };
    }
    throw error;
  }
  const creditor = record(initiation.CreditorAccount);
  const remittance = record(initiation.RemittanceInformation);
  const payment: PaymentSummary = {
    amount: formatMoney(amountMinor, currency),
    payeeName: text(creditor.Name) ?? 'Name not given',
    payeeAccount: externalAccount(creditor),
    reference:
      text(remittance.Reference) ?? text(remittance.Unstructured) ?? text(initiation.Reference),
    schedule: kind === 'domestic-payment' ? undefined : scheduleRows(kind, initiation),
  };
  // The funds are checked when the app makes the payment (OB lets the bank check at either step):
  // money may arrive in between, and the app must see the payment API's answer. The customer is
  // told now. An account the ledger lets go negative (a credit card) would not be stopped there, so
  // it pays only from what it holds, as before.
  const choice = (account: LedgerAccount): AccountChoice => {
    if (account.currency !== currency)
      return {
        ...accountView(account),
        unavailable: `This account is in ${account.currency}, the payment in ${currency}.`,
        notice: undefined,
      };
    const short = account.balanceMinor < amountMinor;
    return {
      ...accountView(account),
      unavailable:
        overLimit(account, amountMinor, currency, paymentLimits) ??
        (account.allowNegativeBalance && short ? CANNOT_GO_NEGATIVE : undefined),
      notice:
        !account.allowNegativeBalance && short
          ? kind === 'domestic-payment'
            ? NOT_ENOUGH_MONEY
            : NOT_ENOUGH_MONEY_YET
          : undefined,
    };
  };
  if (initiation.DebtorAccount !== undefined) {
    const debtor = identifiedAccount(record(initiation.DebtorAccount), accounts);
    if (!debtor)
      return {
        payment,
        choices: [],
        fixedDebtorAccount: undefined,
        blocker: 'The account this payment is set up to come from is not one of your accounts.',
      };
    const fixed = choice(debtor);
    return { payment, choices: [], fixedDebtorAccount: fixed, blocker: fixed.unavailable };
  }
  const choices = accounts.map(choice);
  return {
    payment,
    choices,
    fixedDebtorAccount: undefined,
    blocker: choices.some((c) => !c.unavailable) ? undefined : noAccountCanPay(choices),
  };
}

const CANNOT_GO_NEGATIVE = 'Not enough money in this account for this payment.';
const NOT_ENOUGH_MONEY =
  'There is not enough money in this account for this payment now. If you approve, the payment will be refused unless money arrives before the app makes it.';
const NOT_ENOUGH_MONEY_YET =
  'There is not enough money in this account for this payment now. It will be refused unless there is enough on the day it is due.';

/**
 * Why no account can make the payment: the reason all share (a limit on the payment itself), or
 * each account's own.
 */
function noAccountCanPay(choices: readonly AccountChoice[]): string {
  const reasons = new Set(choices.map((choice) => choice.unavailable));
  const only = reasons.size === 1 ? [...reasons][0] : undefined;
  return only ?? 'None of your accounts can make this payment now; each says why.';
}

/**
 * The limit a payment from this account would break (openbanking/payment-limits.ts), in the
 * customer's words. The payment's own transaction checks again: the page shows what is known now.
 */
function overLimit(
  account: LedgerAccount,
  amountMinor: bigint,
  currency: string,
  paymentLimits: PaymentLimitsNow | undefined,
): string | undefined {
  if (!paymentLimits) return undefined;
  const breach = limitBreach(
    paymentLimits.limits,
    amountMinor,
    currency,
    paymentLimits.paidBefore.get(account.id) ?? NOTHING_PAID,
  );
  return breach && limitProblem(breach, currency);
}

function limitProblem(breach: LimitBreach, currency: string): string {
  switch (breach.rule) {
    case 'per-payment':
      return `This payment is over the bank's limit of ${formatMoney(parseAmount(breach.limit, currency), currency)} for one payment.`;
    case 'per-day':
      return `Payments from this account today would go over its daily limit of ${formatMoney(parseAmount(breach.limit, currency), currency)}.`;
    case 'velocity':
      return `This account has made ${breach.payments} payments in the last ${Math.round(breach.windowSeconds / 60)} minutes, the most allowed. Try again later.`;
  }
}

/** A VRP consent for sweeping alone: its payee must be the customer. */
export function isSweepingOnly(types: readonly string[]): boolean {
  return types.length > 0 && types.every((type) => type === 'UK.OBIE.VRPType.Sweeping');
}

/** The sort code and account number an OB account identification names, when it names them. */
export function sortCodeAccount(
  identification: JsonRecord | undefined,
): { sortCode: string; accountNumber: string } | undefined {
  const value = text(identification?.Identification) ?? '';
  if (!SORT_CODE_SCHEMES.has(text(identification?.SchemeName) ?? '') || !/^\d{14}$/.test(value))
    return undefined;
  return { sortCode: value.slice(0, 6), accountNumber: value.slice(6) };
}

/** The customer's account an OB account identification (SchemeName + Identification) names. */
function identifiedAccount(
  identification: JsonRecord | undefined,
  accounts: readonly LedgerAccount[],
): LedgerAccount | undefined {
  if (!identification || !SORT_CODE_SCHEMES.has(text(identification.SchemeName) ?? ''))
    return undefined;
  const value = text(identification.Identification) ?? '';
  return accounts.find(
    (account) =>
      account.sortCode &&
      account.accountNumber &&
      `${account.sortCode}${account.accountNumber}` === value,
  );
}

function externalAccount(account: JsonRecord): string {
  const identification = text(account.Identification) ?? '';
  if (SORT_CODE_SCHEMES.has(text(account.SchemeName) ?? '') && /^\d{14}$/.test(identification)) {
    return `Sort code ${formatSortCode(identification.slice(0, 6))}, account ${maskIdentifier(identification.slice(6))}`;
  }
  return identification ? `Account ${maskIdentifier(identification)}` : 'Account not given';
}

function transactionRange(consent: ConsentRecord): string | undefined {
  const { transactionFrom: from, transactionTo: to } = consent;
  if (consent.kind !== 'account-access') return undefined;
  if (from && to) return `From ${formatDate(from)} to ${formatDate(to)}`;
  if (from) return `From ${formatDate(from)} onwards`;
  if (to) return `Up to ${formatDate(to)}`;
  return 'All available transactions';
}

function record(value: unknown): JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonRecord)
    : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A VRP consent in the customer's words: who is paid, how much at most, and until when. */
export interface VrpSummary {
  readonly purpose: string;
  readonly payee: string;
  readonly payeeAccount: string | undefined;
  readonly reference: string | undefined;
  readonly maximumPerPayment: string;
  /** Each periodic limit: "£500.00 in each calendar month". */
  readonly periodicLimits: readonly string[];
  readonly validity: string;
  readonly askEachTime: string;
}

const VRP_PURPOSES: Record<string, string> = {
  'UK.OBIE.VRPType.Sweeping': 'moving money between your own accounts (sweeping)',
  'UK.OBIE.VRPType.Other': 'payments for goods and services',
};
const CALENDAR_PERIODS: Record<string, string> = {
  Day: 'each day',
  Week: 'each calendar week (Monday to Sunday)',
  Month: 'each calendar month',
  'Half-year': 'each half-year (January to June, July to December)',
  Year: 'each calendar year',
};
const CONSENT_PERIODS: Record<string, string> = {
  Day: 'each day',
  Week: 'each week, counted from the day the app asked',
  Fortnight: 'each fortnight, counted from the day the app asked',
  Month: 'each month, counted from the day the app asked',
  'Half-year': 'each half-year, counted from the day the app asked',
  Year: 'each year, counted from the day the app asked',
};

/**
 * A VRP consent: the customer approves the control parameters once and picks the account the
 * payments come from (or sees the one the app named); each payment is checked against them then.
 */
function vrpOffer(
  consent: ConsentRecord,
  accounts: readonly LedgerAccount[],
  creditorOfAnother: boolean,
): Pick<ConsentOffer, 'vrp' | 'choices' | 'fixedDebtorAccount' | 'blocker'> {
  const none = { vrp: undefined, choices: [], fixedDebtorAccount: undefined };
  const parameters = consent.controlParameters;
  const initiation = consent.initiation ?? {};
  if (!parameters) return { ...none, blocker: 'This request cannot be shown.' };
  const money = (amount: string, currency: string) => {
    try {
      return formatMoney(parseAmount(amount, currency), currency);
    } catch (error) {
      if (error instanceof InvalidAmountError || error instanceof UnknownCurrencyError)
        return undefined;
      throw error;
    }
  };
  const { Currency: currency, Amount: maximum } = parameters.MaximumIndividualAmount;
  const periodicLimits = parameters.PeriodicLimits.map((limit) => {
    const periods = limit.PeriodAlignment === 'Calendar' ? CALENDAR_PERIODS : CONSENT_PERIODS;
    const amount = money(limit.Amount, limit.Currency);
    return amount && `${amount} in ${periods[limit.PeriodType] ?? limit.PeriodType}`;
  });
  const maximumPerPayment = money(maximum, currency);
  if (!maximumPerPayment || periodicLimits.some((limit) => limit === undefined))
    return { ...none, blocker: 'This request cannot be shown.' };
  const creditor =
    initiation.CreditorAccount === undefined ? undefined : record(initiation.CreditorAccount);
  const remittance = record(initiation.RemittanceInformation);
  const from =
    parameters.ValidFromDateTime && formatDateTime(new Date(parameters.ValidFromDateTime));
  const to = parameters.ValidToDateTime && formatDateTime(new Date(parameters.ValidToDateTime));
  const vrp: VrpSummary = {
    purpose: parameters.VRPType.map((type) => VRP_PURPOSES[type] ?? type).join(', '),
    payee: creditor ? (text(creditor.Name) ?? 'Name not given') : 'Any payee the app chooses',
    payeeAccount: creditor && externalAccount(creditor),
    reference: text(remittance.Reference) ?? text(remittance.Unstructured),
    maximumPerPayment,
    periodicLimits: periodicLimits as string[],
    validity:
      from && to
        ? `From ${from} until ${to}`
        : from
          ? `From ${from} until you cancel it`
          : to
            ? `Until ${to}`
            : 'Until you cancel it',
    askEachTime: parameters.PSUAuthenticationMethods.includes('UK.OBIE.SCA')
      ? 'The bank may ask you to confirm some payments'
      : 'You will not be asked again for each payment',
  };
  if (isSweepingOnly(parameters.VRPType) && creditorOfAnother)
    return {
      ...none,
      vrp,
      blocker:
        'Sweeping moves money between your own accounts, and the account these payments would go to is not yours.',
    };
  const creditorHere = creditor && identifiedAccount(creditor, accounts);
  const choice = (account: LedgerAccount): AccountChoice => ({
    ...accountView(account),
    unavailable:
      account.currency !== currency
        ? `This account is in ${account.currency}, the payments in ${currency}.`
        : account.id === creditorHere?.id
          ? 'This is the account the payments go to.'
          : undefined,
    notice: undefined,
  });
  if (initiation.DebtorAccount !== undefined) {
    const debtor = identifiedAccount(record(initiation.DebtorAccount), accounts);
    if (!debtor)
      return {
        ...none,
        vrp,
        blocker: 'The account these payments are set up to come from is not one of your accounts.',
      };
    const fixed = choice(debtor);
    return { vrp, choices: [], fixedDebtorAccount: fixed, blocker: fixed.unavailable };
  }
  const choices = accounts
    .filter((account) => account.sortCode && account.accountNumber)
    .map(choice);
  return {
    vrp,
    choices,
    fixedDebtorAccount: undefined,
    blocker: choices.some((c) => !c.unavailable)
      ? undefined
      : `You have no account in ${currency} these payments can come from.`,
  };
}
