import { clientCertificate, clientCertificateProblem, type ClientCertificateSource } from '../../platform/http/client-certificate.ts';
import { InvalidToken } from '../errors.ts';
import type { ResourceMiddleware } from '../state.ts';

/**
 * UK OB requires mutual TLS on every TPP call, whatever binds the token: the TPP host asks for a
 * certificate but does not refuse the handshake without one (so that errors can be answered
 * properly), hence this check. 401 invalid_token is what RFC 8705 section 3 prescribes for a
 * certificate-bound token without its certificate; a DPoP-bound token is refused the same way,
 * since the connection itself is not one a TPP may use.
 */
export function checkClientCertificate(source: ClientCertificateSource): ResourceMiddleware {
  return async (ctx, next) => {
    const certificate = clientCertificate(ctx.req, source);
    if (!certificate) {
      const problem = clientCertificateProblem(ctx.req) ?? 'no client certificate was presented';
      throw new InvalidToken(ctx.state.credentials?.scheme, `mutual TLS is required: ${problem}`);
    }
    ctx.state.clientCertificate = certificate;
    await next();
  };
}
