import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { calculateJwkThumbprint, exportJWK } from 'jose';
import * as oauth from 'openid-client';
import {
  callApi,
  clientCredentials,
  exchangeCode,
  pushAuthorization,
  pushAuthorizationRequest,
  readIntent,
  submitDomesticPayment,
  withoutCertificate,
  type AuthorizationAsk,
  type RegisteredTpp,
} from '../../examples/tpp-client.ts';
import { customerDecides } from '../support/customer-consent.ts';
import { tlsAgent } from '../support/http.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { createdIntentId, onboardTpp } from '../support/tpp.ts';

/**
 * Plain FAPI 2.0 (issue 9): a `private_key_jwt` + DPoP client that holds no certificate, using
 * only the endpoints discovery advertises; consents described by RAR or by the scope alone and made
 * at the authorization endpoint; refresh with a new DPoP key; the UK profile in plain OAuth.
 */

const REDIRECT = 'https://tpp.example/cb';
const ACCOUNTS_PATH = '/open-banking/v3.1/aisp/accounts';

let platform: TestPlatform;
/** Registered over mutual TLS (DCR needs the transport certificate), then used without it. */
let plain: RegisteredTpp;
let uk: RegisteredTpp;

before(async () => {
  platform = await startTestPlatform();
  const onboarded = await onboardTpp(platform, {
    name: 'Plain FAPI App',
    roles: ['AISP', 'PISP'],
    redirectUri: REDIRECT,
  });
  plain = await withoutCertificate(onboarded.tpp, platform.serverTrustAnchorPem);
  uk = (
    await onboardTpp(platform, { name: 'UK App', roles: ['AISP', 'PISP'], redirectUri: REDIRECT })
  ).tpp;
});
after(() => platform?.stop());

async function consentRow(id: string) {
  return platform.knex('openbanking.consents').where({ id }).first<{
    status: string;
    kind: string;
    permissions: string[] | null;
    client_id: string;
    account_ids: string[] | null;
  }>();
}

async function authorize(tpp: RegisteredTpp, ask: Omit<AuthorizationAsk, 'redirectUri'>) {
  const pushed = await pushAuthorizationRequest(tpp, { ...ask, redirectUri: REDIRECT });
  return exchangeCode(tpp, await customerDecides(platform, pushed.url), pushed);
}

/** The authorization endpoint's answer to a pushed request, before any customer step. */
async function arrival(url: URL): Promise<Response> {
  const dispatcher = tlsAgent({ ca: platform.serverTrustAnchorPem });
  try {
    const response = await fetch(url, { redirect: 'manual', dispatcher } as RequestInit);
    await response.arrayBuffer();
    return response;
  } finally {
    await dispatcher.close();
  }
}

function redirectedError(response: Response): string | null {
  assert.equal(response.status, 303, 'the refusal goes back to the redirect URI');
  return new URL(response.headers.get('location')!).searchParams.get('error');
}

describe('a private_key_jwt + DPoP client without a certificate', () => {
  test('uses the advertised endpoints only: RAR account_information, the customer approves, accounts read, refresh with a new DPoP key', async () => {
    const metadata = plain.config.serverMetadata();
    assert.equal(new URL(metadata.token_endpoint!).origin, platform.urls.tpp);
    const tokens = await authorize(plain, {
      scope: 'openid',
      authorizationDetails: [
        { type: 'account_information', permissions: ['ReadAccountsDetail', 'ReadBalances'] },
      ],
    });
    assert.equal(tokens.token_type.toLowerCase(), 'dpop');
    const [detail] = tokens.authorization_details as {
      type: string;
      consentId: string;
      permissions: string[];
    }[];
    assert.equal(detail!.type, 'account_information');
    const consent = await consentRow(detail!.consentId);
    assert.equal(consent.status, 'Authorised');
    assert.equal(consent.kind, 'account-access');
    assert.equal(consent.client_id, plain.clientId);
    assert.deepEqual(consent.permissions, ['ReadAccountsDetail', 'ReadBalances']);
    assert.equal(
      tokens.claims()!.openbanking_intent_id,
      detail!.consentId,
      'the id token names the consent made',
    );

    const accounts = await callApi(plain, tokens, 'GET', ACCOUNTS_PATH);
    assert.equal(accounts.status, 200, await accounts.clone().text());
    const { Data } = (await accounts.json()) as { Data: { Account: { AccountId: string }[] } };
    assert.deepEqual(Data.Account.map((a) => a.AccountId).sort(), [...consent.account_ids!].sort());
    // Transactions were not asked for: the consent guards them like any other.
    assert.equal(
      (
        await callApi(
          plain,
          tokens,
          'GET',
          `/open-banking/v3.1/aisp/accounts/${Data.Account[0]!.AccountId}/transactions`,
        )
      ).status,
      403,
    );

    const newKeys = await oauth.randomDPoPKeyPair('ES256');
    const refreshed = await oauth.refreshTokenGrant(
      plain.config,
      tokens.refresh_token!,
      undefined,
      { DPoP: oauth.getDPoPHandle(plain.config, newKeys) },
    );
    const introspection = await oauth.tokenIntrospection(plain.config, refreshed.access_token);
    assert.equal(
      (introspection.cnf as { jkt: string }).jkt,
      await calculateJwkThumbprint(await exportJWK(newKeys.publicKey)),
    );
    const withNewKey = {
      ...plain,
      dpop: oauth.getDPoPHandle(plain.config, newKeys),
      dpopKeys: newKeys,
    };
    assert.equal((await callApi(withNewKey, refreshed, 'GET', ACCOUNTS_PATH)).status, 200);
  });

  test('RAR payment_initiation: the consent is made at authorization, the customer picks the account, the payment goes through once', async () => {
    const tokens = await authorize(plain, {
      scope: 'openid',
      authorizationDetails: [
        {
          type: 'payment_initiation',
          instructedAmount: { currency: 'GBP', amount: '12.34' },
          creditorName: 'Corner Shop',
          creditorAccount: {
            schemeName: 'UK.OBIE.SortCodeAccountNumber',
            identification: '40400411223344',
          },
          remittanceInformationUnstructured: 'Invoice 42',
        },
      ],
    });
    const [detail] = tokens.authorization_details as unknown as { consentId: string }[];
    assert.equal((await consentRow(detail!.consentId)).status, 'Authorised');
    // The TPP reads the initiation the bank stored (with the instruction id it made) and pays it.
    const read = await readIntent(
      plain,
      await clientCredentials(plain, 'payments', true),
      'domestic-payment',
      detail!.consentId,
    );
    assert.equal(read.status, 200);
    const { Data } = (await read.json()) as { Data: { Initiation: Record<string, unknown> } };
    assert.deepEqual(Data.Initiation.InstructedAmount, { Amount: '12.34', Currency: 'GBP' });
    assert.deepEqual(Data.Initiation.RemittanceInformation, { Unstructured: 'Invoice 42' });
    const payment = {
      Data: { ConsentId: detail!.consentId, Initiation: Data.Initiation },
      Risk: {},
    };
    const paid = await submitDomesticPayment(plain, tokens, payment);
    assert.equal(paid.status, 201, await paid.clone().text());
    assert.equal((await consentRow(detail!.consentId)).status, 'Consumed');
    const again = await submitDomesticPayment(plain, tokens, payment);
    assert.notEqual(again.status, 201, 'a payment consent pays once');
    assert.equal(
      Number(
        (
          await platform
            .knex('openbanking.payments')
            .where({ consent_id: detail!.consentId })
            .count<{ count: string }[]>('* as count')
        )[0]!.count,
      ),
      1,
    );
  });

  test('the scope alone (plain OAuth, no openid): the default account permissions, no id token; a TPP DELETE kills the token', async () => {
    const pushed = await pushAuthorizationRequest(plain, {
      scope: 'accounts',
      redirectUri: REDIRECT,
    });
    const tokens = await exchangeCode(plain, await customerDecides(platform, pushed.url), pushed);
    assert.equal(tokens.id_token, undefined);
    assert.equal((await callApi(plain, tokens, 'GET', ACCOUNTS_PATH)).status, 200);
    const consent = await platform
      .knex('openbanking.consents')
      .where({ client_id: plain.clientId, status: 'Authorised', kind: 'account-access' })
      .orderBy('created_at', 'desc')
      .first<{ id: string; permissions: string[] }>();
    assert.deepEqual(consent.permissions, [
      'ReadAccountsDetail',
      'ReadBalances',
      'ReadTransactionsCredits',
      'ReadTransactionsDebits',
      'ReadTransactionsDetail',
    ]);
    const cc = await clientCredentials(plain, 'accounts', true);
    assert.equal(
      (
        await callApi(
          plain,
          cc,
          'DELETE',
          `/open-banking/v3.1/aisp/account-access-consents/${consent.id}`,
        )
      ).status,
      204,
    );
    assert.equal((await callApi(plain, tokens, 'GET', ACCOUNTS_PATH)).status, 401);
  });

  test('refusals: a bad description at PAR, two descriptions, a description with an intent, nothing asked, the customer refusing', async () => {
    const bad = [
      {
        type: 'payment_initiation',
        instructedAmount: { currency: 'GBP', amount: '12.345' },
        creditorName: 'X',
        creditorAccount: { identification: '40400411223344' },
      },
      {
        type: 'payment_initiation',
        instructedAmount: { currency: 'GBP', amount: '1.00' },
        creditorName: 'X',
        creditorAccount: { identification: '123' },
      },
      { type: 'account_information', permissions: ['ReadEverything'] },
      { type: 'account_information', actions: ['read'] },
      { type: 'account_information', consentId: 'aac-made-up' },
    ];
    for (const detail of bad) {
      await assert.rejects(
        pushAuthorizationRequest(plain, {
          scope: 'openid',
          redirectUri: REDIRECT,
          authorizationDetails: [detail],
        }),
        (error: { error?: string }) => {
          assert.equal(error.error, 'invalid_authorization_details', JSON.stringify(detail));
          return true;
        },
      );
    }
    const two = await pushAuthorizationRequest(plain, {
      scope: 'openid',
      redirectUri: REDIRECT,
      authorizationDetails: [{ type: 'account_information' }, { type: 'account_information' }],
    });
    assert.equal(redirectedError(await arrival(two.url)), 'invalid_authorization_details');
    const intentId = await createdIntentId(uk, 'account-access');
    const both = await pushAuthorizationRequest(uk, {
      scope: 'openid accounts',
      redirectUri: REDIRECT,
      authorizationDetails: [{ type: 'account_information' }],
      claims: { id_token: { openbanking_intent_id: { value: intentId, essential: true } } },
    });
    assert.equal(redirectedError(await arrival(both.url)), 'invalid_authorization_details');
    const nothing = await pushAuthorizationRequest(plain, {
      scope: 'openid',
      redirectUri: REDIRECT,
    });
    assert.equal(redirectedError(await arrival(nothing.url)), 'invalid_request');
    const paymentScopeOnly = await pushAuthorizationRequest(plain, {
      scope: 'openid payments',
      redirectUri: REDIRECT,
    });
    assert.equal(redirectedError(await arrival(paymentScopeOnly.url)), 'invalid_request');

    const refused = await pushAuthorizationRequest(plain, {
      scope: 'accounts',
      redirectUri: REDIRECT,
    });
    const callback = await customerDecides(platform, refused.url, { refuse: true });
    assert.equal(callback.searchParams.get('error'), 'access_denied');
    const rejected = await platform
      .knex('openbanking.consents')
      .where({ client_id: plain.clientId, status: 'Rejected' })
      .count<{ count: string }[]>('* as count');
    assert.equal(Number(rejected[0]!.count), 1, 'the consent the customer saw is Rejected');
  });
});

describe('the UK profile with plain OAuth (no openid)', () => {
  test('a signed request object names the intent in its claims request; no id token; the token reads the intent\u2019s accounts', async () => {
    const intentId = await createdIntentId(uk, 'account-access');
    const pushed = await pushAuthorization(uk, intentId, {
      scope: 'accounts',
      redirectUri: REDIRECT,
      plainOAuth: true,
    });
    const tokens = await exchangeCode(uk, await customerDecides(platform, pushed.url), pushed);
    assert.equal(tokens.id_token, undefined);
    assert.equal((await consentRow(intentId)).status, 'Authorised');
    assert.equal((await callApi(uk, tokens, 'GET', ACCOUNTS_PATH)).status, 200);
  });

  test('a form-encoded PAR names the intent in claims too; an essential acr the bank cannot meet is refused', async () => {
    const intentId = await createdIntentId(uk, 'account-access');
    const challenge = await oauth.calculatePKCECodeChallenge(oauth.randomPKCECodeVerifier());
    // Plain form parameters, no request object: the claims request is a form parameter of PAR.
    const push = (claims: unknown) =>
      oauth.buildAuthorizationUrlWithPAR(
        uk.config,
        new URLSearchParams({
          response_type: 'code',
          redirect_uri: REDIRECT,
          scope: 'accounts',
          state: oauth.randomState(),
          code_challenge: challenge,
          code_challenge_method: 'S256',
          claims: JSON.stringify(claims),
        }),
        { DPoP: uk.dpop! },
      );
    const url = await push({
      id_token: { openbanking_intent_id: { value: intentId, essential: true } },
    });
    const callback = await customerDecides(platform, url);
    assert.ok(callback.searchParams.get('code'), callback.href);
    assert.equal((await consentRow(intentId)).status, 'Authorised');

    const other = await createdIntentId(uk, 'account-access');
    const unmet = await push({
      id_token: {
        openbanking_intent_id: { value: other, essential: true },
        acr: { essential: true, values: ['urn:openbanking:psd2:ca'] },
      },
    });
    assert.equal(redirectedError(await arrival(unmet)), 'unmet_authentication_requirements');
    await assert.rejects(
      push({ id_token: 'intent' }),
      (error: { error?: string }) => error.error === 'invalid_request',
    );
  });

  test('a malformed claims request in a signed request object is refused at the authorization endpoint', async () => {
    const pushed = await pushAuthorizationRequest(uk, {
      scope: 'accounts',
      redirectUri: REDIRECT,
      claims: { id_token: 'intent' } as never,
    });
    assert.equal(redirectedError(await arrival(pushed.url)), 'invalid_request');
  });
});
