import assert from 'node:assert/strict';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, test } from 'node:test';
import Koa, { type Context } from 'koa';
import { CsrfTokens } from '../csrf.ts';
import { SignedValues } from '../signed-values.ts';

const KEY_A = 'a'.repeat(43);
const KEY_B = 'b'.repeat(43);

function context(cookie?: string): Context {
  const req = new IncomingMessage(new Socket());
  if (cookie) req.headers.cookie = cookie;
  return new Koa().createContext(req, new ServerResponse(req));
}

/** The cookie the response set, as the browser would send it back. */
function returnedCookie(ctx: Context): string {
  const header = [ctx.response.get('set-cookie')].flat()[0]!;
  assert.match(
    header,
    /^__Host-obp-csrf=[A-Za-z0-9_-]{43}; Path=\/; Secure; HttpOnly; SameSite=Strict$/,
  );
  return header.split(';')[0]!;
}

describe('CSRF tokens', () => {
  test('a token fits the browser secret and scope it was issued for, and nothing else', () => {
    const csrf = new CsrfTokens([KEY_A]);
    const first = context();
    const token = csrf.issue(first, 'interaction-1');
    const cookie = returnedCookie(first);
    assert.equal(csrf.verify(context(cookie), 'interaction-1', token), true);
    assert.equal(csrf.verify(context(cookie), 'interaction-2', token), false, 'other scope');
    assert.equal(csrf.verify(context(), 'interaction-1', token), false, 'no cookie');
    assert.equal(
      csrf.verify(context(`__Host-obp-csrf=${'x'.repeat(43)}`), 'interaction-1', token),
      false,
      'other secret',
    );
    assert.equal(csrf.verify(context(cookie), 'interaction-1', undefined), false);
    assert.equal(
      csrf.verify(
        context(cookie),
        'interaction-1',
        `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`,
      ),
      false,
      'another spelling',
    );
  });

  test('one secret per response, reused once the browser has it', () => {
    const csrf = new CsrfTokens([KEY_A]);
    const ctx = context();
    csrf.issue(ctx, 'a');
    csrf.issue(ctx, 'b');
    assert.equal([ctx.response.get('set-cookie')].flat().length, 1);
    const again = context(returnedCookie(ctx));
    csrf.issue(again, 'a');
    assert.equal(again.response.get('set-cookie'), '');
  });

  test('survives key rotation: tokens made with the old key still verify', () => {
    const ctx = context();
    const token = new CsrfTokens([KEY_A]).issue(ctx, 'dashboard');
    const cookie = returnedCookie(ctx);
    assert.equal(new CsrfTokens([KEY_B, KEY_A]).verify(context(cookie), 'dashboard', token), true);
    assert.equal(new CsrfTokens([KEY_B]).verify(context(cookie), 'dashboard', token), false);
  });
});

describe('signed values', () => {
  test('verify only what a current key signed, for this purpose, before it expires', () => {
    const exp = Math.floor(Date.now() / 1000) + 60;
    const value = new SignedValues<{ sub: string; exp: number }>([KEY_A], 'session').sign({
      sub: 'alice',
      exp,
    });
    assert.deepEqual(new SignedValues([KEY_B, KEY_A], 'session').verify(value), {
      sub: 'alice',
      exp,
    });
    assert.equal(
      new SignedValues([KEY_A], 'pending-login').verify(value),
      undefined,
      'other purpose',
    );
    assert.equal(
      new SignedValues([KEY_A], 'session').verify(value, new Date((exp + 1) * 1000)),
      undefined,
      'expired',
    );
    const [body, signature] = value.split('.');
    const forged = `${Buffer.from(JSON.stringify({ sub: 'bob', exp })).toString('base64url')}.${signature}`;
    assert.equal(new SignedValues([KEY_A], 'session').verify(forged), undefined, 'altered body');
    assert.equal(new SignedValues([KEY_A], 'session').verify(`${body}.`), undefined);
  });
});
