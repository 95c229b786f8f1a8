import { httpRefusalBody } from '../../resource-server/index.ts';
import type { HostName } from './host-app.ts';

/**
 * A request the HTTP layer refuses before any part sees it: unreadable (400), too slow (408),
 * chunk extensions too large (413), header fields too large (431).
 */
export interface Refusal {
  status: 400 | 408 | 413 | 431;
  message: string;
}

export interface RefusalAnswer {
  contentType: string;
  body: string;
}

const OB_PATH = /^\/open-banking(\/|$)/;

/**
 * The refusal in the error model of the part that would have answered: the OB error model on the
 * TPP host's OB APIs, an OAuth error on the rest of the TPP host (its other endpoints are the
 * authorization server's), plain text on the browser host (pages). A request too broken to have a
 * path is answered as the host's OAuth clients expect.
 */
export function refusalAnswer(
  host: HostName,
  refusal: Refusal,
  path: string | undefined,
): RefusalAnswer {
  if (host === 'browser')
    return { contentType: 'text/plain; charset=utf-8', body: `${refusal.message}\n` };
  if (path !== undefined && OB_PATH.test(path)) {
    return {
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify(httpRefusalBody(refusal.status, refusal.message, path)),
    };
  }
  return {
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify({ error: 'invalid_request', error_description: refusal.message }),
  };
}
