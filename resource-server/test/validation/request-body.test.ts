import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import Router from '@koa/router';
import Koa from 'koa';
import { createLogger } from '../../../platform/logging.ts';
import { API_PREFIX } from '../../api.ts';
import { errorHandler } from '../../error-handler.ts';
import type { ResourceMiddleware, ResourceState } from '../../state.ts';
import { obBody } from '../../validation/request-body.ts';

/**
 * The body step on its own, on a router as the resource server mounts it: the operation's OB
 * schema decides, a valid body reaches the next middleware on the state (value and bytes as
 * received), an invalid one is refused before it.
 */

interface FundsConfirmationBody {
  Data: {
    ConsentId: string;
    Reference: string;
    InstructedAmount: { Amount: string; Currency: string };
  };
}

let server: Server;
let base: string;
let reached = 0;

before(async () => {
  const router = new Router<ResourceState>({ prefix: API_PREFIX, sensitive: true, strict: true });
  const echo: ResourceMiddleware = async (ctx) => {
    reached += 1;
    const body = ctx.state.body!;
    ctx.body = {
      value: body.value,
      rawLength: body.raw.length,
      rawText: Buffer.from(body.raw).toString('utf8'),
    };
  };
  router.post('/cbpii/funds-confirmations', obBody<FundsConfirmationBody>(), echo);
  // Not an OB operation with a JSON body: a route that reads one there is a bug.
  router.post('/aisp/accounts', obBody<unknown>(), echo);
  const app = new Koa<ResourceState>();
  app.use(
    errorHandler({
      logger: createLogger({ level: 'silent' }),
      errorDocs: 'https://bank.example/docs/errors',
    }),
  );
  app.use(router.routes());
  server = createServer(app.callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${API_PREFIX}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function post(path: string, body: string, contentType = 'application/json') {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  return { status: response.status, body: await response.json() };
}

const VALID =
  '{"Data":{"ConsentId":"fc-1","Reference":"Purchase01","InstructedAmount":{"Amount":"10.00","Currency":"GBP"}}}';

describe('obBody', () => {
  test('a body that meets the schema is on the state for the next middleware, as value and as the bytes received', async () => {
    const before = reached;
    const { status, body } = await post('/cbpii/funds-confirmations', VALID);
    assert.equal(status, 200);
    assert.equal(reached, before + 1);
    assert.deepEqual(body.value, JSON.parse(VALID));
    assert.equal(body.rawText, VALID);
  });

  test('a breach of the schema is refused with OB errors naming the field; the next middleware is not reached', async () => {
    const before = reached;
    const { status, body } = await post(
      '/cbpii/funds-confirmations',
      '{"Data":{"ConsentId":"fc-1","Reference":"Purchase01"}}',
    );
    assert.equal(status, 400);
    assert.equal(reached, before);
    assert.deepEqual(
      body.Errors.map((e: { ErrorCode: string; Path: string }) => [e.ErrorCode, e.Path]),
      [['UK.OBIE.Field.Missing', 'Data.InstructedAmount']],
    );
  });

  test('a field the schema does not document is refused', async () => {
    const { status, body } = await post(
      '/cbpii/funds-confirmations',
      VALID.replace('"Reference"', '"Extra":1,"Reference"'),
    );
    assert.equal(status, 400);
    assert.equal(body.Errors[0].ErrorCode, 'UK.OBIE.Field.Unexpected');
  });

  test('a body that is not JSON is refused before the schema', async () => {
    assert.equal((await post('/cbpii/funds-confirmations', VALID, 'text/plain')).status, 415);
    const { status, body } = await post('/cbpii/funds-confirmations', '{"Data":');
    assert.equal(status, 400);
    assert.equal(body.Errors[0].ErrorCode, 'UK.OBIE.Resource.InvalidFormat');
  });

  test('on a route that is no OB operation with a JSON body it is a bug: 500', async () => {
    assert.equal((await post('/aisp/accounts', '{}')).status, 500);
  });
});
