import assert from 'node:assert/strict';
import { test } from 'node:test';
import Koa from 'koa';
import { interactionId } from '../http/interaction-id.ts';

async function call(sent?: string): Promise<{ header: string; state: string }> {
  const app = new Koa();
  let state = '';
  app.use(interactionId());
  app.use((ctx) => {
    state = ctx.state.interactionId;
    ctx.body = 'ok';
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  try {
    const { port } = server.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      headers: sent ? { 'x-fapi-interaction-id': sent } : {},
    });
    return { header: response.headers.get('x-fapi-interaction-id') ?? '', state };
  } finally {
    server.close();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('a valid client interaction id is echoed', async () => {
  const sent = '93bac548-d2de-4546-b106-880a5018460d';
  const { header, state } = await call(sent);
  assert.equal(header, sent);
  assert.equal(state, sent);
});

test('a missing interaction id is generated', async () => {
  const { header, state } = await call();
  assert.match(header, UUID);
  assert.equal(state, header);
});

test('a malformed interaction id is replaced, never reflected', async () => {
  const sent = 'not-a-uuid-<script>';
  const { header } = await call(sent);
  assert.match(header, UUID);
  assert.notEqual(header, sent);
});
