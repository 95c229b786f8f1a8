import * as querystring from 'node:querystring';
import type { Context } from 'koa';

/** oidc-provider's own limit for a form body (lib/shared/selective_body.js). */
export const FORM_BODY_BYTES_MAX = 56 * 1024;

type ParsedBody = querystring.ParsedUrlQuery;

/**
 * Reads a form-encoded request body once, for the checks the platform runs in front of
 * oidc-provider (rate limits, the claims parameter), and leaves it parsed on the request, where
 * oidc-provider takes an already parsed body (its documented fallback). Undefined when the body
 * is larger than oidc-provider would read; a later reader gets the same object.
 */
export async function readFormBody(ctx: Context): Promise<ParsedBody | undefined> {
  const req = ctx.req as typeof ctx.req & { body?: ParsedBody };
  if (req.body !== undefined) return req.body;
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > FORM_BODY_BYTES_MAX) return undefined;
    chunks.push(chunk);
  }
  req.body = querystring.parse(Buffer.concat(chunks).toString('utf8'));
  return req.body;
}

/** The 413 oidc-provider would give a form body over its limit. */
export function formBodyTooLarge(ctx: Context): void {
  ctx.status = 413;
  ctx.body = {
    error: 'invalid_request',
    error_description: `the request body is larger than ${FORM_BODY_BYTES_MAX} bytes`,
  };
}
