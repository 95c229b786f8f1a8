import {
  SYSTEM_ACCOUNT_IDS,
  type AccountSubtype,
  type JsonObject,
  type TransferKind,
} from '../../ledger/index.ts';

/**
 * The sandbox bank's customers, accounts and history. Credentials are public on purpose: they are
 * printed at boot and listed in the README so testers can log in. TOTP: SHA-1, 6 digits, 30 s
 * (RFC 6238 defaults, what authenticator apps use), from the base32 secret.
 */

/** One branch sort code for the whole sandbox bank. */
export const SANDBOX_SORT_CODE = '123456';

export interface SandboxAccount {
  readonly id: string;
  readonly subtype: Extract<AccountSubtype, 'CurrentAccount' | 'Savings'>;
  readonly nickname: string;
  readonly accountNumber: string;
  /** OB decimal string, GBP. */
  readonly openingBalance: string;
}

/**
 * A credit card account, identified by its card number (OB scheme UK.OBIE.PAN). The numbers are
 * sandbox numbers (Luhn-valid, in no real card range's use here) and public like the passwords; the
 * platform still treats them as card numbers: tokenised and sealed at rest, masked unless ReadPAN.
 */
export interface SandboxCard {
  readonly id: string;
  readonly nickname: string;
  readonly pan: string;
}

export interface SandboxCustomer {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly totpSecret: string;
  readonly current: SandboxAccount;
  readonly savings: SandboxAccount;
  /** The conformance customer has none. */
  readonly creditCard?: SandboxCard;
}

export const SANDBOX_CUSTOMERS: readonly SandboxCustomer[] = [
  {
    id: 'bc3d61d8-ba27-44e9-b6ec-3f3717e8b0a3',
    username: 'alice',
    displayName: 'Alice Carter',
    password: 'alice-sandbox-pass-1',
    totpSecret: 'VCT3TCTSC2P5R4YW74S7Y55UK2IY6TVB',
    current: {
      id: 'f64b0509-3c99-48f4-89c7-b0605fa7375f',
      subtype: 'CurrentAccount',
      nickname: 'Everyday',
      accountNumber: '31926819',
      openingBalance: '2500.00',
    },
    savings: {
      id: '2a30f240-b42a-4b77-9931-ecf15cd9bb74',
      subtype: 'Savings',
      nickname: 'Rainy day',
      accountNumber: '31926827',
      openingBalance: '10000.00',
    },
    creditCard: {
      id: '7d4e2b91-5c3a-4f8e-9b1d-2a6c8e0f4d13',
      nickname: 'Credit card',
      pan: '4921810000173302',
    },
  },
  {
    id: 'f063deca-0c83-4b4c-9a3f-26244dda70da',
    username: 'bob',
    displayName: 'Bob Patel',
    password: 'bob-sandbox-pass-1',
    totpSecret: 'UM2GNF22RUIDPJ7R6THARISBEWCEMEFI',
    current: {
      id: '453c07f2-6efe-4a1c-b702-5d7c703bbdb5',
      subtype: 'CurrentAccount',
      nickname: 'Bills',
      accountNumber: '42087311',
      openingBalance: '820.45',
    },
    savings: {
      id: 'c0f5fb9c-77c3-4c65-a044-fd8d787f5044',
      subtype: 'Savings',
      nickname: 'Holiday fund',
      accountNumber: '42087338',
      openingBalance: '1500.00',
    },
    creditCard: {
      id: '3b8f6d2a-9e4c-4a71-8d5b-6f1e3c9a2b47',
      nickname: 'Credit card',
      pan: '4921810000425074',
    },
  },
  {
    // Little money on purpose: the customer to try an insufficient-funds payment with.
    id: 'bb75c568-f5ac-4483-9656-d8b023d8d611',
    username: 'carol',
    displayName: 'Carol Jones',
    password: 'carol-sandbox-pass-1',
    totpSecret: 'P37C74MXYCKUSHX5GPZYYL5EULDQL6AM',
    current: {
      id: 'b5884812-ecef-4c5f-bbff-5abb94252dcc',
      subtype: 'CurrentAccount',
      nickname: 'Main',
      accountNumber: '50713642',
      openingBalance: '45.20',
    },
    savings: {
      id: 'c2ae1692-ff6e-4d7d-9cac-509f1f7a50a2',
      subtype: 'Savings',
      nickname: 'Savings',
      accountNumber: '50713669',
      openingBalance: '50.00',
    },
    creditCard: {
      id: 'e5a1c7f3-2d8b-4e96-a3c4-8b7d1f5e9a20',
      nickname: 'Credit card',
      pan: '4921810000698548',
    },
  },
];

const [alice, bob, carol] = SANDBOX_CUSTOMERS as [
  SandboxCustomer,
  SandboxCustomer,
  SandboxCustomer,
];

/**
 * The customer the OpenID conformance suite signs in as. The suite's headless browser replays
 * fixed steps and cannot compute a TOTP code, so this customer's second factor is a fixed code
 * (compared in constant time, authz/interactions/login.ts). It is seeded, and its code accepted,
 * only with CONFORMANCE_CUSTOMER=true, which the platform refuses without SEED_SANDBOX
 * (platform/config.ts): never in production. Its TOTP seed is random and never shown. Plenty of
 * money, so the suite and the self-check (conformance/) can pay again and again.
 */
export interface ConformanceCustomer extends Omit<SandboxCustomer, 'totpSecret'> {
  readonly fixedCode: string;
}

export const CONFORMANCE_CUSTOMER: ConformanceCustomer = {
  id: '5d0f6a0e-3c1b-4d0e-9a55-0c0f0e5a1b2c',
  username: 'conformance',
  displayName: 'Conformance Tester',
  password: 'conformance-sandbox-pass-1',
  fixedCode: '739201',
  current: {
    id: '8f3c2d7e-1a4b-4c9d-8e2f-6b5a4c3d2e1f',
    subtype: 'CurrentAccount',
    nickname: 'Conformance current',
    accountNumber: '60400017',
    openingBalance: '250000.00',
  },
  savings: {
    id: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6',
    subtype: 'Savings',
    nickname: 'Conformance savings',
    accountNumber: '60400025',
    openingBalance: '1000.00',
  },
};

/** Accounts open, and opening balances land, this many days before the first seeding. */
export const SANDBOX_OPENED_DAYS_AGO = 60;

export interface SandboxHistoryItem {
  /** Stable name: the transfer's id derives from it, which is how a second run knows it exists. */
  readonly key: string;
  readonly daysAgo: number;
  /** UTC time of day, "HH:MM". */
  readonly time: string;
  readonly kind: TransferKind;
  readonly reference: string;
  readonly fromAccountId: string;
  readonly toAccountId: string;
  /** OB decimal string, GBP. */
  readonly amount: string;
  readonly metadata: JsonObject;
}

/**
 * A card purchase, paid from the account the card draws on: the current account (debit card) or a
 * credit card.
 */
const card = (
  key: string,
  daysAgo: number,
  time: string,
  paidFrom: { readonly id: string },
  merchant: string,
  categoryCode: string,
  amount: string,
): SandboxHistoryItem => ({
  key,
  daysAgo,
  time,
  kind: 'card-payment',
  reference: merchant,
  fromAccountId: paidFrom.id,
  toAccountId: SYSTEM_ACCOUNT_IDS.gbpCardClearing,
  amount,
  metadata: { counterparty: { name: merchant }, merchant: { name: merchant, categoryCode } },
});

const inbound = (
  key: string,
  daysAgo: number,
  time: string,
  customer: SandboxCustomer,
  payer: string,
  reference: string,
  amount: string,
): SandboxHistoryItem => ({
  key,
  daysAgo,
  time,
  kind: 'inbound-payment',
  reference,
  fromAccountId: SYSTEM_ACCOUNT_IDS.gbpSchemeSettlement,
  toAccountId: customer.current.id,
  amount,
  metadata: { counterparty: { name: payer } },
});

const ownTransfer = (
  key: string,
  daysAgo: number,
  time: string,
  customer: SandboxCustomer,
  reference: string,
  amount: string,
): SandboxHistoryItem => ({
  key,
  daysAgo,
  time,
  kind: 'internal-transfer',
  reference,
  fromAccountId: customer.current.id,
  toAccountId: customer.savings.id,
  amount,
  metadata: {},
});

function creditCardOf(customer: SandboxCustomer): SandboxCard {
  if (!customer.creditCard) throw new Error(`${customer.username} has no credit card`);
  return customer.creditCard;
}

/** Paying off the credit card from the current account. */
const cardRepayment = (
  key: string,
  daysAgo: number,
  time: string,
  customer: SandboxCustomer,
  amount: string,
): SandboxHistoryItem => ({
  key,
  daysAgo,
  time,
  kind: 'internal-transfer',
  reference: 'CARD REPAYMENT',
  fromAccountId: customer.current.id,
  toAccountId: creditCardOf(customer).id,
  amount,
  metadata: {},
});

export const SANDBOX_HISTORY: readonly SandboxHistoryItem[] = [
  card('alice-tesco-1', 44, '18:02', alice.current, 'TESCO STORES 2041', '5411', '23.45'),
  card('bob-pret-1', 40, '08:41', bob.current, 'PRET A MANGER', '5814', '6.80'),
  card('carol-tfl-1', 35, '07:55', carol.current, 'TFL TRAVEL CH', '4111', '7.40'),
  inbound('alice-salary-1', 31, '06:00', alice, 'ACME LTD', 'ACME LTD SALARY', '2850.00'),
  inbound('bob-salary-1', 31, '06:05', bob, 'NORTHWIND TRADERS', 'NORTHWIND PAYROLL', '1980.00'),
  ownTransfer('alice-saving-1', 28, '09:00', alice, 'MONTHLY SAVING', '200.00'),
  card('carol-costa-1', 21, '12:30', carol.current, 'COSTA COFFEE', '5814', '3.95'),
  card('bob-amazon-1', 14, '20:17', bob.current, 'AMAZON.CO.UK', '5942', '49.99'),
  card('alice-sainsburys-1', 7, '17:45', alice.current, 'SAINSBURYS 0412', '5411', '67.12'),
  ownTransfer('bob-saving-1', 3, '09:00', bob, 'HOLIDAY POT', '100.00'),
  card('carol-spotify-1', 2, '03:00', carol.current, 'SPOTIFY', '5815', '11.99'),
  card('alice-trainline-1', 1, '10:20', alice.current, 'TRAINLINE', '4112', '42.50'),
  // Credit cards: purchases booked like any other card payment, and a repayment from the current
  // account.
  card(
    'alice-card-hotel-1',
    20,
    '21:10',
    creditCardOf(alice),
    'PREMIER INN LEEDS',
    '7011',
    '89.00',
  ),
  card('alice-card-books-1', 9, '13:05', creditCardOf(alice), 'WATERSTONES', '5942', '18.99'),
  cardRepayment('alice-card-repay-1', 3, '09:30', alice, '89.00'),
  card('bob-card-fuel-1', 12, '07:20', creditCardOf(bob), 'SHELL 1123', '5541', '54.10'),
  card('carol-card-lunch-1', 4, '12:45', creditCardOf(carol), 'WASABI', '5814', '8.25'),
];
