import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The process's counters, shared by every part that runs in it (a Prometheus target is a
 * process). Counting costs a label lookup and an addition: nothing here touches the database.
 * What is read from the database (ledger totals, job queue) is collected when scraped, by the
 * process's metrics listener. Labels are bounded sets (route templates, statuses, grant types,
 * task names): never an id, a client, an account or anything a request can choose freely.
 */
export const processMetrics = new Registry();
// process_* and nodejs_* (CPU, memory, event-loop lag, GC): what tells an overloaded process.
collectDefaultMetrics({ register: processMetrics });

const registers = [processMetrics];

const requests = new Counter({
  name: 'openbanking_http_requests_total',
  help: 'HTTP requests answered by the TLS hosts, by host, method, route template and status.',
  labelNames: ['host', 'method', 'route', 'status'] as const,
  registers,
});

const requestDuration = new Histogram({
  name: 'openbanking_http_request_duration_seconds',
  help: 'Time from a request reaching the host until its answer, by host, method, route template and status.',
  labelNames: ['host', 'method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers,
});

const tokensIssued = new Counter({
  name: 'openbanking_tokens_issued_total',
  help: 'Access tokens issued, by grant type and sender binding (dpop or mtls).',
  labelNames: ['grant_type', 'binding'] as const,
  registers,
});

const payments = new Counter({
  name: 'openbanking_payments_total',
  help: 'Domestic payments that reached a status in this process (created, then settled by a worker).',
  labelNames: ['status'] as const,
  registers,
});

const jobFailures = new Counter({
  name: 'openbanking_job_failures_total',
  help: 'Job attempts that failed in this process, by task; permanent="true" once a job has no attempt left.',
  labelNames: ['task', 'permanent'] as const,
  registers,
});

export interface RequestObservation {
  host: string;
  method: string;
  /** The route template, or "unmatched": never the path as sent. */
  route: string;
  status: number;
  seconds: number;
}

export function observeRequest(observation: RequestObservation): void {
  const labels = {
    host: observation.host,
    method: observation.method,
    route: observation.route,
    status: String(observation.status),
  };
  requests.inc(labels);
  requestDuration.observe(labels, observation.seconds);
}

export type TokenBinding = 'dpop' | 'mtls' | 'none';

export function countTokenIssued(grantType: string, binding: TokenBinding): void {
  tokensIssued.inc({ grant_type: grantType, binding });
}

export function countPayments(status: string, count = 1): void {
  if (count > 0) payments.inc({ status }, count);
}

export function countJobFailure(task: string, permanent: boolean): void {
  jobFailures.inc({ task, permanent: String(permanent) });
}
