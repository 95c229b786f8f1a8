import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import {
  createLocalJWKSet,
  EmbeddedJWK,
  exportJWK,
  flattenedVerify,
  generateKeyPair,
  jwtVerify,
  type JWK,
} from 'jose';
import { Agent } from 'undici';
import {
  BankSignatureError,
  createBankClient,
  OB_CRIT,
  OB_ISS,
  signMessage,
  type BankSignatures,
  type MessageSigner,
} from '../index.ts';

/**
 * The SDK's middleware against a plain HTTP server on this machine that plays the bank's side of
 * what the platform itself never does (it issues no DPoP nonces, and its signatures always
 * verify): a nonce asked for and not given, a signature that does not verify or is missing.
 * Each proof and signature the server receives is verified with jose, as the bank would.
 */

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;
interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let baseUrl: string;
let handler: Handler;
let seen: Seen[];
const dispatcher = new Agent();
const ISSUER = 'https://bank.example';
const ACCOUNTS = '/open-banking/v3.1/aisp/accounts';
const PAYMENTS = '/open-banking/v3.1/pisp/domestic-payments';
const ACCOUNT_ACCESS = '/open-banking/v3.1/aisp/account-access-consents';

before(async () => {
  server = createServer((request, response) => {
    let body = '';
    request
      .setEncoding('utf8')
      .on('data', (chunk: string) => (body += chunk))
      .on('end', () => {
        seen.push({ method: request.method!, path: request.url!, headers: request.headers, body });
        handler(request, body, response);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await dispatcher.close();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen = [];
});

const json = (
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  response
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(JSON.stringify(body));
};

/** The DPoP proof of a request, verified with the key it embeds. */
async function proofOf(headers: IncomingMessage['headers']) {
  const { payload, protectedHeader } = await jwtVerify(String(headers.dpop), EmbeddedJWK, {
    typ: 'dpop+jwt',
  });
  return { payload, protectedHeader };
}

const sha256 = async (text: string) =>
  Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString(
    'base64url',
  );
const dpopToken = { access_token: 'token-bound-to-the-key', token_type: 'DPoP' };
const INITIATION = {
  InstructionIdentification: 'A',
  EndToEndIdentification: 'B',
  InstructedAmount: { Amount: '1.00', Currency: 'GBP' },
  CreditorAccount: {
    SchemeName: 'UK.OBIE.SortCodeAccountNumber',
    Identification: '08080021325698',
    Name: 'ACME',
  },
};

describe('DPoP', () => {
  test('a proof per request: htm, htu without the query, ath of the token, a fresh jti, the public key', async () => {
    const keys = await generateKeyPair('ES256');
    handler = (_request, _body, response) =>
      json(response, 200, { Data: { Account: [] }, Links: { Self: 'x' }, Meta: {} });
    const client = createBankClient({ baseUrl, dispatcher, token: dpopToken, dpopKeys: keys });
    await client.GET(ACCOUNTS);
    await client.GET('/open-banking/v3.1/aisp/transactions', {
      params: { query: { fromBookingDateTime: '2026-01-01T00:00:00' } } as never,
    });
    assert.equal(seen.length, 2);
    const proofs = await Promise.all(seen.map((s) => proofOf(s.headers)));
    assert.equal(seen[0]!.headers.authorization, `DPoP ${dpopToken.access_token}`);
    assert.deepEqual(
      proofs.map((p) => [p.payload.htm, p.payload.htu]),
      [
        ['GET', `${baseUrl}${ACCOUNTS}`],
        ['GET', `${baseUrl}/open-banking/v3.1/aisp/transactions`],
      ],
    );
    assert.match(seen[1]!.path, /\?fromBookingDateTime=/);
    for (const { payload, protectedHeader } of proofs) {
      assert.equal(payload.ath, await sha256(dpopToken.access_token));
      assert.equal(protectedHeader.alg, 'ES256');
      assert.deepEqual(protectedHeader.jwk, await exportJWK(keys.publicKey));
      assert.equal(payload.nonce, undefined);
    }
    assert.notEqual(proofs[0]!.payload.jti, proofs[1]!.payload.jti);
  });

  test('use_dpop_nonce: sent again once with the nonce and the same body; later requests carry it', async () => {
    handler = (request, _body, response) => {
      const nonce = JSON.parse(
        Buffer.from(String(request.headers.dpop).split('.')[1]!, 'base64url').toString(),
      ).nonce;
      if (nonce !== 'nonce-1')
        return json(
          response,
          401,
          {},
          {
            'www-authenticate':
              'DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"',
            'dpop-nonce': 'nonce-1',
          },
        );
      json(response, 201, { Data: { DomesticPaymentId: 'p-1' } });
    };
    const client = createBankClient({
      baseUrl,
      dispatcher,
      token: dpopToken,
      dpopKeys: await generateKeyPair('ES256'),
    });
    const payment = { Data: { ConsentId: 'c-1', Initiation: INITIATION }, Risk: {} };
    const { data, response } = await client.POST(PAYMENTS, {
      body: payment,
      params: { header: { 'x-idempotency-key': 'k-1' } },
    });
    assert.equal(response.status, 201);
    assert.deepEqual(data, { Data: { DomesticPaymentId: 'p-1' } });
    assert.equal(seen.length, 2);
    assert.equal(seen[1]!.body, seen[0]!.body, 'the retry sends the same body');
    assert.equal(seen[1]!.body, JSON.stringify(payment));
    assert.equal(seen[1]!.headers['x-idempotency-key'], 'k-1');
    const [first, second] = await Promise.all(seen.map((s) => proofOf(s.headers)));
    assert.equal(second!.payload.nonce, 'nonce-1');
    assert.notEqual(first!.payload.jti, second!.payload.jti);

    seen = [];
    await client.POST(PAYMENTS, {
      body: payment,
      params: { header: { 'x-idempotency-key': 'k-2' } },
    });
    assert.equal(seen.length, 1, 'the nonce is kept for the origin');
  });

  test('a server asking again gets its 401 back after one retry, not a loop', async () => {
    let count = 0;
    handler = (_request, _body, response) => {
      count += 1;
      json(
        response,
        401,
        {},
        { 'www-authenticate': 'DPoP error="use_dpop_nonce"', 'dpop-nonce': `nonce-${count}` },
      );
    };
    const client = createBankClient({
      baseUrl,
      dispatcher,
      token: dpopToken,
      dpopKeys: await generateKeyPair('ES256'),
    });
    const { response } = await client.GET(ACCOUNTS);
    assert.equal(response.status, 401);
    assert.equal(seen.length, 2);
  });

  test('a certificate-bound token goes as Bearer, without a proof; a DPoP token without the key is refused', async () => {
    handler = (_request, _body, response) => json(response, 200, { Data: {} });
    await createBankClient({
      baseUrl,
      dispatcher,
      token: { access_token: 'cert-bound', token_type: 'Bearer' },
    }).GET(ACCOUNTS);
    assert.equal(seen[0]!.headers.authorization, 'Bearer cert-bound');
    assert.equal(seen[0]!.headers.dpop, undefined);
    await assert.rejects(
      createBankClient({ baseUrl, dispatcher, token: dpopToken }).GET(ACCOUNTS),
      /DPoP key pair/,
    );
  });
});

describe('OB message signing', () => {
  let signer: MessageSigner;
  let signerJwk: JWK;
  let bank: BankSignatures;
  let bankSigner: MessageSigner;

  before(async () => {
    const tpp = await generateKeyPair('PS256');
    signer = {
      key: tpp.privateKey,
      alg: 'PS256',
      kid: 'tpp-key',
      iss: 'org/software',
      tan: 'bank.example',
    };
    signerJwk = { ...(await exportJWK(tpp.publicKey)), kid: 'tpp-key', alg: 'PS256' };
    const keys = await generateKeyPair('ES256');
    bankSigner = {
      key: keys.privateKey,
      alg: 'ES256',
      kid: 'bank-key',
      iss: ISSUER,
      tan: 'bank.example',
    };
    bank = {
      issuer: ISSUER,
      keys: createLocalJWKSet({
        keys: [{ ...(await exportJWK(keys.publicKey)), kid: 'bank-key', alg: 'ES256' }],
      }),
    };
  });

  const bearer = { access_token: 't', token_type: 'Bearer' };
  const consent = { Data: { Initiation: INITIATION }, Risk: {} };

  test('the operations the document signs carry x-jws-signature over the exact body; others carry none', async () => {
    handler = (_request, _body, response) => json(response, 201, { Data: {} });
    const client = createBankClient({ baseUrl, dispatcher, token: bearer, signer });
    await client.POST('/open-banking/v3.1/pisp/domestic-payment-consents', {
      body: consent,
      params: { header: { 'x-idempotency-key': 'k' } },
    });
    await client.POST(ACCOUNT_ACCESS, {
      body: { Data: { Permissions: ['ReadAccountsBasic'] }, Risk: {} },
    });
    const [signed, unsigned] = seen;
    const [protectedPart, signature] = String(signed!.headers['x-jws-signature']).split('..');
    const { protectedHeader } = await flattenedVerify(
      {
        protected: protectedPart!,
        payload: Buffer.from(signed!.body).toString('base64url'),
        signature: signature!,
      },
      createLocalJWKSet({ keys: [signerJwk] }),
      { crit: Object.fromEntries(OB_CRIT.map((c) => [c, true])) },
    );
    assert.equal(protectedHeader?.[OB_ISS], 'org/software');
    assert.equal(
      unsigned!.headers['x-jws-signature'],
      undefined,
      'the bank refuses a signature where the endpoint takes none',
    );
  });

  test("the bank's signature on answers is checked: good passes, bad, foreign or missing (on a signed operation) is refused", async () => {
    let sign: (body: string) => Promise<string | undefined> = (body) =>
      signMessage(bankSigner, body);
    handler = async (_request, _body, response) => {
      const body = JSON.stringify({ Data: { ConsentId: 'c-1', Status: 'AwaitingAuthorisation' } });
      const signature = await sign(body);
      response
        .writeHead(201, {
          'content-type': 'application/json',
          ...(signature && { 'x-jws-signature': signature }),
        })
        .end(body);
    };
    const post = (verifier: BankSignatures) =>
      createBankClient({ baseUrl, dispatcher, token: bearer, signer, bank: verifier }).POST(
        '/open-banking/v3.1/pisp/domestic-payment-consents',
        { body: consent, params: { header: { 'x-idempotency-key': 'k' } } },
      );
    const { data } = await post(bank);
    assert.equal(data?.Data.ConsentId, 'c-1');

    await assert.rejects(
      post({ ...bank, issuer: 'https://another-bank.example' }),
      (error: Error) => error instanceof BankSignatureError && /iss/.test(error.message),
    );
    sign = (body) => signMessage(bankSigner, `${body} `); // over other bytes than those sent
    await assert.rejects(post(bank), BankSignatureError);
    sign = async () => undefined;
    await assert.rejects(
      post(bank),
      (error: Error) =>
        error instanceof BankSignatureError && /no detached x-jws-signature/.test(error.message),
    );
    // An unsigned answer to an operation that is not signed passes.
    handler = (_request, _body, response) => json(response, 201, { Data: {} });
    const { response } = await createBankClient({ baseUrl, dispatcher, token: bearer, bank }).POST(
      ACCOUNT_ACCESS,
      { body: { Data: { Permissions: ['ReadAccountsBasic'] }, Risk: {} } },
    );
    assert.equal(response.status, 201);
  });
});
