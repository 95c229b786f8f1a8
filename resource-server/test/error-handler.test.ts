import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import Koa from 'koa';
import { createLogger } from '../../platform/logging.ts';
import { errorHandler } from '../error-handler.ts';
import { InsufficientFundsError } from '../../ledger/index.ts';
import {
  FieldInvalid,
  FieldMissing,
  InvalidToken,
  MethodNotAllowed,
  ObErrorList,
} from '../errors.ts';

/**
 * The resource server's one error handler on its own: each kind of refusal as it leaves on the
 * wire (status, OB body, Url per item, challenge, headers) and the log line support reads.
 */

const DOCS = 'https://bank.example/docs/errors';
const lines: Record<string, unknown>[] = [];
let server: Server;
let base: string;

const THROWN: Record<string, () => never> = {
  '/field': () => {
    throw new FieldInvalid('not a date', 'Data.ExpirationDateTime');
  },
  '/list': () => {
    throw new ObErrorList([
      new FieldMissing('required', 'Data.Permissions'),
      new FieldInvalid('too long', 'Risk.Reason'),
    ]);
  },
  '/token': () => {
    throw new InvalidToken('DPoP', 'the access token is not active');
  },
  '/method': () => {
    throw new MethodNotAllowed(['GET', 'POST']);
  },
  '/ledger': () => {
    throw new InsufficientFundsError('acc-7');
  },
  '/bug': () => {
    throw new Error('secret detail: connection to 10.0.0.7 refused');
  },
};

before(async () => {
  const logger = createLogger({
    level: 'info',
    destination: { write: (line: string) => void lines.push(JSON.parse(line)) },
  });
  const app = new Koa();
  app.use(errorHandler({ logger, errorDocs: DOCS }));
  app.use(async (ctx) => {
    // A success header set before the failure must not leak into the error; the interaction id
    // stays.
    ctx.set('location', '/open-banking/v3.1/aisp/accounts/acc-1');
    ctx.set('x-fapi-interaction-id', 'f0c2b0c6-4b43-4a4d-9d8f-0e2f1c6f4b11');
    THROWN[ctx.path]!();
  });
  server = createServer(app.callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function answer(path: string) {
  const response = await fetch(`${base}${path}`);
  const text = await response.text();
  return { response, body: text ? JSON.parse(text) : undefined };
}

describe('error handler', () => {
  test('an OB error: its category, an Id that is also in the log line, the item with its docs Url; success headers gone', async () => {
    const { response, body } = await answer('/field');
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('location'), null);
    assert.equal(
      response.headers.get('x-fapi-interaction-id'),
      'f0c2b0c6-4b43-4a4d-9d8f-0e2f1c6f4b11',
    );
    assert.equal(body.Code, '400 BadRequest');
    assert.match(body.Id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(body.Errors, [
      {
        ErrorCode: 'UK.OBIE.Field.Invalid',
        Message: 'not a date',
        Path: 'Data.ExpirationDateTime',
        Url: `${DOCS}#UK.OBIE.Field.Invalid`,
      },
    ]);
    const logged = lines.find((line) => line.errorId === body.Id);
    assert.ok(logged, 'the refusal is logged with the Id the TPP received');
    assert.equal(logged.msg, 'request refused');
    assert.equal(logged.status, 400);
  });

  test('every problem of one request is answered together', async () => {
    const { body } = await answer('/list');
    assert.deepEqual(
      body.Errors.map((e: { ErrorCode: string; Path: string }) => [e.ErrorCode, e.Path]),
      [
        ['UK.OBIE.Field.Missing', 'Data.Permissions'],
        ['UK.OBIE.Field.Invalid', 'Risk.Reason'],
      ],
    );
  });

  test('401: a WWW-Authenticate challenge for the scheme used and no body', async () => {
    const { response, body } = await answer('/token');
    assert.equal(response.status, 401);
    assert.equal(body, undefined);
    assert.equal(
      response.headers.get('www-authenticate'),
      'DPoP error="invalid_token", error_description="the access token is not active", algs="ES256 PS256"',
    );
  });

  test("an error's own headers go out with it (405 Allow)", async () => {
    const { response, body } = await answer('/method');
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'GET, POST');
    assert.equal(body.Code, '405 MethodNotAllowed');
  });

  test('a ledger refusal is answered as its OB error (ledger-refusals.ts), a 400, not a 500', async () => {
    const { response, body } = await answer('/ledger');
    assert.equal(response.status, 400);
    assert.deepEqual(
      body.Errors.map((e: { ErrorCode: string; Path: string }) => [e.ErrorCode, e.Path]),
      [['UK.SandboxBank.InsufficientFunds', 'Data.Initiation.InstructedAmount']],
    );
    assert.doesNotMatch(JSON.stringify(body), /acc-7/);
    assert.equal(lines.find((line) => line.errorId === body.Id)?.msg, 'request refused');
  });

  test('anything else is a 500 naming only an id; the cause is in the log under that id', async () => {
    const { response, body } = await answer('/bug');
    assert.equal(response.status, 500);
    assert.doesNotMatch(JSON.stringify(body), /secret detail|10\.0\.0\.7/);
    assert.equal(body.Errors[0].ErrorCode, 'UK.OBIE.UnexpectedError');
    const logged = lines.find((line) => line.errorId === body.Id);
    assert.equal(logged?.msg, 'unexpected error');
    assert.match(JSON.stringify(logged?.err), /secret detail/);
  });
});
