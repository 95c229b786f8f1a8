import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Browser, startHarness, type Harness } from './harness.ts';

const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#7a1f5c"/></svg>';
let branded: Harness;
let sandbox: Harness;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'branding-'));
  writeFileSync(join(dir, 'logo.svg'), LOGO);
  [branded, sandbox] = await Promise.all([
    startHarness({
      BANK_NAME: 'Northwind Bank',
      BANK_COLOUR: '#7a1f5c',
      BANK_LOGO_FILE: join(dir, 'logo.svg'),
      SEED_SANDBOX: 'false',
    }),
    startHarness(),
  ]);
});
after(() => Promise.all([branded?.close(), sandbox?.close()]));

test("a bank's name, colour and logo; no sandbox hints outside the sandbox", async () => {
  const browser = new Browser(branded.baseUrl);
  const html = await (await browser.get('/consents')).text();
  assert.match(html, /<title>Sign in – Northwind Bank<\/title>/);
  assert.match(html, /<span class="brand__name">Northwind Bank<\/span>/);
  assert.doesNotMatch(html, /Sandbox Bank/);
  assert.doesNotMatch(html, /Sandbox customers/);
  assert.doesNotMatch(html, /test bank/);
  assert.match(html, /id="username"[^>]* autofocus/, 'the first field has the focus');

  const logoPath = /<img class="brand__logo" src="(\/assets\/logo\.[0-9a-f]{16}\.svg)"/.exec(
    html,
  )?.[1];
  assert.ok(logoPath, 'the masthead shows the logo');
  const logo = await browser.get(logoPath);
  assert.equal(logo.status, 200);
  assert.equal(logo.headers.get('content-type'), 'image/svg+xml');
  assert.match(logo.headers.get('content-security-policy') ?? '', /^default-src 'none'/);
  assert.equal(await logo.text(), LOGO);

  const cssPath = /<link rel="stylesheet" href="([^"]+)">/.exec(html)![1]!;
  const css = await (await browser.get(cssPath)).text();
  assert.match(css, /:root \{ --brand: #7a1f5c; --brand-strong: #551640; \}/);
});

test('the sandbox keeps its name and hints', async () => {
  const html = await (await new Browser(sandbox.baseUrl).get('/consents')).text();
  assert.match(
    html,
    /<span class="brand__mark" aria-hidden="true">SB<\/span><span class="brand__name">Sandbox Bank<\/span>/,
  );
  assert.match(html, /Sandbox customers and their passwords are listed in the README/);
  assert.match(html, /Sandbox Bank is a test bank for Open Banking developers/);
});
