import assert from 'node:assert/strict';
import { test } from 'node:test';
import { undocumentedFieldErrors } from '../../validation/undocumented-fields.ts';
import { requestSchema } from '../../validation/ob-schemas.ts';

const readConsent = requestSchema('account-info', 'OBReadConsent1').schema;
const fundsConsent = requestSchema('confirmation-funds', 'OBFundsConfirmationConsent1').schema;

const found = (value: unknown, schema: typeof readConsent) =>
  undocumentedFieldErrors(value, schema).map((error) => [error.code, error.path]);

test('a documented request has nothing undocumented', () => {
  const request = {
    Data: { Permissions: ['ReadBalances'], ExpirationDateTime: '2030-01-01T00:00:00+00:00' },
    Risk: {},
  };
  assert.deepEqual(found(request, readConsent), []);
});

test('an unknown member of an open OB object (OBReadConsent1.Data) is Field.Unexpected with its path', () => {
  const request = {
    Data: { Permissions: ['ReadBalances'], ExpiryDate: 'soon', Note: 1 },
    Risk: {},
  };
  assert.deepEqual(found(request, readConsent), [
    ['UK.OBIE.Field.Unexpected', 'Data.ExpiryDate'],
    ['UK.OBIE.Field.Unexpected', 'Data.Note'],
  ]);
});

test('nested inline objects are walked (OBFundsConfirmationConsent1.Data.DebtorAccount)', () => {
  const request = {
    Data: {
      DebtorAccount: {
        SchemeName: 'UK.OBIE.SortCodeAccountNumber',
        Identification: '12345612345678',
        Nickname: 'main',
      },
    },
  };
  assert.deepEqual(found(request, fundsConsent), [
    ['UK.OBIE.Field.Unexpected', 'Data.DebtorAccount.Nickname'],
  ]);
});

test('objects behind a $ref are left to their own (closed) schema', () => {
  const request = { Data: { Permissions: ['ReadBalances'] }, Risk: { Anything: true } };
  assert.deepEqual(found(request, readConsent), []);
});

test('values of the wrong type are left to the schema validator', () => {
  assert.deepEqual(found({ Data: 'not an object', Risk: [] }, readConsent), []);
  assert.deepEqual(found(null, readConsent), []);
});

test('a map object (OBEventPolling1.setErrs) takes any member name and holds each value to its schema', () => {
  const polling = requestSchema('events', 'OBEventPolling1').schema;
  const setErrs = { 'jti-1': { err: 'invalid_key', description: 'unknown key' } };
  assert.deepEqual(found({ ack: ['jti-2'], setErrs }, polling), []);
  assert.deepEqual(found({ setErrs: { 'jti-1': { ...setErrs['jti-1'], note: 'x' } } }, polling), [
    ['UK.OBIE.Field.Unexpected', 'setErrs.jti-1.note'],
  ]);
});
