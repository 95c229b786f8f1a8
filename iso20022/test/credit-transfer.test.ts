import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import fc from 'fast-check';
import {
  BANK_ACCOUNT_REFERENCE,
  buildCreditTransfer,
  controlSumMinor,
  CREDIT_TRANSFER,
  InvalidIsoMessageError,
  validateMessage,
  type CreditTransferBatch,
  type OutgoingCreditTransfer,
} from '../index.ts';

/**
 * The pacs.008.001.09 a settlement batch becomes, checked against the official ISO 20022 schema
 * (iso20022/schemas, libxml2) and read back field by field: the group header's count and control
 * sum are the batch's, each transaction carries its payment's ids, parties, accounts, amount and
 * remittance, and a TPP's text cannot break out of its element.
 */

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ['CdtTrfTxInf', 'Ustrd'].includes(name),
});

function transaction(overrides: Partial<OutgoingCreditTransfer> = {}): OutgoingCreditTransfer {
  return {
    paymentId: '7d3f0c2a-1b2c-4d3e-8f40-123456789abc',
    instructionId: 'INSTR-0001',
    endToEndId: 'E2E-0001',
    amountMinor: 12345n,
    currency: 'GBP',
    debtor: {
      name: 'Alice Smith',
      account: { scheme: 'UK.OBIE.SortCodeAccountNumber', identification: '40400411111111' },
    },
    creditor: {
      name: 'ACME Energy Ltd',
      account: { scheme: 'UK.OBIE.SortCodeAccountNumber', identification: '20000055555555' },
    },
    remittance: ['INV-42', 'Winter bill'],
    ...overrides,
  };
}

function batch(transactions: readonly OutgoingCreditTransfer[]): CreditTransferBatch {
  return {
    messageId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    createdAt: new Date('2026-12-05T10:11:12.345Z'),
    currency: 'GBP',
    transactions,
  };
}

function read(xml: string): Record<string, any> {
  return parser.parse(xml).Document.FIToFICstmrCdtTrf;
}

describe('pacs.008.001.09 of a settlement batch', () => {
  test('is valid against the official schema and carries every payment as it was made', async () => {
    const iban = transaction({
      paymentId: '0b9f3c1e-5a6d-4e7f-9a0b-c1d2e3f4a5b6',
      instructionId: 'INSTR-0002',
      endToEndId: 'E2E-0002',
      amountMinor: 1n,
      creditor: {
        name: null,
        account: { scheme: 'UK.OBIE.IBAN', identification: 'GB29NWBK60161331926819' },
      },
      remittance: [],
    });
    const xml = buildCreditTransfer(batch([transaction(), iban]));
    await validateMessage(CREDIT_TRANSFER, xml);
    assert.match(
      xml,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.09">/,
    );

    const message = read(xml);
    assert.deepEqual(message.GrpHdr, {
      MsgId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      CreDtTm: '2026-12-05T10:11:12.345Z',
      NbOfTxs: '2',
      CtrlSum: '123.46',
      TtlIntrBkSttlmAmt: { '#text': '123.46', '@_Ccy': 'GBP' },
      IntrBkSttlmDt: '2026-12-05',
      SttlmInf: { SttlmMtd: 'CLRG' },
    });
    const [first, second] = message.CdtTrfTxInf;
    assert.deepEqual(first.PmtId, {
      InstrId: 'INSTR-0001',
      EndToEndId: 'E2E-0001',
      TxId: '7d3f0c2a1b2c4d3e8f40123456789abc',
      UETR: '7d3f0c2a-1b2c-4d3e-8f40-123456789abc',
    });
    assert.deepEqual(first.IntrBkSttlmAmt, { '#text': '123.45', '@_Ccy': 'GBP' });
    assert.equal(first.ChrgBr, 'SLEV');
    assert.deepEqual(first.Dbtr, { Nm: 'Alice Smith' });
    assert.deepEqual(first.DbtrAcct, {
      Id: { Othr: { Id: '40400411111111', SchmeNm: { Prtry: 'UK.OBIE.SortCodeAccountNumber' } } },
    });
    assert.deepEqual(first.DbtrAgt, {
      FinInstnId: { ClrSysMmbId: { ClrSysId: { Cd: 'GBDSC' }, MmbId: '404004' } },
    });
    assert.deepEqual(first.CdtrAgt, {
      FinInstnId: { ClrSysMmbId: { ClrSysId: { Cd: 'GBDSC' }, MmbId: '200000' } },
    });
    assert.deepEqual(first.Cdtr, { Nm: 'ACME Energy Ltd' });
    assert.deepEqual(first.CdtrAcct, {
      Id: { Othr: { Id: '20000055555555', SchmeNm: { Prtry: 'UK.OBIE.SortCodeAccountNumber' } } },
    });
    assert.deepEqual(first.RmtInf, { Ustrd: ['INV-42', 'Winter bill'] });
    // An IBAN as such, its bank by the sort code inside a GB IBAN; no name, no remittance: none
    // sent.
    assert.deepEqual(second.CdtrAcct, { Id: { IBAN: 'GB29NWBK60161331926819' } });
    assert.deepEqual(second.CdtrAgt, {
      FinInstnId: { ClrSysMmbId: { ClrSysId: { Cd: 'GBDSC' }, MmbId: '601613' } },
    });
    assert.equal(second.Cdtr, '');
    assert.equal(second.RmtInf, undefined);
    assert.deepEqual(second.IntrBkSttlmAmt, { '#text': '0.01', '@_Ccy': 'GBP' });
  });

  test("a TPP's remittance text and a customer's name stay text: escaped, still valid, read back exactly", async () => {
    const hostile = '</Ustrd></RmtInf><Cdtr><Nm>Mallory</Nm></Cdtr><!-- & "quotes" \'too\'';
    const xml = buildCreditTransfer(
      batch([
        transaction({
          remittance: [hostile.slice(0, 140)],
          debtor: { name: "O'Brien & <Sons>", account: transaction().debtor.account },
        }),
      ]),
    );
    await validateMessage(CREDIT_TRANSFER, xml);
    const [only] = read(xml).CdtTrfTxInf;
    assert.deepEqual(only.RmtInf.Ustrd, [hostile.slice(0, 140)]);
    assert.deepEqual(only.Dbtr, { Nm: "O'Brien & <Sons>" });
    assert.deepEqual(only.Cdtr, { Nm: 'ACME Energy Ltd' });
  });

  test('the control sum is exactly the sum of the amounts, whatever they are', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 1n, max: 10n ** 13n }), { minLength: 1, maxLength: 50 }),
        (amounts) => {
          const built = batch(
            amounts.map((amountMinor, index) =>
              transaction({
                amountMinor,
                paymentId: `7d3f0c2a-1b2c-4d3e-8f40-${String(index).padStart(12, '0')}`,
              }),
            ),
          );
          const expected = amounts.reduce((sum, amount) => sum + amount, 0n);
          assert.equal(controlSumMinor(built), expected);
          const header = read(buildCreditTransfer(built)).GrpHdr;
          assert.equal(header.NbOfTxs, String(amounts.length));
          assert.equal(
            header.CtrlSum,
            `${expected / 100n}.${String(expected % 100n).padStart(2, '0')}`,
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  test('the schema check is real: a field the standard does not allow is refused, naming the element', async () => {
    const xml = buildCreditTransfer(batch([transaction({ endToEndId: 'E'.repeat(36) })]));
    await assert.rejects(validateMessage(CREDIT_TRANSFER, xml), (error: unknown) => {
      assert.ok(error instanceof InvalidIsoMessageError);
      assert.match(error.message, /EndToEndId/);
      return true;
    });
    const wrongUetr = buildCreditTransfer(batch([transaction({ paymentId: 'not-a-uuid' })]));
    await assert.rejects(validateMessage(CREDIT_TRANSFER, wrongUetr), /UETR/);
  });

  test("a card account that pays is named by the bank's reference, its card number never", async () => {
    const card = transaction({
      debtor: {
        name: 'Alice Smith',
        account: {
          scheme: BANK_ACCOUNT_REFERENCE,
          identification: '9b2f6c1e5a6d4e7f9a0bc1d2e3f4a5b6',
        },
      },
    });
    const xml = buildCreditTransfer(batch([card]));
    await validateMessage(CREDIT_TRANSFER, xml);
    const [only] = read(xml).CdtTrfTxInf;
    assert.deepEqual(only.DbtrAcct, {
      Id: {
        Othr: {
          Id: '9b2f6c1e5a6d4e7f9a0bc1d2e3f4a5b6',
          SchmeNm: { Prtry: 'BankAccountReference' },
        },
      },
    });
    assert.deepEqual(only.DbtrAgt, { FinInstnId: { Othr: { Id: 'NOTPROVIDED' } } });
  });

  test('a batch mixing currencies or carrying nothing is not built', () => {
    assert.throws(() => buildCreditTransfer(batch([transaction({ currency: 'EUR' })])), /EUR/);
    assert.throws(() => buildCreditTransfer(batch([])), /at least one/);
  });
});
