import {
  clientCertificate,
  clientCertificateProblem,
  type ClientCertificateSource,
} from '../../edge/index.ts';
import { InvalidToken } from '../errors.ts';
import type { ResourceMiddleware } from '../state.ts';

/**
 * A Bearer token here is certificate-bound (RFC 8705), so its call needs the client certificate:
 * the TPP host asks for one but does not refuse the handshake without it (so that errors can be
 * answered properly), hence this check; 401 invalid_token is what RFC 8705 section 3 prescribes.
 * A DPoP-bound token proves its sender by the DPoP proof (check-binding), with or without a
 * certificate: FAPI 2.0 clients using DPoP need not hold one (the UK profile's clients present
 * their transport certificate anyway, and it is checked then like any other).
 */
export function checkClientCertificate(source: ClientCertificateSource): ResourceMiddleware {
  return async (ctx, next) => {
    const certificate = clientCertificate(ctx.req, source);
    if (
      !certificate &&
      ctx.state.credentials?.scheme === 'DPoP' &&
      !clientCertificateProblem(ctx.req)
    ) {
      await next();
      return;
    }
    if (!certificate) {
      const problem = clientCertificateProblem(ctx.req) ?? 'no client certificate was presented';
      throw new InvalidToken(ctx.state.credentials?.scheme, `mutual TLS is required: ${problem}`);
    }
    ctx.state.clientCertificate = certificate;
    await next();
  };
}
