import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { AccountSubtype } from '../../../ledger/index.ts';
import type { ConsentStatus, PaymentStatus } from '../../../openbanking/index.ts';
import { FieldUnexpected } from '../../errors.ts';
import { obDocument } from '../../validation/ob-documents.ts';
import { requestSchema } from '../../validation/ob-schemas.ts';
import type { ObApi } from '../../validation/openapi-ajv.ts';
import {
  ACCOUNT_TYPE_CODE,
  ADDRESS_TYPE,
  BALANCE_TYPE,
  CONSENT_STATUS,
  consentStatus,
  ENTRY_STATUS,
  PAYMENT_STATUS,
} from '../../v4/codes.ts';
import { refuseReservedMember } from '../../v4/consents.ts';
import { V4_ERROR_CODE, v4ErrorResponse } from '../../v4/error-codes.ts';
import { paymentToModel, paymentToV4, V4_ORIGINAL } from '../../v4/payment-parties.ts';

/**
 * The v4.0 mapping tables against the official documents and code sets: every model value has a
 * code, every code is one the v4.0 document enumerates (or the code set lists), and a payment's
 * Initiation and Risk go from v4.0 to the model and back unchanged, from v3.1's too.
 */

type Json = Record<string, unknown>;

function schema(api: ObApi, name: string): Json {
  const found = obDocument(api).components.schemas[name];
  assert.ok(found, `${api} has ${name}`);
  return found;
}

/** The enum of a property path inside a component, through `$ref`s and array items. */
function enumAt(api: ObApi, component: string, path: string[]): string[] {
  const resolve = (node: Json): Json => {
    const ref = (node as { $ref?: string }).$ref;
    const target = ref ? schema(api, ref.split('/').pop()!) : node;
    return target.type === 'array' ? resolve(target.items as Json) : target;
  };
  let node = resolve(schema(api, component));
  for (const member of path) {
    const next = (node.properties as Record<string, Json> | undefined)?.[member];
    assert.ok(next, `${component}.${path.join('.')}`);
    node = resolve(next);
  }
  return node.enum as string[];
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks), as the code sets are. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

const CODESET = new URL(
  '../../../../shared/ob-specs/codesets/OB_Internal_Codeset.csv',
  import.meta.url,
);

describe('status and code tables', () => {
  test('every consent status of the model has a code every v4.0 consent resource may carry', () => {
    const all: ConsentStatus[] = [
      'AwaitingAuthorisation',
      'Authorised',
      'Consumed',
      'Rejected',
      'Revoked',
    ];
    assert.deepEqual(Object.keys(CONSENT_STATUS).sort(), [...all].sort());
    const aac = enumAt('v4.0-account-info', 'OBReadConsentResponse1', ['Data', 'Status']);
    const payment = enumAt('v4.0-payment-initiation', 'OBWriteDomesticConsentResponse5', [
      'Data',
      'Status',
    ]);
    const funds = enumAt('v4.0-confirmation-funds', 'OBFundsConfirmationConsentResponse1', [
      'Data',
      'Status',
    ]);
    // A payment consent is never Revoked; the others are never Consumed.
    for (const status of all.filter((s) => s !== 'Consumed')) {
      assert.ok(aac.includes(CONSENT_STATUS[status]), status);
      assert.ok(funds.includes(CONSENT_STATUS[status]), status);
    }
    for (const status of all.filter((s) => s !== 'Revoked'))
      assert.ok(payment.includes(CONSENT_STATUS[status]), status);
    assert.ok(aac.includes('EXPD') && funds.includes('EXPD'));
  });

  test('an authorised consent past its ExpirationDateTime is EXPD, before it AUTH', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    assert.equal(consentStatus('Authorised', '2029-12-31T23:59:59Z', now), 'EXPD');
    assert.equal(consentStatus('Authorised', '2030-01-01T00:00:01Z', now), 'AUTH');
    assert.equal(consentStatus('Authorised', undefined, now), 'AUTH');
    assert.equal(consentStatus('Revoked', '2029-12-31T23:59:59Z', now), 'CANC');
  });

  test('every payment status of the model has an ISO code of the v4.0 payment and its details', () => {
    const all: PaymentStatus[] = [
      'AcceptedCreditSettlementCompleted',
      'AcceptedSettlementCompleted',
      'AcceptedSettlementInProcess',
      'AcceptedWithoutPosting',
      'Pending',
      'Rejected',
    ];
    assert.deepEqual(Object.keys(PAYMENT_STATUS).sort(), [...all].sort());
    // The model's names are v3.1's: the table is one to one onto the v3.1 document's list.
    const v31 = enumAt('payment-initiation', 'OBWriteDomesticResponse5', ['Data', 'Status']);
    assert.deepEqual([...v31].sort(), [...all].sort());
    const payment = enumAt('v4.0-payment-initiation', 'OBWriteDomesticResponse5', [
      'Data',
      'Status',
    ]);
    const details = enumAt('v4.0-payment-initiation', 'OBWritePaymentDetailsResponse1', [
      'Data',
      'PaymentStatus',
      'Status',
    ]);
    for (const status of all) {
      assert.ok(payment.includes(PAYMENT_STATUS[status]), status);
      assert.ok(details.includes(PAYMENT_STATUS[status]), status);
    }
    assert.equal(new Set(Object.values(PAYMENT_STATUS)).size, all.length, 'one to one');
  });

  test('account types, balance types, entry statuses and address types are v4.0 codes', () => {
    const subtypes: AccountSubtype[] = [
      'ChargeCard',
      'CreditCard',
      'CurrentAccount',
      'EMoney',
      'Loan',
      'Mortgage',
      'PrePaidCard',
      'Savings',
    ];
    assert.deepEqual(Object.keys(ACCOUNT_TYPE_CODE).sort(), subtypes.sort());
    const typeCodes = enumAt('v4.0-account-info', 'OBReadAccount6', [
      'Data',
      'Account',
      'AccountTypeCode',
    ]);
    for (const code of Object.values(ACCOUNT_TYPE_CODE)) assert.ok(typeCodes.includes(code), code);

    const v4Balances = enumAt('v4.0-account-info', 'OBReadBalance1', ['Data', 'Balance', 'Type']);
    assert.deepEqual(Object.values(BALANCE_TYPE).sort(), [...v4Balances].sort());
    const v31Balances = enumAt('account-info', 'OBReadBalance1', ['Data', 'Balance', 'Type']);
    for (const name of Object.keys(BALANCE_TYPE)) assert.ok(v31Balances.includes(name), name);

    const v4Entries = enumAt('v4.0-account-info', 'OBReadTransaction6', [
      'Data',
      'Transaction',
      'Status',
    ]);
    const v31Entries = enumAt('account-info', 'OBReadTransaction6', [
      'Data',
      'Transaction',
      'Status',
    ]);
    assert.deepEqual(Object.keys(ENTRY_STATUS).sort(), [...v31Entries].sort());
    for (const code of Object.values(ENTRY_STATUS)) assert.ok(v4Entries.includes(code), code);

    assert.deepEqual(
      Object.keys(ADDRESS_TYPE).sort(),
      [...enumAt('payment-initiation', 'OBAddressTypeCode', [])].sort(),
    );
    assert.deepEqual(
      Object.values(ADDRESS_TYPE).sort(),
      [...enumAt('v4.0-payment-initiation', 'OBPostalAddress7', ['AddressType'])].sort(),
    );
  });
});

describe('error codes', () => {
  test('every OB v3.1 error code has the v4.0 code OB_Internal_Codeset.csv gives its name', {
    skip: !existsSync(CODESET) && 'the code sets are not beside this checkout',
  }, () => {
    const rows = csvRows(readFileSync(CODESET, 'utf8').replace(/^\uFEFF/, ''));
    const reasons = rows.filter((row) => row[0] === 'OBExternalStatusReason1Code');
    const byName = new Map(reasons.map((row) => [row[2]!.trim(), row[1]!.trim()]));
    const codes = new Set(reasons.map((row) => row[1]!.trim()));
    const v31 = schema('payment-initiation', 'OBError1') as {
      properties: { ErrorCode: { 'x-namespaced-enum': string[] } };
    };
    for (const name of v31.properties.ErrorCode['x-namespaced-enum']) {
      const code = V4_ERROR_CODE[name as keyof typeof V4_ERROR_CODE];
      assert.ok(code, `${name} has a v4.0 code`);
      assert.equal(code, byName.get(name), name);
    }
    // The bank's own codes take reasons of the same list; every one is four characters.
    for (const [name, code] of Object.entries(V4_ERROR_CODE)) {
      assert.ok(codes.has(code), `${name}: ${code} is in OBExternalStatusReason1Code`);
      assert.equal(code.length, 4);
    }
  });

  test('a refusal in the v4.0 model is the v4.0 OBErrorResponse1 of each document', () => {
    const body = v4ErrorResponse({
      Code: '400 BadRequest',
      Id: 'e1',
      Message: 'There is something wrong with the request',
      Errors: [
        {
          ErrorCode: 'UK.OBIE.Field.Missing',
          Message: 'Data.Permissions is required',
          Path: 'Data.Permissions',
        },
        {
          ErrorCode: 'UK.SandboxBank.InsufficientFunds',
          Message: 'not enough',
          Url: 'https://bank/docs/errors#x',
        },
      ],
    });
    assert.deepEqual(
      body.Errors.map((e) => e.ErrorCode),
      ['U004', 'AM04'],
    );
    for (const api of [
      'v4.0-account-info',
      'v4.0-payment-initiation',
      'v4.0-confirmation-funds',
    ] as const) {
      const validate = requestSchema(api, 'OBErrorResponse1');
      assert.ok(validate(body), `${api}: ${JSON.stringify(validate.errors)}`);
    }
  });
});

/** A v3.1 OBWriteDomestic2 Initiation and Risk, as the model holds them. */
const v31Payment = () => ({
  initiation: {
    InstructionIdentification: 'ACME412',
    EndToEndIdentification: 'FRESCO.21302.GFX.20',
    LocalInstrument: 'UK.OBIE.FPS',
    InstructedAmount: { Amount: '165.88', Currency: 'GBP' },
    CreditorAccount: {
      SchemeName: 'UK.OBIE.SortCodeAccountNumber',
      Identification: '08080021325698',
      Name: 'ACME Inc',
    },
    CreditorPostalAddress: {
      AddressType: 'Business',
      StreetName: 'Market Street',
      TownName: 'London',
      Country: 'GB',
    },
    RemittanceInformation: { Reference: 'FRESCO-101', Unstructured: 'Internal ops code 5120101' },
    SupplementaryData: { note: 'kept' },
  },
  risk: {
    PaymentContextCode: 'TransferToThirdParty',
    ContractPresentInidicator: false,
    PaymentPurposeCode: 'GDDS',
    DeliveryAddress: { StreetName: 'High St', TownName: 'Leeds', Country: 'GB' },
  },
});

describe('a payment between v4.0 and the model', () => {
  test('a v3.1 Initiation and Risk go to v4.0 and back unchanged, and are valid v4.0', () => {
    const model = v31Payment();
    const v4 = paymentToV4(model);
    assert.deepEqual(v4.initiation.RemittanceInformation, {
      Unstructured: ['Internal ops code 5120101'],
      Structured: [{ CreditorReferenceInformation: { Reference: 'FRESCO-101' } }],
    });
    assert.equal((v4.initiation.CreditorPostalAddress as Json).AddressType, 'BIZZ');
    assert.equal(v4.risk!.ContractPresentIndicator, false);
    assert.deepEqual(paymentToModel(v4), model);
    const validate = requestSchema('v4.0-payment-initiation', 'OBWriteDomesticConsent4');
    const request = { Data: { Initiation: v4.initiation }, Risk: v4.risk };
    assert.ok(validate(request), JSON.stringify(validate.errors));
  });

  test('what only v4.0 says is kept: the v4.0 reader gets it back, the model stays valid v3.1', () => {
    const v4 = {
      initiation: {
        InstructionIdentification: 'V4-1',
        EndToEndIdentification: 'E2E-1',
        InstructedAmount: { Amount: '10.00', Currency: 'GBP' },
        CreditorAccount: {
          SchemeName: 'UK.OBIE.SortCodeAccountNumber',
          Identification: '08080021325698',
          Name: 'ACME',
        },
        UltimateCreditor: { Name: 'ACME Holdings', LEI: '529900T8BM49AURSDO55' },
        CreditorPostalAddress: {
          AddressType: 'ADDR',
          Floor: '2',
          TownName: 'London',
          Country: 'GB',
        },
        RemittanceInformation: {
          Structured: [{ CreditorReferenceInformation: { Code: 'SCOR', Reference: 'INV-1' } }],
          Unstructured: ['one', 'two'],
        },
      },
      risk: { CategoryPurposeCode: 'SUPP', ContractPresentIndicator: true },
    };
    const model = paymentToModel(v4);
    const original = (model.initiation.SupplementaryData as Json)[V4_ORIGINAL];
    assert.deepEqual(original, { Initiation: v4.initiation, Risk: v4.risk });
    assert.deepEqual(model.initiation.RemittanceInformation, {
      Unstructured: 'one',
      Reference: 'INV-1',
    });
    assert.deepEqual(model.initiation.CreditorPostalAddress, {
      AddressType: 'Postal',
      TownName: 'London',
      Country: 'GB',
    });
    assert.deepEqual(model.risk, { ContractPresentInidicator: true });
    assert.deepEqual(paymentToV4(model), v4);
    // The same request maps to the same model: a payment order matches its consent.
    assert.deepEqual(paymentToModel(structuredClone(v4)), model);
    const validate = requestSchema('payment-initiation', 'OBWriteDomesticConsent4');
    assert.ok(
      validate({ Data: { Initiation: model.initiation }, Risk: model.risk }),
      JSON.stringify(validate.errors),
    );
  });

  test('a v4.0 request the model holds whole carries no copy of itself', () => {
    const { initiation, risk } = paymentToV4(v31Payment());
    const model = paymentToModel({ initiation, risk });
    assert.equal((model.initiation.SupplementaryData as Json)[V4_ORIGINAL], undefined);
  });

  test('a v3.1 context or purpose code v4.0 does not list is left out of the v4.0 view', () => {
    const model = v31Payment();
    model.risk.PaymentContextCode = 'PartyToParty';
    model.risk.PaymentPurposeCode = 'ZZZZ';
    const { risk } = paymentToV4(model);
    assert.equal(risk!.PaymentContextCode, undefined);
    assert.equal(risk!.PaymentPurposeCode, undefined);
  });
});

describe('the member the bank reserves in SupplementaryData', () => {
  const carrying = (member: string) => ({
    Data: { [member]: { SupplementaryData: { [V4_ORIGINAL]: {} } } },
  });

  test('a TPP writing it in an Initiation is refused, naming where', () => {
    assert.throws(
      () => refuseReservedMember(carrying('Initiation')),
      (error: unknown) =>
        error instanceof FieldUnexpected &&
        error.path === `Data.Initiation.SupplementaryData.${V4_ORIGINAL}`,
    );
  });

  test('in a VRP Instruction too, where the members name it; other SupplementaryData passes', () => {
    assert.doesNotThrow(() => refuseReservedMember(carrying('Instruction')));
    assert.throws(
      () => refuseReservedMember(carrying('Instruction'), ['Initiation', 'Instruction']),
      (error: unknown) =>
        error instanceof FieldUnexpected &&
        error.path === `Data.Instruction.SupplementaryData.${V4_ORIGINAL}`,
    );
    const own = { Data: { Initiation: { SupplementaryData: { Mine: 1 } } } };
    assert.equal(refuseReservedMember(own), own);
  });
});
