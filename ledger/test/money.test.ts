import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  InvalidAmountError,
  UnknownCurrencyError,
  currencyExponent,
  formatAmount,
  parseAmount,
} from '../index.ts';

const OB_AMOUNT = /^\d{1,13}$|^\d{1,13}\.\d{1,5}$/;
const CURRENCIES = ['GBP', 'EUR', 'USD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'JPY', 'BHD'] as const;

function rejectsWith(reason: InvalidAmountError['reason'], run: () => unknown): void {
  assert.throws(
    run,
    (error: unknown) => error instanceof InvalidAmountError && error.reason === reason,
  );
}

describe('currencyExponent', () => {
  test('knows the ISO 4217 minor units, including the currencies that are not 2', () => {
    assert.equal(currencyExponent('GBP'), 2);
    assert.equal(currencyExponent('JPY'), 0);
    assert.equal(currencyExponent('BHD'), 3);
  });

  test('refuses a currency it does not know instead of guessing', () => {
    for (const currency of ['XXX', 'gbp', '', 'GBPX', 'toString', '__proto__']) {
      assert.throws(() => currencyExponent(currency), UnknownCurrencyError);
    }
  });
});

describe('parseAmount', () => {
  test('reads OB decimal strings into minor units', () => {
    assert.equal(parseAmount('10.50', 'GBP'), 1050n);
    assert.equal(parseAmount('10.5', 'GBP'), 1050n);
    assert.equal(parseAmount('10', 'GBP'), 1000n);
    assert.equal(parseAmount('0.01', 'GBP'), 1n);
    assert.equal(parseAmount('0', 'EUR'), 0n);
    assert.equal(parseAmount('007.50', 'USD'), 750n);
    assert.equal(parseAmount('1234', 'JPY'), 1234n);
    assert.equal(parseAmount('1.234', 'BHD'), 1234n);
    assert.equal(parseAmount('1.2', 'BHD'), 1200n);
    assert.equal(parseAmount('9999999999999.99', 'GBP'), 999_999_999_999_999n);
  });

  test('refuses more decimals than the currency has, even trailing zeros', () => {
    rejectsWith('precision', () => parseAmount('10.505', 'GBP'));
    rejectsWith('precision', () => parseAmount('10.500', 'GBP'));
    rejectsWith('precision', () => parseAmount('1.5', 'JPY'));
    rejectsWith('precision', () => parseAmount('1.0', 'JPY'));
    rejectsWith('precision', () => parseAmount('1.2345', 'BHD'));
  });

  test('refuses anything outside the OB pattern: signs, exponents, separators, spaces, other digits', () => {
    for (const bad of [
      '-1.00',
      '+1.00',
      '1e3',
      '1.0e2',
      '1E-2',
      ' 1.00',
      '1.00 ',
      '1,00',
      '1 000.00',
      '.50',
      '1.',
      '',
      '.',
      'NaN',
      'Infinity',
      '0x10',
      '١٢',
      '１２',
      '12345678901234',
      '1.234567',
      '1..2',
      '1.2.3',
    ]) {
      rejectsWith('format', () => parseAmount(bad, 'GBP'));
    }
  });

  test('refuses numbers, bigints and other non-strings: a float never becomes money', () => {
    for (const bad of [10.5, 1050n, null, undefined, {}, ['10.50']]) {
      rejectsWith('not-a-string', () => parseAmount(bad as unknown as string, 'GBP'));
    }
  });

  test('refuses an unknown currency', () => {
    assert.throws(() => parseAmount('1.00', 'XYZ'), UnknownCurrencyError);
  });
});

describe('formatAmount', () => {
  test('writes minor units as OB decimal strings with exactly the currency exponent', () => {
    assert.equal(formatAmount(1050n, 'GBP'), '10.50');
    assert.equal(formatAmount(5n, 'GBP'), '0.05');
    assert.equal(formatAmount(0n, 'GBP'), '0.00');
    assert.equal(formatAmount(1234n, 'JPY'), '1234');
    assert.equal(formatAmount(1n, 'BHD'), '0.001');
    assert.equal(formatAmount(999_999_999_999_999n, 'GBP'), '9999999999999.99');
  });

  test('refuses negatives (the sign travels as a credit/debit indicator), overflow and non-bigints', () => {
    rejectsWith('negative', () => formatAmount(-1n, 'GBP'));
    rejectsWith('too-large', () => formatAmount(10n ** 15n, 'GBP'));
    rejectsWith('format', () => formatAmount(10.5 as unknown as bigint, 'GBP'));
    assert.throws(() => formatAmount(1n, 'XYZ'), UnknownCurrencyError);
  });
});

describe('round trips', () => {
  const currency = fc.constantFrom(...CURRENCIES);

  test('format then parse returns the same minor units, and the text matches the OB pattern', () => {
    fc.assert(
      fc.property(currency, fc.bigInt({ min: 0n, max: 10n ** 16n - 1n }), (code, minor) => {
        const max = 10n ** BigInt(13 + currencyExponent(code));
        const amount = minor % max;
        const text = formatAmount(amount, code);
        assert.match(text, OB_AMOUNT);
        assert.equal(parseAmount(text, code), amount);
      }),
      { numRuns: 2000 },
    );
  });

  test('parse then format returns the canonical form of any accepted decimal', () => {
    const decimal = fc.tuple(
      currency,
      fc.stringMatching(/^\d{1,13}$/),
      fc.stringMatching(/^\d{0,3}$/),
    );
    fc.assert(
      fc.property(decimal, ([code, whole, fraction]) => {
        const exponent = currencyExponent(code);
        const text = fraction === '' ? whole : `${whole}.${fraction}`;
        if (fraction.length > exponent) {
          rejectsWith('precision', () => parseAmount(text, code));
          return;
        }
        const canonicalWhole = whole.replace(/^0+(?=\d)/, '');
        const canonical =
          exponent === 0 ? canonicalWhole : `${canonicalWhole}.${fraction.padEnd(exponent, '0')}`;
        assert.equal(formatAmount(parseAmount(text, code), code), canonical);
      }),
      { numRuns: 2000 },
    );
  });

  test('no string outside the OB pattern parses', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (text) => {
        if (OB_AMOUNT.test(text)) return;
        rejectsWith('format', () => parseAmount(text, 'BHD'));
      }),
      { numRuns: 2000 },
    );
  });
});
