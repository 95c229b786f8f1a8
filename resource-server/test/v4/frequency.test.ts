import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFrequency } from '../../../openbanking/index.ts';
import { ObError } from '../../errors.ts';
import { frequencyToModel, frequencyToV4, type V4Frequency } from '../../v4/frequency.ts';
import { obDocument } from '../../validation/ob-documents.ts';
import { requestSchema } from '../../validation/ob-schemas.ts';

/**
 * A standing order's frequency between v4.0's OBFrequency6 and the model's v3.1 grammar string:
 * every OBFrequency6Code of the v4.0 document is either mapped to the string naming the same days
 * or refused with UK.OBIE.Unsupported.Frequency, and what the model stores reads back as v4.0
 * that maps to the same string.
 */

const PATH = 'Data.Initiation.MandateRelatedInformation.Frequency';
/** A Friday, the 15th (in London as in UTC). */
const FRIDAY_15TH = '2027-01-15T09:00:00+00:00';

/** The code, its PointInTime, and the v3.1 string the bank stores. */
const MAPPED: readonly [string, string | undefined, string][] = [
  ['DAIL', undefined, 'EvryDay'],
  ['WODL', undefined, 'EvryWorkgDay'],
  ['WEEK', '03', 'IntrvlWkDay:01:03'],
  ['FRTN', '07', 'IntrvlWkDay:02:07'],
  ['FOWK', '01', 'IntrvlWkDay:04:01'],
  ['MNTH', '28', 'IntrvlMnthDay:01:28'],
  ['TWMH', '02', 'IntrvlMnthDay:02:02'],
  ['ALMH', '02', 'IntrvlMnthDay:02:02'],
  ['QURT', '31', 'IntrvlMnthDay:03:31'],
  ['FOMH', '10', 'IntrvlMnthDay:04:10'],
  ['FIMH', '09', 'IntrvlMnthDay:05:09'],
  ['MIAN', '01', 'IntrvlMnthDay:06:01'],
  ['YEAR', '29', 'IntrvlMnthDay:12:29'],
];
/** Codes with no days to pay on: ad hoc, several a day, not known. */
const REFUSED = ['ADHO', 'INDA', 'NONE'];

function refusal(action: () => unknown): { code: string; path: string | undefined } {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof ObError, String(error));
    return { code: error.code, path: error.path };
  }
  assert.fail('expected a refusal');
}

const validFrequency = (() => {
  const validate = requestSchema('v4.0-payment-initiation', 'OBMandateRelatedInformation1');
  return (frequency: V4Frequency) => {
    assert.ok(validate({ Frequency: frequency }), JSON.stringify(validate.errors));
  };
})();

describe('v4.0 standing order frequency', () => {
  test('every OBFrequency6Code of the v4.0 document is mapped or refused', () => {
    const codes = obDocument('v4.0-payment-initiation').components.schemas.OBFrequency6Code as {
      enum: string[];
    };
    assert.deepEqual(
      [...new Set(codes.enum)].sort(),
      [...MAPPED.map(([code]) => code), ...REFUSED].sort(),
    );
  });

  test('each mapped code with its PointInTime becomes the v3.1 string naming the same days', () => {
    for (const [Type, PointInTime, v31] of MAPPED) {
      const frequency = { Type, ...(PointInTime && { PointInTime }) };
      validFrequency(frequency);
      assert.equal(frequencyToModel(frequency, FRIDAY_15TH, PATH), v31, Type);
      assert.ok(parseFrequency(v31), v31);
      assert.equal(frequencyToModel({ ...frequency, CountPerPeriod: 1 }, FRIDAY_15TH, PATH), v31);
    }
  });

  test('without PointInTime the day is the anchor date-time’s day in the bank’s calendar', () => {
    assert.equal(frequencyToModel({ Type: 'WEEK' }, FRIDAY_15TH, PATH), 'IntrvlWkDay:01:05');
    assert.equal(frequencyToModel({ Type: 'FRTN' }, FRIDAY_15TH, PATH), 'IntrvlWkDay:02:05');
    assert.equal(frequencyToModel({ Type: 'MNTH' }, FRIDAY_15TH, PATH), 'IntrvlMnthDay:01:15');
    assert.equal(frequencyToModel({ Type: 'YEAR' }, FRIDAY_15TH, PATH), 'IntrvlMnthDay:12:15');
    // London's date: 00:30 BST on 1 July is 30 June in UTC, the 1st for the bank and its customer.
    assert.equal(
      frequencyToModel({ Type: 'QURT' }, '2027-06-30T23:30:00Z', PATH),
      'IntrvlMnthDay:03:01',
    );
    // In winter London is on UTC: 00:30 at UTC+01:00 on 1 March is still 28 February there.
    assert.equal(
      frequencyToModel({ Type: 'MNTH' }, '2027-03-01T00:30:00+01:00', PATH),
      'IntrvlMnthDay:01:28',
    );
    // 23:30 UTC on Sunday 4 July 2027 is Monday 00:30 in London.
    assert.equal(
      frequencyToModel({ Type: 'WEEK' }, '2027-07-04T23:30:00Z', PATH),
      'IntrvlWkDay:01:01',
    );
  });

  test('a v3.1 grammar string passes through, validated by the v3.1 grammar', () => {
    for (const v31 of [
      'EvryDay',
      'IntrvlDay:10',
      'IntrvlWkDay:03:02',
      'WkInMnthDay:05:01',
      'IntrvlMnthDay:24:-01',
      'QtrDay:SCOTTISH',
    ]) {
      validFrequency({ Type: v31 });
      assert.equal(frequencyToModel({ Type: v31 }, FRIDAY_15TH, PATH), v31);
    }
  });

  test('refusals: UK.OBIE.Unsupported.Frequency with the member in Path', () => {
    const cases: [V4Frequency, string | undefined, string][] = [
      ...REFUSED.map((Type): [V4Frequency, string, string] => [{ Type }, FRIDAY_15TH, 'Type']),
      // In v4.0's grammar, not in the bank's: a schedule nobody knows.
      [{ Type: 'NotKnown' }, FRIDAY_15TH, 'Type'],
      [{ Type: 'MNTH', CountPerPeriod: 2 }, FRIDAY_15TH, 'CountPerPeriod'],
      [{ Type: 'DAIL', CountPerPeriod: 0 }, FRIDAY_15TH, 'CountPerPeriod'],
      [{ Type: 'WEEK', PointInTime: '08' }, FRIDAY_15TH, 'PointInTime'],
      [{ Type: 'WEEK', PointInTime: '00' }, FRIDAY_15TH, 'PointInTime'],
      [{ Type: 'MNTH', PointInTime: '32' }, FRIDAY_15TH, 'PointInTime'],
      [{ Type: 'MNTH', PointInTime: '5' }, FRIDAY_15TH, 'PointInTime'],
      [{ Type: 'DAIL', PointInTime: '09' }, FRIDAY_15TH, 'PointInTime'],
      [{ Type: 'EvryDay', PointInTime: '01' }, FRIDAY_15TH, 'PointInTime'],
      // No PointInTime and no date to take the day from.
      [{ Type: 'MNTH' }, undefined, 'PointInTime'],
    ];
    for (const [frequency, anchor, member] of cases) {
      assert.deepEqual(
        refusal(() => frequencyToModel(frequency, anchor, PATH)),
        { code: 'UK.OBIE.Unsupported.Frequency', path: `${PATH}.${member}` },
        JSON.stringify(frequency),
      );
    }
  });

  test('model -> v4.0: the code where one names the same days, with the day as PointInTime', () => {
    const expected: [string, V4Frequency][] = [
      ['EvryDay', { Type: 'DAIL' }],
      ['EvryWorkgDay', { Type: 'WODL' }],
      ['IntrvlWkDay:01:03', { Type: 'WEEK', PointInTime: '03' }],
      ['IntrvlWkDay:02:07', { Type: 'FRTN', PointInTime: '07' }],
      ['IntrvlWkDay:04:01', { Type: 'FOWK', PointInTime: '01' }],
      ['IntrvlMnthDay:01:28', { Type: 'MNTH', PointInTime: '28' }],
      ['IntrvlMnthDay:02:02', { Type: 'TWMH', PointInTime: '02' }],
      ['IntrvlMnthDay:03:31', { Type: 'QURT', PointInTime: '31' }],
      ['IntrvlMnthDay:04:10', { Type: 'FOMH', PointInTime: '10' }],
      ['IntrvlMnthDay:05:09', { Type: 'FIMH', PointInTime: '09' }],
      ['IntrvlMnthDay:06:01', { Type: 'MIAN', PointInTime: '01' }],
      ['IntrvlMnthDay:12:29', { Type: 'YEAR', PointInTime: '29' }],
      // No code names these days: the v3.1 string, which v4.0's Type allows.
      ['IntrvlDay:10', { Type: 'IntrvlDay:10' }],
      ['IntrvlWkDay:03:02', { Type: 'IntrvlWkDay:03:02' }],
      ['WkInMnthDay:02:05', { Type: 'WkInMnthDay:02:05' }],
      ['IntrvlMnthDay:24:15', { Type: 'IntrvlMnthDay:24:15' }],
      ['IntrvlMnthDay:01:-01', { Type: 'IntrvlMnthDay:01:-01' }],
      ['QtrDay:ENGLISH', { Type: 'QtrDay:ENGLISH' }],
    ];
    for (const [v31, v4] of expected) {
      assert.deepEqual(frequencyToV4(v31), v4, v31);
      validFrequency(v4);
      // Round trip: the v4.0 view maps back to the same string.
      assert.equal(frequencyToModel(v4, FRIDAY_15TH, PATH), v31, v31);
    }
  });

  test('PointInTime is left out when the anchor falls on that day, and the round trip holds', () => {
    assert.deepEqual(frequencyToV4('IntrvlWkDay:01:05', FRIDAY_15TH), { Type: 'WEEK' });
    assert.deepEqual(frequencyToV4('IntrvlMnthDay:01:15', FRIDAY_15TH), { Type: 'MNTH' });
    assert.deepEqual(frequencyToV4('IntrvlMnthDay:01:16', FRIDAY_15TH), {
      Type: 'MNTH',
      PointInTime: '16',
    });
    // The 15th is a Friday (05), not a Wednesday.
    assert.deepEqual(frequencyToV4('IntrvlWkDay:01:03', FRIDAY_15TH), {
      Type: 'WEEK',
      PointInTime: '03',
    });
    for (const v31 of ['IntrvlWkDay:01:05', 'IntrvlMnthDay:01:15', 'IntrvlMnthDay:01:16']) {
      assert.equal(frequencyToModel(frequencyToV4(v31, FRIDAY_15TH), FRIDAY_15TH, PATH), v31);
    }
    // And each mapped v4.0 request reads back as a frequency that maps to the same string.
    for (const [Type, PointInTime, v31] of MAPPED) {
      const back = frequencyToV4(v31, FRIDAY_15TH);
      assert.equal(frequencyToModel(back, FRIDAY_15TH, PATH), v31, `${Type} ${PointInTime}`);
    }
  });
});
