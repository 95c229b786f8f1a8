import { randomUUID } from 'node:crypto';
import type { Context, Middleware } from 'koa';
import type { Logger } from 'pino';
import {
  HttpRefusal,
  ObError,
  ObErrorList,
  ResourceServerError,
  UnexpectedError,
  type Challenge,
  type ObErrorResponse,
} from './errors.ts';
import { DPOP_ALGS } from './guard/dpop-proof.ts';
import { ledgerRefusal } from './ledger-refusals.ts';
import { isV4Request, type V4ErrorResponse, v4ErrorResponse } from './v4/index.ts';

/**
 * OBErrorResponse1.Code: the high-level category, "<status> <reason>" as the OB examples write it.
 */
const CATEGORY: Record<number, string> = {
  400: '400 BadRequest',
  403: '403 Forbidden',
  405: '405 MethodNotAllowed',
  408: '408 RequestTimeout',
  413: '413 PayloadTooLarge',
  415: '415 UnsupportedMediaType',
  429: '429 TooManyRequests',
  431: '431 RequestHeaderFieldsTooLarge',
  500: '500 InternalServerError',
};

const SUMMARY: Record<number, string> = {
  400: 'There is something wrong with the request',
  403: 'The request is not allowed with this access token',
  405: 'The endpoint does not accept this method',
  408: 'The request did not arrive in time',
  413: 'The request body is too large',
  415: 'The request body is not in a format the endpoint accepts',
  429: 'Too many requests',
  431: 'The request header fields are too large',
  500: 'The request could not be completed',
};

const KEPT_ON_ERROR = new Set(['x-fapi-interaction-id', 'ratelimit', 'ratelimit-policy']);

export interface ErrorHandlerOptions {
  logger: Logger;
  /**
   * The error reference page (portal's `/docs/errors`): each OBError1.Url is its code's entry
   * there.
   */
  errorDocs: string;
}

/**
 * Turns whatever a request threw into its OB response: OB errors with their body, 401 with a
 * `WWW-Authenticate` challenge and no body (OB profile), ledger refusals as their OB errors
 * (ledger-refusals.ts), body-less statuses as the OB OpenAPI
 * documents them, and anything else into a logged 500 whose body names only an error id. The
 * log line of every refusal carries the body's `Id`, so support finds it from what the TPP saw.
 */
export function errorHandler(options: ErrorHandlerOptions): Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      respondWithError(ctx, error, options);
    }
  };
}

function respondWithError(
  ctx: Context,
  thrown: unknown,
  { logger, errorDocs }: ErrorHandlerOptions,
): void {
  const error = ledgerRefusal(thrown) ?? thrown;
  // Headers a handler set for a success (Location, signatures) must not leak into the error; the
  // rate limit fields belong to every answer (resource-server/guard/check-token.ts).
  for (const name of Object.keys(ctx.response.headers)) {
    if (!KEPT_ON_ERROR.has(name)) ctx.remove(name);
  }
  ctx.set('cache-control', 'no-store');
  if (error instanceof ResourceServerError && error.expose) {
    ctx.status = error.status;
    if (error.challenge) ctx.set('www-authenticate', challengeHeader(error.challenge));
    if (error.headers) ctx.set(error.headers);
    let errorId: string | undefined;
    if (error instanceof ObError || error instanceof ObErrorList) {
      const items =
        error instanceof ObError
          ? [error.item(errorDocs)]
          : error.errors.map((e) => e.item(errorDocs));
      const body = envelope(error.status, items);
      errorId = body.Id;
      ctx.body = inVersion(ctx, body);
    } else {
      ctx.body = null;
      ctx.status = error.status;
    }
    logger.info(
      {
        interactionId: ctx.state.interactionId,
        errorId,
        status: error.status,
        error: error.name,
        reason: error.message,
      },
      'request refused',
    );
    return;
  }
  const id = randomUUID();
  logger.error(
    {
      err: error,
      errorId: id,
      interactionId: ctx.state.interactionId,
      method: ctx.method,
      path: ctx.path,
    },
    'unexpected error',
  );
  ctx.status = 500;
  ctx.body = inVersion(ctx, envelope(500, [new UnexpectedError(id).item(errorDocs)], id));
}

/** A refusal of a v4.0 request is in v4.0's error model (resource-server/v4/error-codes.ts). */
function inVersion(ctx: Context, body: ObErrorResponse): ObErrorResponse | V4ErrorResponse {
  return isV4Request(ctx) ? v4ErrorResponse(body) : body;
}

/**
 * The OB body of a refusal the platform's listener writes itself, before the resource server runs,
 * in the error model of the API version of `path`.
 */
export function httpRefusalBody(
  status: ConstructorParameters<typeof HttpRefusal>[0],
  message: string,
  path: string,
): ObErrorResponse | V4ErrorResponse {
  const body = envelope(status, [new HttpRefusal(status, message).item()]);
  return isV4Request({ path }) ? v4ErrorResponse(body) : body;
}

function envelope(
  status: number,
  items: ObErrorResponse['Errors'],
  id: string = randomUUID(),
): ObErrorResponse {
  return {
    Code: CATEGORY[status] ?? String(status),
    Id: id,
    Message: SUMMARY[status] ?? 'The request failed',
    Errors: items,
  };
}

/**
 * RFC 6750 section 3 / RFC 9449 section 7.1. Without a scheme (no usable credentials) both
 * accepted schemes are challenged, DPoP first as the one FAPI 2.0 prefers.
 */
export function challengeHeader(challenge: Challenge): string {
  const params: string[] = [];
  if (challenge.error) params.push(`error="${challenge.error}"`);
  if (challenge.description) params.push(`error_description="${quotable(challenge.description)}"`);
  if (challenge.scope) params.push(`scope="${quotable(challenge.scope)}"`);
  const dpop = ['DPoP', [...params, `algs="${DPOP_ALGS.join(' ')}"`].join(', ')].join(' ');
  const bearer = params.length ? `Bearer ${params.join(', ')}` : 'Bearer';
  if (challenge.scheme === 'DPoP') return dpop;
  if (challenge.scheme === 'Bearer') return bearer;
  return `${dpop}, ${bearer}`;
}

/** RFC 6750 section 3: error_description and scope use %x20-21 / %x23-5B / %x5D-7E only. */
function quotable(text: string): string {
  return text.replace(/[^\x20\x21\x23-\x5b\x5d-\x7e]/g, "'");
}
