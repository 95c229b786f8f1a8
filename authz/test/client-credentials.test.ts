import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as grantHelpers from 'oidc-provider/lib/helpers/grants.js';
import { handler, parameters } from 'oidc-provider/lib/actions/grants/client_credentials.js';
import { assertSeams } from '../client-credentials.ts';

test('the installed oidc-provider has every internal the UK client-credentials grant builds on', () => {
  assert.doesNotThrow(() => assertSeams({ helpers: grantHelpers, handler, parameters }));
});

test('a helper renamed or gone, or a handler moved, stops the boot naming it', () => {
  const { checkDpopRequired: _gone, ...renamed } = grantHelpers as Record<string, unknown>;
  assert.throws(
    () => assertSeams({ helpers: renamed, handler, parameters }),
    /grants\.js checkDpopRequired\(\)/,
  );
  assert.throws(
    () => assertSeams({ helpers: grantHelpers, handler: undefined, parameters: [] }),
    /client_credentials\.js handler\(\), .*client_credentials\.js parameters/,
  );
});
