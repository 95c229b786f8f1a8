/**
 * From a sandbox directory kit to an Open Banking intent, against a running `npm start`:
 * register with the bank (RFC 7591 over mutual TLS, with the kit's software statement), get a
 * client-credentials token bound to a DPoP key (openid-client), and create an account-access intent
 * with the typed SDK (sdk/: mutual TLS and a DPoP proof per request).
 *
 *   npm run directory -- onboard --name "My App" --redirect-uri https://localhost:3000/cb --out ./my-app-kit
 *   node --import tsx examples/quickstart.ts ./my-app-kit
 *
 * The bank's CA certificate is read from BANK_CA_FILE, by default DATA_DIR/pki/ca.pem (DATA_DIR
 * defaults to .data, as for `npm start`). A software statement registers once: the first run saves
 * the registration in the kit folder (examples/registration.ts) and later runs, and authorize.ts on
 * the same kit, reuse it.
 */
import { readKit } from './kit.ts';
import { registration } from './registration.ts';
import { bankClient, clientCredentials } from './tpp-client.ts';

const kitDir = process.argv[2];
if (!kitDir) {
  console.error('usage: node --import tsx examples/quickstart.ts <kit-dir>');
  process.exit(2);
}
const kit = await readKit(kitDir);

const tpp = await registration(kit);

const token = await clientCredentials(tpp, 'accounts', true);
console.log(
  `Client-credentials token: ${token.token_type}-bound, expires in ${token.expires_in} s`,
);

const bank = bankClient(tpp, token);
const { data, error, response } = await bank.POST(
  '/open-banking/v3.1/aisp/account-access-consents',
  {
    body: {
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
    },
  },
);
if (!data) {
  console.error(
    `The bank refused the intent (${response.status}):`,
    JSON.stringify(error, null, 2),
  );
  process.exit(1);
}
console.log(
  `Account-access intent created: ConsentId ${data.Data.ConsentId} (${data.Data.Status})`,
);
