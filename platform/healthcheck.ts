/**
 * The container's HEALTHCHECK (Dockerfile): exits 0 when this container's process is ready, i.e.
 * answers 200 on /health/ready of its operators' listener (METRICS_PORT on BIND_ADDRESS, read as
 * the platform reads them), 1 otherwise.
 */
import { loadConfig } from './config.ts';

const { bindAddress, metricsPort } = loadConfig();
if (metricsPort === 0) {
  process.stderr.write("METRICS_PORT=0: no operators' listener to probe\n");
  process.exit(1);
}
const unspecified: Record<string, string> = { '0.0.0.0': '127.0.0.1', '::': '[::1]' };
const host =
  unspecified[bindAddress] ?? (bindAddress.includes(':') ? `[${bindAddress}]` : bindAddress);
const ready = await fetch(`http://${host}:${metricsPort}/health/ready`, {
  signal: AbortSignal.timeout(2_500),
}).then(
  (response) => response.ok,
  () => false,
);
process.exit(ready ? 0 : 1);
