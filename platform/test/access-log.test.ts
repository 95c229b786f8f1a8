import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { clientCredentials, readIntent } from '../../examples/tpp-client.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logging.ts';
import { tlsFetch } from '../../test/support/http.ts';
import { startTestPlatform, type TestPlatform } from '../../test/support/platform.ts';
import { createdIntentId, onboardTpp, type OnboardedTpp } from '../../test/support/tpp.ts';

/**
 * The access log names the TPP (client id and organisation) at the authorization server and at
 * the resource server, and never a token; LOG_FORMAT=pretty writes the same lines readably.
 */

interface AccessLine {
  msg: string;
  host: string;
  method: string;
  path: string;
  status: number;
  clientId?: string;
  orgId?: string;
}

describe('the access log', () => {
  let platform: TestPlatform;
  let tpp: OnboardedTpp;
  let orgId: string;

  before(async () => {
    platform = await startTestPlatform();
    tpp = await onboardTpp(platform, {
      name: 'Access Log Ltd',
      roles: ['AISP'],
      redirectUri: 'https://tpp.example/cb',
    });
    const { org_id: registered } = tpp.tpp.config.clientMetadata() as { org_id?: string };
    assert.ok(registered, 'registration keeps the organisation');
    orgId = registered;
  });
  after(() => platform?.stop());

  const requests = () =>
    platform
      .logLines()
      .map((line) => JSON.parse(line) as AccessLine)
      .filter((line) => line.msg === 'request');

  test('names the client and its organisation at the token endpoint and the APIs, and no token', async () => {
    const token = await clientCredentials(tpp.tpp, 'accounts');
    const consentId = await createdIntentId(tpp.tpp, 'account-access');
    assert.equal((await readIntent(tpp.tpp, token, 'account-access', consentId)).status, 200);

    const lines = requests();
    const tokenLine = lines.find(
      (line) => line.host === 'tpp' && line.path === '/token' && line.status === 200,
    );
    assert.ok(tokenLine, 'the token request is logged');
    assert.equal(tokenLine.clientId, tpp.tpp.clientId);
    assert.equal(tokenLine.orgId, orgId);
    const read = lines.find(
      (line) =>
        line.method === 'GET' &&
        line.path === `/open-banking/v3.1/aisp/account-access-consents/${consentId}`,
    );
    assert.ok(read, 'the API request is logged');
    assert.equal(read.clientId, tpp.tpp.clientId);
    assert.equal(read.orgId, orgId);

    const text = platform.logLines().join('\n');
    assert.ok(!text.includes(token.access_token), 'no access token in the log');
  });

  test('names nobody for a request whose token is not proven', async () => {
    const refused = await tlsFetch(
      `${platform.urls.tpp}/open-banking/v3.1/aisp/accounts`,
      { ca: platform.serverTrustAnchorPem },
      { headers: { authorization: 'Bearer not-a-token' } },
    );
    assert.equal(refused.status, 401);
    const line = requests()
      .filter((l) => l.path === '/open-banking/v3.1/aisp/accounts' && l.status === 401)
      .at(-1);
    assert.ok(line);
    assert.equal(line.clientId, undefined);
    assert.equal(line.orgId, undefined);
  });
});

describe('LOG_FORMAT', () => {
  test('is json by default, pretty on request, and refused otherwise', () => {
    assert.equal(loadConfig({}).logFormat, 'json');
    assert.equal(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat, 'pretty');
    assert.throws(
      () => loadConfig({ LOG_FORMAT: 'xml' }),
      /LOG_FORMAT: "xml" is not one of json, pretty/,
    );
  });

  test('pretty writes one readable line per entry, redacted like the JSON', () => {
    let out = '';
    const destination = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        out += chunk.toString();
        callback();
      },
    });
    const logger = createLogger({ level: 'info', format: 'pretty', destination });
    logger.info(
      {
        host: 'tpp',
        method: 'GET',
        path: '/token',
        status: 200,
        clientId: 'client-1',
        req: { headers: { authorization: 'Bearer secret-token' } },
      },
      'request',
    );
    logger.error({ err: new Error('boom') }, 'failed');
    const [first, second, stack] = out.split('\n');
    assert.match(
      first!,
      /^\d{2}:\d{2}:\d{2}\.\d{3} INFO {2}request host=tpp method=GET path=\/token status=200 clientId=client-1 req=/,
    );
    assert.ok(!out.includes('secret-token'), 'the authorization header is redacted');
    assert.match(first!, /\[redacted\]/);
    assert.match(second!, /ERROR failed$/);
    assert.match(stack!, /^ {2}Error: boom/);
    assert.throws(() => JSON.parse(first!), 'not JSON');
  });
});
