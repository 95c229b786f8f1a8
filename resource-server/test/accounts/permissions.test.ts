import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TokenConsent } from '../../../authz/index.ts';
import { obComponent } from '../../../test/support/ob-spec.ts';
import {
  ACCOUNTS_DETAIL,
  ACCOUNTS_RULE,
  BALANCES_RULE,
  READ_PAN,
  TRANSACTION_DIRECTIONS,
  TRANSACTION_VIEWS,
  TRANSACTIONS_RULE,
  transactionView,
} from '../../accounts/permissions.ts';
import { ResourceServerError, type ObError } from '../../errors.ts';
import { checkPermission, type PermissionRule } from '../../guard/check-permission.ts';
import type { ResourceContext } from '../../state.ts';

/**
 * What each account-information endpoint needs of the consent's permissions (its rule, as the
 * guard's checkPermission applies it), and which permissions widen what a transaction shows. Every
 * permission named here is one of the v3.1.11 document's (OBReadConsent1 Permissions).
 */

/** Whether a consent granting `permissions` meets the rule; the OB error code when it does not. */
async function meets(rule: PermissionRule, permissions: string[]): Promise<true | string> {
  const ctx = {
    state: { interactionId: 'i-1', consent: { permissions } as unknown as TokenConsent },
  } as unknown as ResourceContext;
  try {
    let passed = false;
    await checkPermission(rule)(ctx, async () => {
      passed = true;
    });
    assert.ok(passed);
    return true;
  } catch (error) {
    if (!(error instanceof ResourceServerError)) throw error;
    assert.equal(error.status, 403);
    return (error as ObError).code;
  }
}

const MISSING = 'UK.SandboxBank.PermissionMissing';

describe('the endpoint rules', () => {
  test('every permission they name is an OB v3.1.11 account-access permission', () => {
    const schema = obComponent('account-info', 'OBReadConsent1') as {
      properties: { Data: { properties: { Permissions: { items: { enum: string[] } } } } };
    };
    const documented = new Set(schema.properties.Data.properties.Permissions.items.enum);
    const named = [
      ...ACCOUNTS_RULE.flat(),
      ...BALANCES_RULE.flat(),
      ...TRANSACTIONS_RULE.flat(),
      ACCOUNTS_DETAIL,
      READ_PAN,
    ];
    for (const permission of named) assert.ok(documented.has(permission), permission);
  });

  test('accounts: ReadAccountsBasic or ReadAccountsDetail', async () => {
    assert.equal(await meets(ACCOUNTS_RULE, ['ReadAccountsBasic']), true);
    assert.equal(await meets(ACCOUNTS_RULE, ['ReadAccountsDetail']), true);
    assert.equal(await meets(ACCOUNTS_RULE, ['ReadBalances', 'ReadPAN']), MISSING);
  });

  test('balances: ReadBalances', async () => {
    assert.equal(await meets(BALANCES_RULE, ['ReadBalances']), true);
    assert.equal(await meets(BALANCES_RULE, ['ReadAccountsDetail']), MISSING);
  });

  test('transactions: (Basic or Detail) and (Credits or Debits)', async () => {
    for (const view of TRANSACTION_VIEWS) {
      for (const direction of TRANSACTION_DIRECTIONS) {
        assert.equal(
          await meets(TRANSACTIONS_RULE, [view, direction]),
          true,
          `${view} ${direction}`,
        );
      }
      assert.equal(await meets(TRANSACTIONS_RULE, [view]), MISSING, `${view} alone`);
    }
    assert.equal(
      await meets(TRANSACTIONS_RULE, ['ReadTransactionsCredits', 'ReadTransactionsDebits']),
      MISSING,
      'directions without a view',
    );
  });
});

describe('transactionView', () => {
  test('Detail only with ReadTransactionsDetail; each direction only with its own permission', () => {
    assert.deepEqual(transactionView(['ReadTransactionsBasic', 'ReadTransactionsCredits']), {
      detail: false,
      credits: true,
      debits: false,
    });
    assert.deepEqual(
      transactionView([
        'ReadTransactionsBasic',
        'ReadTransactionsDetail',
        'ReadTransactionsDebits',
        'ReadAccountsDetail',
      ]),
      { detail: true, credits: false, debits: true },
    );
    assert.deepEqual(transactionView(['ReadAccountsDetail', 'ReadBalances']), {
      detail: false,
      credits: false,
      debits: false,
    });
  });
});
