import { randomUUID } from 'node:crypto';
import { request, type Agent } from 'node:https';
import { checkCallbackUrl, checkedLookup } from '../../outbound/index.ts';

/** Enough for an RFC 8935 error object; a longer answer is cut off, never buffered whole. */
const RESPONSE_BYTES_MAX = 4096;
/** OB Event Notification API: the TPP's resource, appended to its callback URL. */
const RESOURCE = 'event-notifications';

export type PushOutcome =
  /** 2xx: the TPP has it (OB and RFC 8935 ask for 202). */
  | { readonly kind: 'delivered' }
  /** 400: the TPP will never accept this SET (RFC 8935 section 2.3); not retried. */
  | { readonly kind: 'rejected'; readonly error: string }
  /**
   * Anything else (other statuses, no answer in time, no connection, a refused address): retried.
   */
  | { readonly kind: 'failed'; readonly error: string };

export interface PushTarget {
  /** The subscription's CallbackUrl. */
  readonly callbackUrl: string;
  /**
   * The bank's mutual TLS identity and the trust anchors for TPP servers; keep-alive across pushes.
   */
  readonly agent: Agent;
  readonly privateHostsAllowed: readonly string[];
  readonly timeoutMs: number;
  /** OB `x-fapi-financial-id`: the bank's id, which the TPP's endpoint requires. */
  readonly financialId: string;
}

/**
 * "in conjunction with the resource name" (OB OBEventSubscription1.CallbackUrl): the resource is
 * appended, unless the URL already ends with it, as the OB usage example writes it.
 */
export function notificationUrl(callbackUrl: string): URL {
  const url = new URL(callbackUrl);
  if (!url.pathname.replace(/\/+$/, '').endsWith(`/${RESOURCE}`))
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/${RESOURCE}`;
  return url;
}

/**
 * POSTs one SET (RFC 8935 push delivery, OB POST /event-notifications) over mutual TLS: the bank's
 * client certificate, the TPP's server certificate checked against the agent's trust anchors, the
 * address checked as it is connected to, no redirects followed, and the whole exchange bounded by
 * `timeoutMs`. Never throws: every way it can end is an outcome.
 */
export async function pushSecurityEvent(target: PushTarget, set: string): Promise<PushOutcome> {
  let url: URL;
  try {
    url = notificationUrl(checkCallbackUrl(target.callbackUrl, target.privateHostsAllowed).href);
  } catch (error) {
    return { kind: 'failed', error: `callback URL refused: ${(error as Error).message}` };
  }
  return new Promise<PushOutcome>((resolve) => {
    const body = Buffer.from(set, 'ascii');
    const req = request(url, {
      method: 'POST',
      agent: target.agent,
      lookup: checkedLookup(url, target.privateHostsAllowed) as never,
      headers: {
        'content-type': 'application/jwt',
        accept: 'application/json',
        'content-length': body.length,
        'x-fapi-financial-id': target.financialId,
        'x-fapi-interaction-id': randomUUID(),
      },
    });
    const finish = (outcome: PushOutcome) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    // Whatever stage it is in (resolving, connecting, waiting, reading a trickling answer).
    const timer = setTimeout(() => {
      const error = `no answer within ${target.timeoutMs} ms`;
      req.destroy(new Error(error));
      finish({ kind: 'failed', error });
    }, target.timeoutMs);
    req.on('error', (error) => finish({ kind: 'failed', error: error.message }));
    req.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        if (size >= RESPONSE_BYTES_MAX) return;
        chunks.push(chunk.subarray(0, RESPONSE_BYTES_MAX - size));
        size += chunk.length;
      });
      response.on('error', (error) => finish({ kind: 'failed', error: error.message }));
      response.on('end', () => {
        if (status >= 200 && status < 300) return finish({ kind: 'delivered' });
        const answer = `HTTP ${status}${rfc8935Error(Buffer.concat(chunks).toString('utf8'))}`;
        finish(
          status === 400 ? { kind: 'rejected', error: answer } : { kind: 'failed', error: answer },
        );
      });
    });
    req.end(body);
  });
}

/**
 * RFC 8935 section 2.4 `{"err": ..., "description": ...}`, as `: err (description)`; empty for
 * anything else.
 */
function rfc8935Error(text: string): string {
  try {
    const { err, description } = JSON.parse(text) as { err?: unknown; description?: unknown };
    if (typeof err !== 'string') return '';
    return `: ${err.slice(0, 64)}${typeof description === 'string' ? ` (${description.slice(0, 256)})` : ''}`;
  } catch {
    return '';
  }
}
