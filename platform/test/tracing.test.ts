import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { INTERACTION_ID_ATTRIBUTE, tracingWanted } from '../../observability/index.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { tlsFetch } from '../../test/support/http.ts';
import { freePort } from '../../test/support/platform.ts';
import { pollUntil } from '../../test/support/poll.ts';
import { killScripts, runScript } from '../../test/support/process.ts';

/**
 * OpenTelemetry tracing as an operator turns it on: `npm start`'s --import with the standard
 * OTEL_* variables pointing at an OTLP/HTTP receiver on loopback (a plain node:http server here).
 * A request's server span carries its x-fapi-interaction-id and route template, and the Koa and
 * database work it caused arrives in the same trace.
 */

interface OtlpSpan {
  traceId: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: { stringValue?: string } }[];
}
interface OtlpExport {
  resourceSpans: {
    resource?: { attributes?: OtlpSpan['attributes'] };
    scopeSpans: { scope?: { name: string }; spans: (OtlpSpan & { scope?: string })[] }[];
  }[];
}

const WAIT_MS_MAX = 60_000;
const SPAN_KIND_SERVER = 2;

let receiver: Server;
const received: { path: string; body: OtlpExport }[] = [];
let database: TestDatabase;
let dataDir: string;

before(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ path: request.url ?? '', body: JSON.parse(body) as OtlpExport });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  database = await createTestDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'obp-tracing-'));
});
after(async () => {
  killScripts();
  receiver?.close();
  await database?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

const spans = () =>
  received.flatMap(({ body }) =>
    body.resourceSpans.flatMap((rs) =>
      rs.scopeSpans.flatMap((ss) =>
        ss.spans.map((span) => ({ ...span, scope: ss.scope?.name ?? '', resource: rs.resource })),
      ),
    ),
  );
const attribute = (span: OtlpSpan, key: string) =>
  span.attributes?.find((a) => a.key === key)?.value.stringValue;

test('tracing is off unless the OTEL_* variables ask for an exporter', () => {
  assert.equal(tracingWanted({}), false);
  assert.equal(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }), true);
  assert.equal(tracingWanted({ OTEL_TRACES_EXPORTER: 'otlp' }), true);
  assert.equal(
    tracingWanted({
      OTEL_TRACES_EXPORTER: 'none',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
    }),
    false,
  );
  assert.equal(tracingWanted({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' }), false);
});

test("a request's span reaches the OTLP receiver with its interaction id, its database spans in the same trace", async () => {
  const address = receiver.address();
  assert.ok(address && typeof address === 'object');
  const [browserPort, tppPort] = [await freePort(), await freePort()];
  const platform = runScript(
    'platform/main.ts',
    [],
    {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      BROWSER_PORT: String(browserPort),
      TPP_PORT: String(tppPort),
      LOG_LEVEL: 'info',
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${address.port}`,
      OTEL_BSP_SCHEDULE_DELAY: '200',
      OTEL_METRICS_EXPORTER: 'none',
      OTEL_LOGS_EXPORTER: 'none',
    },
    { nodeArgs: ['--import', './observability/register-tracing.ts'] },
  );
  const ready = await pollUntil(
    () => platform.child.exitCode === null && platform.output().includes('platform ready'),
    { timeoutMs: WAIT_MS_MAX, intervalMs: 200 },
  );
  assert.ok(ready, `the platform did not start:\n${platform.output()}`);

  const interactionId = randomUUID();
  const ca = readFileSync(join(dataDir, 'pki', 'ca.pem'), 'utf8');
  // An unknown client: the authorization server looks it up in the database and refuses it.
  const answer = await tlsFetch(
    `https://localhost:${tppPort}/token`,
    { ca },
    {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-fapi-interaction-id': interactionId,
      },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: `unknown-${interactionId}`,
        client_secret: 'not-a-secret',
      }).toString(),
    },
  );
  assert.equal(answer.status, 401);
  assert.equal(answer.headers.get('x-fapi-interaction-id'), interactionId);

  const server = await pollUntil(
    () =>
      spans().find(
        (span) =>
          span.kind === SPAN_KIND_SERVER &&
          attribute(span, INTERACTION_ID_ATTRIBUTE) === interactionId,
      ),
    {
      timeoutMs: WAIT_MS_MAX,
      intervalMs: 200,
    },
  );
  assert.ok(
    server,
    `no server span with the interaction id arrived; got ${spans()
      .map((s) => s.name)
      .join(', ')}`,
  );
  assert.ok(received.every(({ path }) => path === '/v1/traces'));
  assert.equal(server.scope, '@opentelemetry/instrumentation-http');
  assert.equal(server.name, 'POST /token', 'named after the route template');
  assert.equal(attribute(server, 'http.route'), '/token');
  assert.equal(
    attribute({ ...server, attributes: server.resource?.attributes }, 'service.name'),
    'open-banking-platform',
  );
  // The client lookup the request caused, in the same trace.
  const query = await pollUntil(
    () =>
      spans().find(
        (span) =>
          span.traceId === server.traceId && span.scope === '@opentelemetry/instrumentation-pg',
      ),
    { timeoutMs: WAIT_MS_MAX, intervalMs: 200 },
  );
  assert.ok(
    query,
    `no pg span in the request's trace; got ${spans()
      .filter((s) => s.traceId === server.traceId)
      .map((s) => `${s.scope}:${s.name}`)
      .join(', ')}`,
  );
  assert.ok(
    spans().some(
      (span) =>
        span.traceId === server.traceId && span.scope === '@opentelemetry/instrumentation-koa',
    ),
    'Koa middleware spans in the trace',
  );
  assert.ok(!JSON.stringify(received).includes('not-a-secret'), 'no credential in any span');

  platform.child.kill('SIGTERM');
  assert.equal(await platform.exited, 0, platform.output());
});
