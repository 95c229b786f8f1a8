/**
 * The bank's Event Notification Retry Policy (OB Event Notification API, "ASPSP"): an exponential
 * backoff, a maximum number of attempts, and with the cap on the interval a maximum time over which
 * it retries, after which the delivery is dead-lettered (still offered to aggregated polling).
 */
export interface EventDeliverySettings {
  /** Push attempts per event, the first included; the last failure dead-letters it. */
  readonly attemptsMax: number;
  /** Wait after the first failed attempt; doubled after each further one. */
  readonly backoffBaseMs: number;
  /** Longest wait between two attempts. */
  readonly backoffMaxMs: number;
  /** One attempt: connect, TLS, request and answer must all fit in it. */
  readonly timeoutMs: number;
  /**
   * TPPs pushed to at once; one TPP takes one slot at most, so a hanging TPP cannot hold them all.
   */
  readonly concurrency: number;
  /**
   * Callback hosts (`name` or `name:port`) that may resolve to loopback or private addresses:
   * a sandbox allow-list for receivers on the developer's machine. Empty in production.
   */
  readonly privateHostsAllowed: readonly string[];
}

/**
 * The wait before attempt `attempt + 1` after `attempt` failed ones: base * 2^(attempt-1), capped,
 * with the upper half randomised ("equal jitter") so TPPs failing together do not retry together.
 */
export function retryDelayMs(
  settings: Pick<EventDeliverySettings, 'backoffBaseMs' | 'backoffMaxMs'>,
  attempt: number,
  random = Math.random(),
): number {
  if (!Number.isInteger(attempt) || attempt < 1)
    throw new RangeError(`attempt must be a positive integer, got ${attempt}`);
  const ceiling = Math.min(
    settings.backoffMaxMs,
    settings.backoffBaseMs * 2 ** Math.min(attempt - 1, 30),
  );
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
