import { setTimeout as sleep } from 'node:timers/promises';
import type { Middleware } from 'koa';
import { MAGIC_REFERENCES, referenceOf, SLOW_ANSWER_MS } from './magic-values.ts';

/**
 * The TPP host's simulated latency, sandbox only: every request waits `latencyMs`
 * (SANDBOX_LATENCY_MS) before it is handled, and an answer about a payment whose reference is
 * SANDBOX-SLOW waits SLOW_ANSWER_MS more before it is sent, so a TPP can test its timeouts.
 */
export function sandboxLatency(latencyMs: number): Middleware {
  return async (ctx, next) => {
    if (latencyMs > 0) await sleep(latencyMs);
    await next();
    if (
      ctx.path.startsWith('/open-banking/v3.1/pisp/') &&
      referenceOf(initiationOf(ctx.body)) === MAGIC_REFERENCES.slow
    )
      await sleep(SLOW_ANSWER_MS);
  };
}

/**
 * Data.Initiation of an OB answer: an object, or JSON text or bytes (what a signed answer signs).
 */
function initiationOf(body: unknown): unknown {
  let answer = body;
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    const text = body.toString();
    if (!text.includes(MAGIC_REFERENCES.slow)) return undefined;
    try {
      answer = JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  return typeof answer === 'object' && answer !== null
    ? (answer as { Data?: { Initiation?: unknown } }).Data?.Initiation
    : undefined;
}
