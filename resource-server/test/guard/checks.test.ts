import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AccessTokenInfo, TokenConsent } from '../../../authz/index.ts';
import { checkAccount } from '../../guard/check-account.ts';
import { checkConsentStatus } from '../../guard/check-consent-status.ts';
import { checkGrantType } from '../../guard/check-grant-type.ts';
import { checkPermission } from '../../guard/check-permission.ts';
import { checkScope } from '../../guard/check-scope.ts';
import { ResourceServerError, type ObError } from '../../errors.ts';
import type { ResourceContext, ResourceMiddleware } from '../../state.ts';

/**
 * Each of the guard's checks on its own, over a context as the checks before it leave it: what it
 * lets through (and what it puts on the state), and the wire error of each refusal. The whole
 * guard, with real tokens, is test/e2e/resource-guard.test.ts.
 */

const CONSENT: TokenConsent = {
  id: 'aac-1',
  kind: 'account-access',
  clientId: 'client-1',
  status: 'Authorised',
  permissions: ['ReadAccountsBasic', 'ReadTransactionsDetail', 'ReadTransactionsCredits'],
  expiresAt: undefined,
  transactionFrom: undefined,
  transactionTo: undefined,
  customerId: 'alice',
  accountIds: ['acc-1', 'acc-2'],
  debtorAccountId: undefined,
};

function token(overrides: Partial<AccessTokenInfo> = {}): AccessTokenInfo {
  return {
    kind: 'authorization_code',
    clientId: 'client-1',
    orgId: 'org-1',
    scopes: ['openid', 'accounts'],
    cnf: { jkt: 'thumbprint' },
    expiresAt: new Date(Date.now() + 600_000),
    consentId: CONSENT.id,
    grantId: 'grant-1',
    consent: CONSENT,
    charge: undefined,
    ...overrides,
  };
}

function context(
  state: Partial<ResourceContext['state']>,
  params: Record<string, string> = {},
): ResourceContext {
  return {
    state: { interactionId: 'i-1', credentials: { scheme: 'DPoP', token: 'opaque' }, ...state },
    params,
  } as unknown as ResourceContext;
}

/** Runs one middleware; whether it called next, and what it threw. */
async function run(
  middleware: ResourceMiddleware,
  ctx: ResourceContext,
): Promise<{ passed: boolean; error: ResourceServerError | undefined }> {
  let passed = false;
  try {
    await middleware(ctx, async () => {
      passed = true;
    });
    return { passed, error: undefined };
  } catch (error) {
    if (!(error instanceof ResourceServerError)) throw error;
    return { passed, error };
  }
}

function obCode(error: ResourceServerError | undefined): string | undefined {
  return (error as ObError | undefined)?.code;
}

describe('checkConsentStatus', () => {
  const check = checkConsentStatus('accounts', ['Authorised']);

  test('an authorised consent of this client and API passes and is put on the state', async () => {
    const ctx = context({ token: token() });
    assert.deepEqual(await run(check, ctx), { passed: true, error: undefined });
    assert.equal(ctx.state.consent, CONSENT);
  });

  for (const [why, consent] of [
    ['revoked', { ...CONSENT, status: 'Revoked' as const }],
    ['rejected', { ...CONSENT, status: 'Rejected' as const }],
    ['expired', { ...CONSENT, expiresAt: new Date(Date.now() - 1) }],
    ["another client's", { ...CONSENT, clientId: 'client-2' }],
  ] as const) {
    test(`a ${why} consent is an inactive token: 401 invalid_token, with the DPoP challenge`, async () => {
      const { passed, error } = await run(check, context({ token: token({ consent }) }));
      assert.equal(passed, false);
      assert.equal(error?.status, 401);
      assert.deepEqual(
        { scheme: error?.challenge?.scheme, error: error?.challenge?.error },
        { scheme: 'DPoP', error: 'invalid_token' },
      );
    });
  }

  test('a token with no consent is 401', async () => {
    const { error } = await run(check, context({ token: token({ consent: undefined }) }));
    assert.equal(error?.status, 401);
  });

  test("a consent of another API's kind is 403 InsufficientScope", async () => {
    const { error } = await run(
      check,
      context({ token: token({ consent: { ...CONSENT, kind: 'domestic-payment' } }) }),
    );
    assert.equal(error?.status, 403);
    assert.equal(obCode(error), 'UK.SandboxBank.InsufficientScope');
  });
});

describe('checkScope', () => {
  test('the scope, or (authorization code) the consent kind that names the API, passes', async () => {
    assert.equal((await run(checkScope('accounts'), context({ token: token() }))).passed, true);
    assert.equal(
      (await run(checkScope('accounts'), context({ token: token({ scopes: ['openid'] }) }))).passed,
      true,
      'a RAR token: the consent names the API',
    );
    assert.equal(
      (await run(checkScope(['payments', 'accounts']), context({ token: token() }))).passed,
      true,
      'any one of a list',
    );
  });

  test('a client-credentials token without the scope is 403 insufficient_scope naming it', async () => {
    const { passed, error } = await run(
      checkScope('payments'),
      context({
        token: token({ kind: 'client_credentials', scopes: ['accounts'], consent: undefined }),
      }),
    );
    assert.equal(passed, false);
    assert.equal(error?.status, 403);
    assert.equal(obCode(error), 'UK.SandboxBank.InsufficientScope');
    assert.deepEqual(
      { error: error?.challenge?.error, scope: error?.challenge?.scope },
      { error: 'insufficient_scope', scope: 'payments' },
    );
  });
});

describe('checkGrantType', () => {
  test('the grant the API takes passes; the other is 403 WrongGrantType', async () => {
    assert.equal(
      (await run(checkGrantType('authorization_code'), context({ token: token() }))).passed,
      true,
    );
    const { error } = await run(checkGrantType('client_credentials'), context({ token: token() }));
    assert.equal(error?.status, 403);
    assert.equal(obCode(error), 'UK.SandboxBank.WrongGrantType');
  });
});

describe('checkPermission', () => {
  const transactions = checkPermission([
    ['ReadTransactionsBasic', 'ReadTransactionsDetail'],
    ['ReadTransactionsCredits', 'ReadTransactionsDebits'],
  ]);

  test('every group met by one of its permissions passes', async () => {
    assert.equal((await run(transactions, context({ consent: CONSENT }))).passed, true);
  });

  test('a group none of whose permissions is granted is 403 PermissionMissing naming them', async () => {
    const { passed, error } = await run(
      transactions,
      context({ consent: { ...CONSENT, permissions: ['ReadTransactionsDetail'] } }),
    );
    assert.equal(passed, false);
    assert.equal(error?.status, 403);
    assert.equal(obCode(error), 'UK.SandboxBank.PermissionMissing');
    assert.match(error!.message, /ReadTransactionsCredits or ReadTransactionsDebits/);
  });
});

describe('checkAccount', () => {
  test('an account the customer shared passes; any other id is the same 403', async () => {
    assert.equal(
      (await run(checkAccount('AccountId'), context({ consent: CONSENT }, { AccountId: 'acc-2' })))
        .passed,
      true,
    );
    for (const id of ['acc-3', 'no-such-account']) {
      const { error } = await run(
        checkAccount('AccountId'),
        context({ consent: CONSENT }, { AccountId: id }),
      );
      assert.equal(error?.status, 403);
      assert.equal(obCode(error), 'UK.SandboxBank.AccountNotInConsent');
    }
  });
});
