import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { pollEvents, subscribeToEvents } from '../../examples/event-receiver.ts';
import {
  callApi,
  clientCredentials,
  DOMESTIC_PAYMENTS_PATH as PAYMENTS,
  signMessage,
  type AccessToken,
} from '../../examples/tpp-client.ts';
import { CREDIT_TRANSFER, validateMessage } from '../../iso20022/index.ts';
import { statusReportXml } from '../../iso20022/test/status-report-xml.ts';
import {
  SYSTEM_ACCOUNT_IDS,
  getAccountBalance,
  reconcileLedger,
  totalsByCurrency,
} from '../../ledger/index.ts';
import { ALICE, authorizeIntent } from '../support/customer-consent.ts';
import { domesticPaymentRequest } from '../support/intent-requests.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import { killScripts, runScript } from '../support/process.ts';
import {
  assertSignedByBank,
  createdIntentId,
  onboardTpp,
  type OnboardedTpp,
} from '../support/tpp.ts';

/**
 * ISO 20022 out of the ledger, over the whole platform: a TPP pays twice through the OB API, the
 * worker settles, the operator collects the batch's pacs.008 with `npm run iso20022 -- export`
 * (valid against the official XSD, the payments in it as the TPP made them), and feeds back the
 * scheme's pacs.002 with `status-report`: one payment rejected (its money back with the debtor),
 * one credited. The TPP reads the new statuses through the API, held to the OB document, and
 * gets a resource-update event for each; the ledger stays balanced.
 */

const REDIRECT = 'https://tpp.example/cb';
const RESOURCE_UPDATE = 'urn:uk:org:openbanking:events:resource-update';
const SETTLEMENT = SYSTEM_ACCOUNT_IDS.gbpSchemeSettlement;

let platform: TestPlatform;
let tpp: OnboardedTpp;
let workDir: string;
let env: Record<string, string>;

before(async () => {
  platform = await startTestPlatform();
  tpp = await onboardTpp(platform, {
    name: 'Iso Payments Ltd',
    roles: ['PISP'],
    redirectUri: REDIRECT,
  });
  workDir = await mkdtemp(join(tmpdir(), 'iso20022-e2e-'));
  env = { DATABASE_URL: platform.config.databaseUrl!, DATA_DIR: platform.dataDir };
});
after(async () => {
  killScripts();
  await platform?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function paymentsCall(
  token: AccessToken,
  method: 'GET' | 'POST',
  path: string,
  template: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<Record<string, any>> {
  const response = await callApi(tpp.tpp, token, method, path, body, headers);
  const text = await response.text();
  const parsed = await obResponseBody('payment-initiation', method, template, {
    status: response.status,
    text: async () => text,
  });
  await assertSignedByBank(tpp.tpp, response.headers, text);
  return { status: response.status, ...parsed };
}

/** The OB status of a payment, as the TPP reads it. */
async function paymentStatus(paymentId: string): Promise<string> {
  const read = await paymentsCall(
    await clientCredentials(tpp.tpp, 'payments'),
    'GET',
    `${PAYMENTS}/${paymentId}`,
    '/domestic-payments/{DomesticPaymentId}',
  );
  assert.equal(read.status, 200);
  return read.Data.Status;
}

/** The CLI as an operator runs it; its output, after it exited with `code`. */
async function iso20022(args: string[], code = 0): Promise<string> {
  const run = runScript('iso20022/cli.ts', args, env);
  assert.equal(await run.exited, code, run.output());
  return run.output();
}

/** Events the TPP collects by polling, acknowledged as received: resource -> count. */
async function collectEvents(token: AccessToken): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  for (;;) {
    const response = await pollEvents(tpp.tpp, token, { maxEvents: 20, returnImmediately: true });
    const body = await obResponseBody<{ moreAvailable: boolean; sets: Record<string, string> }>(
      'events',
      'POST',
      '/events',
      response,
    );
    const jtis = Object.keys(body.sets);
    for (const set of Object.values(body.sets)) {
      const claims = JSON.parse(Buffer.from(set.split('.')[1]!, 'base64url').toString()) as {
        sub: string;
        events: Record<string, unknown>;
      };
      if (RESOURCE_UPDATE in claims.events) seen.set(claims.sub, (seen.get(claims.sub) ?? 0) + 1);
    }
    if (jtis.length > 0)
      await pollEvents(tpp.tpp, token, { ack: jtis, maxEvents: 0, returnImmediately: true });
    if (!body.moreAvailable) return seen;
  }
}

test('payments through the API settle into a valid pacs.008 the operator collects; a pacs.002 rejects one and credits the other', async () => {
  const eventsToken = await clientCredentials(tpp.tpp, 'payments');
  const subscribed = await subscribeToEvents(tpp.tpp, eventsToken, { Version: '3.1' });
  assert.equal(subscribed.status, 201, await subscribed.text());

  // Two consents authorised by the customer, then paid one after the other.
  const consents = [];
  for (const [amount, reference] of [
    ['12.34', 'ISO-REJECT-ME'],
    ['5.00', 'ISO <credit> & co'],
  ] as const) {
    const intent = domesticPaymentRequest();
    intent.Data.Initiation.InstructedAmount.Amount = amount;
    intent.Data.Initiation.InstructionIdentification = `INSTR-${randomUUID().slice(0, 8)}`;
    intent.Data.Initiation.EndToEndIdentification = `E2E-${randomUUID().slice(0, 8)}`;
    intent.Data.Initiation.RemittanceInformation.Reference = reference;
    const consentId = await createdIntentId(tpp.tpp, 'domestic-payment', intent);
    const token = await authorizeIntent(platform, tpp.tpp, consentId, {
      redirectUri: REDIRECT,
      customer: ALICE,
    });
    consents.push({
      token,
      body: JSON.stringify({
        Data: { ConsentId: consentId, Initiation: intent.Data.Initiation },
        Risk: intent.Risk,
      }),
      initiation: intent.Data.Initiation,
    });
  }
  const payments: { id: string; initiation: Record<string, any> }[] = [];
  for (const consent of consents) {
    const made = await paymentsCall(
      consent.token,
      'POST',
      PAYMENTS,
      '/domestic-payments',
      consent.body,
      {
        'x-idempotency-key': randomUUID(),
        'x-jws-signature': await signMessage(tpp.tpp.signer, consent.body),
      },
    );
    assert.equal(made.status, 201, JSON.stringify(made));
    payments.push({ id: made.Data.DomesticPaymentId, initiation: consent.initiation });
  }
  const [rejected, credited] = payments as [(typeof payments)[0], (typeof payments)[0]];
  // The account the customer chose on the consent page pays both.
  const debtors = await platform
    .knex('openbanking.payments')
    .whereIn(
      'id',
      payments.map((payment) => payment.id),
    )
    .distinct('debtor_account_id');
  assert.equal(debtors.length, 1);
  const debtor: string = debtors[0].debtor_account_id;
  for (const payment of payments) {
    assert.equal(
      await pollUntil(
        async () =>
          (await paymentStatus(payment.id)) === 'AcceptedSettlementCompleted' ? true : undefined,
        { timeoutMs: 20_000, intervalMs: 200 },
      ),
      true,
    );
  }
  const settlementBefore = (await getAccountBalance(platform.knex, SETTLEMENT)).balanceMinor;
  const debtorBefore = (await getAccountBalance(platform.knex, debtor)).balanceMinor;
  const eventsBefore = await collectEvents(eventsToken);

  // The operator lists and collects the messages as files.
  assert.match(await iso20022(['list', '--status', 'ready']), /pacs\.008\.001\.09 .* ready/);
  const outDir = join(workDir, 'outbox');
  assert.match(await iso20022(['export', outDir]), /message\(s\) written/);
  const files = await readdir(outDir);
  assert.ok(files.length >= 1);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    isArray: (name) => ['CdtTrfTxInf', 'Ustrd'].includes(name),
  });
  const messageOf = new Map<string, string>();
  for (const file of files) {
    const xml = await readFile(join(outDir, file), 'utf8');
    await validateMessage(CREDIT_TRANSFER, xml);
    const message = parser.parse(xml).Document.FIToFICstmrCdtTrf;
    const sum = message.CdtTrfTxInf.reduce(
      (total: number, transaction: any) =>
        total + Math.round(Number(transaction.IntrBkSttlmAmt['#text']) * 100),
      0,
    );
    assert.equal(
      Math.round(Number(message.GrpHdr.CtrlSum) * 100),
      sum,
      `${file}: the control sum is the sum of its transactions`,
    );
    assert.equal(Number(message.GrpHdr.NbOfTxs), message.CdtTrfTxInf.length);
    for (const transaction of message.CdtTrfTxInf) {
      const payment = payments.find((candidate) => candidate.id === transaction.PmtId.UETR);
      if (!payment) continue;
      messageOf.set(payment.id, message.GrpHdr.MsgId);
      assert.equal(transaction.PmtId.EndToEndId, payment.initiation.EndToEndIdentification);
      assert.equal(transaction.PmtId.InstrId, payment.initiation.InstructionIdentification);
      assert.deepEqual(transaction.IntrBkSttlmAmt, {
        '#text': payment.initiation.InstructedAmount.Amount,
        '@_Ccy': 'GBP',
      });
      assert.equal(transaction.Dbtr.Nm, ALICE.displayName);
      assert.deepEqual(
        transaction.CdtrAcct.Id.Othr.Id,
        payment.initiation.CreditorAccount.Identification,
      );
      assert.equal(transaction.Cdtr.Nm, payment.initiation.CreditorAccount.Name);
      assert.deepEqual(transaction.RmtInf.Ustrd, [
        payment.initiation.RemittanceInformation.Reference,
        payment.initiation.RemittanceInformation.Unstructured,
      ]);
    }
  }
  assert.deepEqual(
    [...messageOf.keys()].sort(),
    payments.map((payment) => payment.id).sort(),
    'both payments left the bank in a message',
  );
  assert.match(
    await iso20022(['show', messageOf.get(rejected.id)!]),
    new RegExp(`<UETR>${rejected.id}</UETR>`),
  );
  assert.match(await iso20022(['list', '--status', 'ready']), /No messages/, 'all collected');

  // The scheme answers each message: AC04 (closed account) for one payment, credited for the other.
  const statuses = new Map([
    [
      rejected.id,
      {
        uetr: rejected.id,
        endToEndId: rejected.initiation.EndToEndIdentification,
        status: 'RJCT',
        reason: 'AC04',
      },
    ],
    [credited.id, { uetr: credited.id, status: 'ACCC' }],
  ]);
  const reports: string[] = [];
  for (const messageId of new Set(messageOf.values())) {
    const file = join(workDir, `report-${reports.length}.xml`);
    const transactions = payments
      .filter((payment) => messageOf.get(payment.id) === messageId)
      .map((payment) => statuses.get(payment.id)!);
    await writeFile(
      file,
      statusReportXml({
        messageId: `SCHEME-${randomUUID().slice(0, 8)}`,
        originalMessageId: messageId,
        transactions,
      }),
    );
    reports.push(file);
  }
  // A report about a message the bank never sent is refused (exit 3) and changes nothing.
  const stray = join(workDir, 'stray.xml');
  await writeFile(
    stray,
    statusReportXml({
      messageId: 'SCHEME-STRAY',
      originalMessageId: 'NEVER-SENT',
      transactions: [{ uetr: rejected.id, status: 'RJCT', reason: 'AC04' }],
    }),
  );
  assert.match(
    await iso20022(['status-report', stray], 3),
    /iso20022: report SCHEME-STRAY answers message NEVER-SENT, which this bank did not send/,
  );
  assert.equal(await paymentStatus(rejected.id), 'AcceptedSettlementCompleted');

  let output = '';
  for (const report of reports) output += await iso20022(['status-report', report]);
  assert.match(
    output,
    new RegExp(`${rejected.id} Rejected \\(AC04\\), money returned by transfer`),
  );
  assert.match(output, new RegExp(`${credited.id} AcceptedCreditSettlementCompleted`));
  assert.match(
    await iso20022(['status-report', reports[0]!]),
    /was applied before; nothing changed/,
  );

  assert.equal(await paymentStatus(rejected.id), 'Rejected');
  assert.equal(await paymentStatus(credited.id), 'AcceptedCreditSettlementCompleted');
  assert.equal(
    (await getAccountBalance(platform.knex, debtor)).balanceMinor,
    debtorBefore + 1234n,
    'the rejected 12.34 is back with alice',
  );
  assert.equal(
    (await getAccountBalance(platform.knex, SETTLEMENT)).balanceMinor,
    settlementBefore - 1234n,
  );

  const eventsAfter = await pollUntil(
    async () => {
      const collected = await collectEvents(eventsToken);
      return collected.size >= 2 ? collected : undefined;
    },
    { timeoutMs: 10_000, intervalMs: 200 },
  );
  assert.ok(eventsAfter, 'the TPP gets its events');
  const resource = (paymentId: string) =>
    `${platform.urls.tpp}/open-banking/v3.1/pisp/domestic-payments/${paymentId}`;
  assert.deepEqual(
    Object.fromEntries(eventsAfter),
    { [resource(rejected.id)]: 1, [resource(credited.id)]: 1 },
    `one resource-update each after the report (before: ${JSON.stringify([...eventsBefore])})`,
  );

  const reconciliation = await reconcileLedger(platform.knex);
  assert.equal(reconciliation.ok, true);
  for (const [currency, total] of await totalsByCurrency(platform.knex))
    assert.equal(total, 0n, `${currency} sums to zero`);
  assert.ok(
    !platform.logLines().some((line) => line.includes(ALICE.current.accountNumber)),
    'no full account number is logged',
  );
});
