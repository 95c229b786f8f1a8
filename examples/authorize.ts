/**
 * The whole UK Open Banking journey against a running `npm start`, with you as the customer in
 * your own browser: register (once per kit), create an intent, push the authorization request,
 * let the customer approve it on the bank's pages, exchange the code and call the API.
 *
 *   npm run directory -- onboard --name "My App" --redirect-uri https://localhost:3000/cb --out ./my-app-kit
 *   node --import tsx examples/authorize.ts ./my-app-kit             # account access, then GET /accounts
 *   node --import tsx examples/authorize.ts ./my-app-kit --payment   # a domestic payment of £12.50
 *
 * The script prints the authorization URL and waits for the URL the browser lands on afterwards
 * (the redirect URI need not load: its address holds the code), on stdin, so it can be piped too.
 * The first run saves the registration in the kit folder (`registration.json`, mode 0600); later
 * runs reuse it, since a software statement registers once. The bank's CA certificate is read from
 * BANK_CA_FILE, by default DATA_DIR/pki/ca.pem (DATA_DIR defaults to .data, as for `npm start`).
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import * as oauth from 'openid-client';
import { decodeProtectedHeader } from 'jose';
import { BankSignatureError, type components } from '../sdk/index.ts';
import {
  bankClient,
  clientCredentials,
  DOMESTIC_PAYMENTS_PATH,
  exchangeCode,
  INTENT_PATHS,
  INTENT_SCOPES,
  pushAuthorization,
  type AccessToken,
  type RegisteredTpp,
} from './tpp-client.ts';
import { KitError, readKit, type Kit } from './kit.ts';
import { registration, REGISTRATION_FILE } from './registration.ts';

const USAGE = 'usage: node --import tsx examples/authorize.ts <kit-dir> [--payment]';
/** A pasted line that is not the redirect is asked for again, this many times in all. */
const PASTE_ATTEMPTS_MAX = 3;

/** A failure the person can act on: printed as one line, no stack. */
class ExampleError extends Error {}
/** A command line the script cannot act on: exit code 2, as for the directory CLI. */
class UsageError extends ExampleError {}

/** The kit's first redirect URI: where the customer's browser is sent back to. */
const redirectUriOf = (kit: Kit) => kit.redirectUris[0]!;

type Schemas = components['schemas'];

/** OBReadConsent1: account details, balances and transactions, for 90 days. */
function accountAccessRequest(): Schemas['OBReadConsent1'] {
  return {
    Data: {
      Permissions: [
        'ReadAccountsDetail',
        'ReadBalances',
        'ReadTransactionsDetail',
        'ReadTransactionsCredits',
        'ReadTransactionsDebits',
      ],
      ExpirationDateTime: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    },
    Risk: {},
  };
}

/** OBWriteDomesticConsent4: £12.50 to ACME's account at another bank. */
function paymentRequest(): Schemas['OBWriteDomesticConsent4'] {
  return {
    Data: {
      Initiation: {
        // Unique per payment, as a TPP's own reference would be.
        InstructionIdentification: `EX-${crypto.randomUUID().slice(0, 13)}`,
        EndToEndIdentification: 'AUTHORIZE-EXAMPLE',
        InstructedAmount: { Amount: '12.50', Currency: 'GBP' },
        CreditorAccount: {
          SchemeName: 'UK.OBIE.SortCodeAccountNumber',
          Identification: '08080021325698',
          Name: 'ACME Inc',
        },
        RemittanceInformation: { Reference: 'AUTHORIZE-EXAMPLE' },
      },
    },
    Risk: { PaymentContextCode: 'EcommerceGoods' },
  };
}

/**
 * The URL the customer's browser was sent back to, from stdin (typed, pasted or piped). Lines are
 * read as they come, so a URL piped before the prompt is not lost.
 */
async function pastedRedirect(redirectUri: string): Promise<URL> {
  const expected = new URL(redirectUri);
  const input = createInterface({ input: process.stdin, terminal: false });
  const lines = input[Symbol.asyncIterator]();
  try {
    for (let attempt = 1; attempt <= PASTE_ATTEMPTS_MAX; attempt += 1) {
      process.stdout.write(
        `Paste the address your browser shows (it starts with ${redirectUri}) and press Enter:\n`,
      );
      const line = await lines.next();
      if (line.done) throw new ExampleError('stdin closed before the redirect URL was pasted');
      const text = line.value.trim();
      const pasted = URL.canParse(text) ? new URL(text) : undefined;
      if (
        pasted &&
        `${pasted.origin}${pasted.pathname}` === `${expected.origin}${expected.pathname}`
      )
        return pasted;
      console.error(`That is not an address under ${redirectUri}.`);
    }
    throw new ExampleError(`no redirect URL after ${PASTE_ATTEMPTS_MAX} attempts`);
  } finally {
    input.close();
  }
}

/**
 * The SDK's answer: its data when the bank answered as expected, or an ExampleError carrying its OB
 * error body.
 */
function expected<T>(answer: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (answer.data === undefined)
    throw new ExampleError(
      `${what}: the bank answered ${answer.response.status} ${JSON.stringify(answer.error)}`,
    );
  return answer.data;
}

async function listAccounts(tpp: RegisteredTpp, token: AccessToken): Promise<void> {
  const { Data } = expected(
    await bankClient(tpp, token).GET('/open-banking/v3.1/aisp/accounts'),
    'GET /accounts',
  );
  const accounts = Data.Account ?? [];
  console.log(`GET /open-banking/v3.1/aisp/accounts: ${accounts.length} account(s) shared`);
  for (const account of accounts) {
    // Only the last four digits: a full account number does not belong in a terminal's scrollback.
    const number = account.Account?.[0]?.Identification.slice(-4);
    console.log(
      `  ${account.AccountId}  ${account.AccountType}/${account.AccountSubType}  ${account.Currency}  ${account.Nickname ?? ''}  ${number ? `****${number}` : ''}`,
    );
  }
}

/**
 * Pays the authorised consent: the body repeats the consent's Initiation and Risk exactly; the SDK
 * signs it with the kit's key and checks the bank's signature on the answer against its published
 * keys.
 */
async function submitPayment(
  tpp: RegisteredTpp,
  token: AccessToken,
  consentId: string,
  intent: Schemas['OBWriteDomesticConsent4'],
): Promise<void> {
  const answer = await bankClient(tpp, token, { sign: true, verify: true }).POST(
    DOMESTIC_PAYMENTS_PATH,
    {
      body: {
        Data: { ConsentId: consentId, Initiation: intent.Data.Initiation },
        Risk: intent.Risk,
      },
      params: { header: { 'x-idempotency-key': crypto.randomUUID() } },
    },
  );
  const { Data } = expected(answer, `POST ${DOMESTIC_PAYMENTS_PATH}`);
  const amount = Data.Initiation.InstructedAmount;
  console.log(
    `POST ${DOMESTIC_PAYMENTS_PATH}: 201 DomesticPaymentId ${Data.DomesticPaymentId} (${Data.Status}), ${amount.Amount} ${amount.Currency}`,
  );
  const { kid } = decodeProtectedHeader(answer.response.headers.get('x-jws-signature')!);
  console.log(`The bank's x-jws-signature on the answer verifies with its published key ${kid}`);
}

/** A client-credentials token, and the intent created with it (the UK profile's first step). */
async function newIntent(
  kit: Kit,
  tpp: RegisteredTpp,
  kind: 'account-access' | 'domestic-payment',
  request: Schemas['OBReadConsent1'] | Schemas['OBWriteDomesticConsent4'],
): Promise<string> {
  const token = await clientCredentials(tpp, INTENT_SCOPES[kind], true).catch((error: unknown) => {
    if (error instanceof oauth.ResponseBodyError && error.error === 'invalid_client') {
      throw new ExampleError(
        `the bank does not know client ${tpp.clientId} (was its data reset?): remove ${join(kit.dir, REGISTRATION_FILE)} and onboard a new kit`,
      );
    }
    throw error;
  });
  const client = bankClient(tpp, token, { sign: true, verify: true });
  const answer =
    kind === 'domestic-payment'
      ? await client.POST(INTENT_PATHS[kind], {
          body: request as Schemas['OBWriteDomesticConsent4'],
          params: { header: { 'x-idempotency-key': crypto.randomUUID() } },
        })
      : await client.POST(INTENT_PATHS[kind], { body: request as Schemas['OBReadConsent1'] });
  const { Data } = expected<{ Data: { ConsentId: string; Status: string } }>(
    answer,
    `creating the ${kind} intent`,
  );
  console.log(`${kind} intent created: ConsentId ${Data.ConsentId} (${Data.Status})`);
  return Data.ConsentId;
}

/** PAR, then the person in the browser, then the code exchange with the same DPoP key. */
async function customerAuthorises(
  kit: Kit,
  tpp: RegisteredTpp,
  consentId: string,
  kind: 'account-access' | 'domestic-payment',
) {
  const pushed = await pushAuthorization(tpp, consentId, {
    scope: INTENT_SCOPES[kind],
    redirectUri: redirectUriOf(kit),
  });
  console.log('\nOpen this URL in your browser within 60 seconds (it is single use):\n');
  console.log(`AUTHORIZATION_URL ${pushed.url.href}\n`);
  console.log(
    'Sign in as a sandbox customer (alice / alice-sandbox-pass-1, then the TOTP code; see README "Sandbox customers"),',
  );
  console.log(
    `${kind === 'domestic-payment' ? 'pick the account to pay from' : 'pick the accounts to share'} and approve. The browser then goes to ${redirectUriOf(kit)}`,
  );
  console.log('(that page need not load). Paste its address here within 60 seconds.\n');

  const callback = await pastedRedirect(redirectUriOf(kit));
  const tokens = await exchangeCode(tpp, callback, pushed).catch((error: unknown) => {
    if (error instanceof oauth.AuthorizationResponseError) {
      throw new ExampleError(
        `the bank answered the authorization with ${error.error}${error.error_description ? `: ${error.error_description}` : ''}`,
      );
    }
    throw error;
  });
  const binding = tokens.token_type.toLowerCase() === 'dpop' ? 'DPoP' : 'certificate';
  console.log(
    `Code exchanged: ${binding}-bound access token for "${tokens.scope}", expires in ${tokens.expires_in} s${tokens.refresh_token ? ', with a refresh token' : ''}`,
  );
  console.log('ID token claims:', JSON.stringify(tokens.claims(), null, 2));
  return tokens;
}

function commandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      strict: true,
      options: { payment: { type: 'boolean' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

async function main(): Promise<void> {
  const args = commandLine();
  const [kitDir, ...extra] = args.positionals;
  if (!kitDir || extra.length > 0) throw new UsageError(USAGE);

  const kit = await readKit(kitDir);
  const tpp = await registration(kit);
  if (args.values.payment) {
    const request = paymentRequest();
    const consentId = await newIntent(kit, tpp, 'domestic-payment', request);
    await submitPayment(
      tpp,
      await customerAuthorises(kit, tpp, consentId, 'domestic-payment'),
      consentId,
      request,
    );
  } else {
    const consentId = await newIntent(kit, tpp, 'account-access', accountAccessRequest());
    await listAccounts(tpp, await customerAuthorises(kit, tpp, consentId, 'account-access'));
  }
}

main().catch((error: unknown) => {
  if (
    error instanceof ExampleError ||
    error instanceof KitError ||
    error instanceof BankSignatureError
  )
    console.error(`authorize: ${error.message}`);
  else if (error instanceof oauth.ResponseBodyError)
    console.error(
      `authorize: the bank refused: ${error.error}${error.error_description ? `: ${error.error_description}` : ''}`,
    );
  else console.error(error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
