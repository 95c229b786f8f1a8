/**
 * OB v3.1 account-access permissions in the words the OB Customer Experience Guidelines use:
 * grouped into data clusters, each with a heading the customer recognises and a line per thing
 * shared. The order is the guidelines' order. An unknown code is shown as itself rather than
 * dropped, so nothing the TPP asked for is ever hidden from the customer.
 */

export interface PermissionGroup {
  readonly heading: string;
  readonly items: readonly string[];
}

interface Cluster {
  readonly heading: string;
  readonly permissions: Readonly<Record<string, string>>;
}

const CLUSTERS: readonly Cluster[] = [
  {
    heading: 'Your account details',
    permissions: {
      ReadAccountsBasic:
        'Any other name by which you refer to this account, and its currency and type',
      ReadAccountsDetail: 'Your account name, sort code and account number',
      ReadBalances: 'Your account balance',
      ReadPAN: 'Your card number',
    },
  },
  {
    heading: 'Your regular payments',
    permissions: {
      ReadBeneficiariesBasic: 'The names of the people and businesses you pay',
      ReadBeneficiariesDetail: 'The names and account details of the people and businesses you pay',
      // What the account information API shows (resource-server/accounts/payment-order-resource.ts):
      // Basic has the reference and no creditor, Detail adds the creditor's account.
      ReadStandingOrdersBasic: 'Your standing orders: amounts, dates and references',
      ReadStandingOrdersDetail:
        'Your standing orders, with the name and account details of who they pay',
      ReadDirectDebits: 'Your Direct Debits: who collects them and the last amount',
      ReadScheduledPaymentsBasic: 'Payments you have scheduled: amounts, dates and references',
      ReadScheduledPaymentsDetail:
        'Payments you have scheduled, with the name and account details of who they pay',
    },
  },
  {
    heading: 'Your account transactions',
    permissions: {
      ReadTransactionsBasic: 'Your transactions: amounts and dates',
      ReadTransactionsDetail:
        'Your transactions in detail: who paid or was paid, and the references',
      ReadTransactionsCredits: 'Money coming into your account',
      ReadTransactionsDebits: 'Money going out of your account',
    },
  },
  {
    heading: 'Your statements',
    permissions: {
      ReadStatementsBasic: 'Your statements: dates and totals',
      ReadStatementsDetail: 'Your statements in full, including balances, interest and charges',
    },
  },
  {
    heading: 'Your account features and benefits',
    permissions: {
      ReadProducts: 'The fees, charges, interest and benefits of your account',
      ReadOffers: 'Offers available to you, such as balance transfers or overdraft limits',
    },
  },
  {
    heading: 'Contact and party details',
    permissions: {
      ReadParty: 'The names, addresses and contact details of the account holders',
      ReadPartyPSU: 'Your name, address and contact details',
    },
  },
];

export function describePermissions(permissions: readonly string[]): PermissionGroup[] {
  const requested = new Set(permissions);
  const groups: PermissionGroup[] = [];
  const known = new Set<string>();
  for (const cluster of CLUSTERS) {
    const items = Object.entries(cluster.permissions)
      .filter(([code]) => requested.has(code))
      .map(([, words]) => words);
    for (const code of Object.keys(cluster.permissions)) known.add(code);
    if (items.length > 0) groups.push({ heading: cluster.heading, items });
  }
  const other = permissions.filter((code) => !known.has(code));
  if (other.length > 0) groups.push({ heading: 'Other information', items: other });
  return groups;
}
