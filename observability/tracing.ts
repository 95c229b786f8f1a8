import { register } from 'node:module';
import { IncomingMessage, ServerResponse } from 'node:http';
import { requestFacts } from './request-facts.ts';

/**
 * The span attribute that carries the request's `x-fapi-interaction-id` (FAPI, echoed on every
 * answer).
 */
export const INTERACTION_ID_ATTRIBUTE = 'fapi.interaction_id';

type Env = Record<string, string | undefined>;

/**
 * Off by default: on when the standard variables ask for an exporter (OTEL_TRACES_EXPORTER other
 * than "none", or an OTLP endpoint), never with OTEL_SDK_DISABLED=true. Everything else
 * (protocol, headers, sampler, service name, resource attributes) is the SDK's own OTEL_* reading.
 */
export function tracingWanted(env: Env): boolean {
  if (env.OTEL_SDK_DISABLED?.toLowerCase() === 'true') return false;
  const exporter = env.OTEL_TRACES_EXPORTER?.trim();
  if (exporter) return exporter !== 'none';
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

let running: { shutdown(): Promise<void> } | undefined;

/**
 * Starts the OpenTelemetry Node SDK with the http, koa, pg and undici instrumentations. Must run
 * before the platform's modules load (`--import`, observability/register-tracing.ts): ESM modules
 * are instrumented through the loader hook registered here, CommonJS ones as they are required.
 * The SDK's packages are loaded only when tracing is on, so off costs nothing.
 */
export async function startTracing(env: Env): Promise<boolean> {
  if (running || !tracingWanted(env)) return false;
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const [
    { NodeSDK },
    { HttpInstrumentation },
    { KoaInstrumentation },
    { PgInstrumentation },
    { UndiciInstrumentation },
  ] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-koa'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/instrumentation-undici'),
  ]);
  const sdk = new NodeSDK({
    ...(!env.OTEL_SERVICE_NAME && { serviceName: 'open-banking-platform' }),
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes every few seconds would drown the traces of real requests.
        ignoreIncomingRequestHook: (request) =>
          /^\/(health|metrics)(\/|$|\?)/.test(request.url ?? ''),
        // No header is copied into spans (the default): they carry tokens, DPoP proofs and cookies.
        // A server span, once answered, gets its interaction id and the route template the
        // platform matched (its name "GET /open-banking/v3.1/aisp/accounts/:AccountId").
        applyCustomAttributesOnSpan: (span, request, response) => {
          if (!(request instanceof IncomingMessage) || !(response instanceof ServerResponse))
            return;
          const id = response.getHeader('x-fapi-interaction-id');
          if (typeof id === 'string') span.setAttribute(INTERACTION_ID_ATTRIBUTE, id);
          const { route } = requestFacts(request);
          if (route) {
            span.setAttribute('http.route', route);
            span.updateName(`${request.method} ${route}`);
          }
        },
      }),
      // A span per Koa middleware (both hosts' apps and oidc-provider's).
      new KoaInstrumentation(),
      // Statements are parameterised; their values are not recorded (enhancedDatabaseReporting
      // off).
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
      new UndiciInstrumentation(),
    ],
  });
  sdk.start();
  running = sdk;
  return true;
}

/**
 * Exports what is still buffered and stops; for the shutdown path (a no-op when tracing is off).
 */
export async function stopTracing(): Promise<void> {
  const sdk = running;
  running = undefined;
  await sdk?.shutdown();
}
