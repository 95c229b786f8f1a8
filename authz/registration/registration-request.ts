import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import { errors, type Provider } from 'oidc-provider';
import { clientCertificate, type ClientCertificateSource } from '../../edge/index.ts';
import { forgetFirstUse, recordFirstUse } from '../replay.ts';
import { registrationMetadata } from './client-policy.ts';
import { checkRegistrationUrls, type OutboundFetchPolicy } from './outbound-fetch.ts';
import {
  InvalidSoftwareStatement,
  verifySoftwareStatement,
  type TrustedDirectory,
} from './software-statement.ts';
import { oauthError } from '../oauth-error.ts';

export interface RegistrationRequestOptions {
  provider: Provider;
  knex: Knex;
  logger: Logger;
  certificates: ClientCertificateSource;
  directory: TrustedDirectory;
  /** The registration route (oidc-provider `routes.registration`). */
  path: string;
  /** What the URLs a registration names may point at (authz/registration/outbound-fetch.ts). */
  outboundFetch: OutboundFetchPolicy;
}

/** oidc-provider's own limit for request bodies. */
const BODY_BYTES_MAX = 56 * 1024;

/**
 * UK OB dynamic client registration in front of oidc-provider's RFC 7591/7592 endpoint: a create or
 * update must come over mutual TLS with a software statement from the trusted directory, and the
 * metadata oidc-provider stores is what the client policy derives from it. oidc-provider then
 * validates the result as for any registration and issues the client and its registration access
 * token. The body is read here once and handed on as `req.body`, which oidc-provider accepts.
 * A software statement registers one client (its `jti` is recorded first, so of two concurrent
 * registrations with it one is refused), but only a registration that succeeds uses it up: when
 * oidc-provider refuses the registration after this (its metadata checks, the sector identifier
 * fetch), the record is taken back and the TPP can correct its request and send the statement
 * again.
 */
export function registrationRequest(options: RegistrationRequestOptions): Middleware {
  const clientPath = `${options.path}/`;
  return async (ctx, next) => {
    const create = ctx.method === 'POST' && ctx.path === options.path;
    const update = ctx.method === 'PUT' && ctx.path.startsWith(clientPath);
    if (!create && !update) return next();
    let statementRecorded: string | undefined;
    try {
      const certificate = clientCertificate(ctx.req, options.certificates);
      if (!certificate)
        throw new errors.InvalidRequest(
          'registration requires mutual TLS with the transport certificate issued by the directory',
        );
      if (!ctx.is('application/json'))
        throw new errors.InvalidRequest('the registration request must be application/json');
      const request = await readJson(ctx.req);
      const ssa = await verifySoftwareStatement(request.software_statement, options.directory);
      if (update) {
        const existing = await options.provider.Client.find(
          decodeURIComponent(ctx.path.slice(clientPath.length)),
        );
        // An unknown client falls through to oidc-provider, which answers 401 for the access token.
        if (existing && existing.metadata().software_id !== ssa.software_id) {
          throw new InvalidSoftwareStatement(
            'the software statement is for other software than the registered client',
          );
        }
      }
      const metadata = registrationMetadata(request, ssa, certificate);
      await checkRegistrationUrls(metadata, options.outboundFetch);
      if (create) {
        const jtiKey = `ssa:${createHash('sha256').update(`${ssa.iss}\u0000${ssa.jti}`).digest('base64url')}`;
        if (!(await recordFirstUse(options.knex, jtiKey, new Date(ssa.exp * 1000)))) {
          throw new InvalidSoftwareStatement(
            'this software statement (jti) has already been used for a registration; ask the directory for a new one',
          );
        }
        statementRecorded = jtiKey;
      }
      (ctx.req as typeof ctx.req & { body?: unknown }).body = metadata;
    } catch (error) {
      oauthError(ctx, error);
      // oidc-provider logs its own refusals (provider.ts); these are the platform's, before it.
      const refusal = ctx.body as { error?: string; error_description?: string };
      options.logger.info(
        {
          event: create ? 'registration_create.error' : 'registration_update.error',
          error: refusal.error,
          description: refusal.error_description,
        },
        'oauth refusal',
      );
      return;
    }
    let registered = false;
    try {
      await next();
      // oidc-provider answers on the raw response: 201 is a client created.
      registered = ctx.res.statusCode === 201;
    } finally {
      if (statementRecorded !== undefined && !registered)
        await forgetFirstUse(options.knex, statementRecorded);
    }
  };
}

async function readJson(
  req: NodeJS.ReadableStream & { headers: Record<string, unknown> },
): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req) {
    received += (chunk as Buffer).length;
    if (received > BODY_BYTES_MAX)
      throw new errors.InvalidRequest('the registration request is too large');
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new errors.InvalidRequest('the registration request is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new errors.InvalidClientMetadata('the registration request must be a JSON object');
  }
  return body as Record<string, unknown>;
}
