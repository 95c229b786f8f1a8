/**
 * Well-formed OB v3.1 intent requests, one per kind, fresh objects on every call so a test may
 * alter its copy. Dates are relative to now so the requests never expire in a test run.
 */

export const inDays = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString();

/** OBReadConsent1: account details, balances and all transactions, for 90 days. */
export const accountAccessRequest = () => ({
  Data: {
    Permissions: [
      'ReadAccountsDetail',
      'ReadBalances',
      'ReadTransactionsDetail',
      'ReadTransactionsCredits',
      'ReadTransactionsDebits',
    ],
    ExpirationDateTime: inDays(90),
    TransactionFromDateTime: '2025-01-01T00:00:00+00:00',
    TransactionToDateTime: inDays(90),
  } as Record<string, any>,
  Risk: {},
});

/** OBWriteDomesticConsent4: £165.88 to an external sort code and account number. */
export const domesticPaymentRequest = () => ({
  Data: {
    Initiation: {
      InstructionIdentification: 'ACME412',
      EndToEndIdentification: 'FRESCO.21302.GFX.20',
      InstructedAmount: { Amount: '165.88', Currency: 'GBP' },
      CreditorAccount: {
        SchemeName: 'UK.OBIE.SortCodeAccountNumber',
        Identification: '08080021325698',
        Name: 'ACME Inc',
      },
      RemittanceInformation: { Reference: 'FRESCO-101', Unstructured: 'Internal ops code 5120101' },
    },
  } as Record<string, any>,
  Risk: { PaymentContextCode: 'EcommerceGoods' },
});

/** OBFundsConfirmationConsent1: checks on alice's current account (sandbox seed), for 30 days. */
export const fundsConfirmationRequest = () => ({
  Data: {
    ExpirationDateTime: inDays(30),
    DebtorAccount: {
      SchemeName: 'UK.OBIE.SortCodeAccountNumber',
      Identification: '12345631926819',
      Name: 'Alice',
    },
  } as Record<string, any>,
});

/**
 * OBWriteDomesticScheduledConsent4: £25.00 to the same creditor, requested for `executeAt`
 * (default: tomorrow).
 */
export const domesticScheduledPaymentRequest = (executeAt = inDays(1)) => ({
  Data: {
    Permission: 'Create',
    Initiation: {
      InstructionIdentification: 'ACME413',
      EndToEndIdentification: 'FRESCO.21302.GFX.21',
      RequestedExecutionDateTime: executeAt,
      InstructedAmount: { Amount: '25.00', Currency: 'GBP' },
      CreditorAccount: {
        SchemeName: 'UK.OBIE.SortCodeAccountNumber',
        Identification: '08080021325698',
        Name: 'ACME Inc',
      },
      RemittanceInformation: { Reference: 'FRESCO-102' },
    },
  } as Record<string, any>,
  Risk: { PaymentContextCode: 'BillPayment' },
});

/**
 * OBWriteDomesticStandingOrderConsent5: rent of £10.00 first (from `firstAt`, default tomorrow),
 * then £20.00 on the 1st of each month, 12 payments in all, the last £5.00.
 */
export const domesticStandingOrderRequest = (firstAt = inDays(1)) => ({
  Data: {
    Permission: 'Create',
    Initiation: {
      Frequency: 'IntrvlMnthDay:01:01',
      Reference: 'RENT-FLAT-2',
      NumberOfPayments: '12',
      FirstPaymentDateTime: firstAt,
      FirstPaymentAmount: { Amount: '10.00', Currency: 'GBP' },
      RecurringPaymentAmount: { Amount: '20.00', Currency: 'GBP' },
      FinalPaymentAmount: { Amount: '5.00', Currency: 'GBP' },
      CreditorAccount: {
        SchemeName: 'UK.OBIE.SortCodeAccountNumber',
        Identification: '08080021325698',
        Name: 'ACME Lettings',
      },
    },
  } as Record<string, any>,
  Risk: { PaymentContextCode: 'PartyToParty' },
});

/**
 * What the customer's consent page says, line by line, of the standing order
 * domesticStandingOrderRequest('2031-01-15T08:00:00+00:00') describes, in either version.
 */
export const STANDING_ORDER_PAGE: readonly RegExp[] = [
  /Set up a standing order/,
  /<dt>How often<\/dt><dd>On day 1 of every month<\/dd>/,
  /<dt>First payment<\/dt><dd>£10\.00 on 15 January 2031 at 08:00<\/dd>/,
  /<dt>Then<\/dt><dd>£20\.00 each time<\/dd>/,
  /<dt>Ends<\/dt><dd>After 12 payments, the last one £5\.00<\/dd>/,
  /<dt>Payment dates<\/dt><dd>15 January 2031, 1 February 2031, 1 March 2031, 1 April 2031, 1 May 2031, 1 June 2031, and so on<\/dd>/,
];

export const INTENT_REQUESTS = {
  'account-access': accountAccessRequest,
  'domestic-payment': domesticPaymentRequest,
  'funds-confirmation': fundsConfirmationRequest,
} as const;
