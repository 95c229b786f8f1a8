import { createHash, timingSafeEqual } from 'node:crypto';
import { x5tS256 } from '../../certs/index.ts';
import { noteRequest } from '../../observability/index.ts';
import { InvalidDpopProof, InvalidToken } from '../errors.ts';
import { guarded, type ResourceContext, type ResourceMiddleware } from '../state.ts';
import { jtiExpiresAt, verifyDpopProof } from './dpop-proof.ts';

export interface BindingOptions {
  /**
   * The TPP host's public URL: DPoP `htu` names the URL the TPP called, not the one proxied to us.
   */
  tppBaseUrl: string;
  /** Records a one-time value shared by all instances (authz.replay); false if already recorded. */
  recordFirstUse: RecordFirstUse;
}

export type RecordFirstUse = (key: string, expiresAt: Date) => Promise<boolean>;

/**
 * FAPI 2.0 section 5.3.3: every access token is sender-constrained, and the sender proves it on
 * every request. A DPoP-bound token (`cnf.jkt`, RFC 9449) needs the DPoP scheme and a fresh proof
 * signed by the bound key; a certificate-bound token (`cnf.x5t#S256`, RFC 8705) needs the same
 * certificate on this connection. A token bound both ways must pass both.
 */
export function checkBinding(options: BindingOptions): ResourceMiddleware {
  return async (ctx, next) => {
    const { token, scheme, clientCertificate } = guarded(ctx);
    const { jkt, 'x5t#S256': x5t } = token.cnf;
    if (!jkt && !x5t) throw new InvalidToken(scheme, 'the access token is not sender-constrained');
    if (jkt) {
      if (scheme !== 'DPoP')
        throw new InvalidToken(
          'DPoP',
          'a DPoP-bound access token must be presented with the DPoP scheme',
        );
      await proveDpopKey(ctx, jkt, options);
    } else if (scheme === 'DPoP') {
      throw new InvalidToken(
        'Bearer',
        'the access token is not DPoP-bound; present it with the Bearer scheme',
      );
    }
    if (x5t && (!clientCertificate || !sameThumbprint(x5tS256(clientCertificate.raw), x5t))) {
      throw new InvalidToken(scheme, 'the access token is bound to another client certificate');
    }
    // The sender holds the token's key: the access log may name its TPP from here on.
    noteRequest(ctx.req, { clientId: token.clientId, orgId: token.orgId });
    await next();
  };
}

async function proveDpopKey(
  ctx: ResourceContext,
  jkt: string,
  options: BindingOptions,
): Promise<void> {
  const proof = ctx.get('dpop');
  if (!proof) throw new InvalidDpopProof('a DPoP proof is required with a DPoP-bound access token');
  const verified = verifyDpopProof(proof, {
    method: ctx.method,
    url: `${options.tppBaseUrl}${ctx.path}`,
    accessToken: ctx.state.credentials!.token,
    now: Math.floor(Date.now() / 1000),
  });
  if (!sameThumbprint(verified.jkt, jkt))
    throw new InvalidDpopProof(
      'the DPoP proof is signed by a key the access token is not bound to',
    );
  // Namespaced by key, so one TPP's jti cannot collide with another's; hashed to bound its length.
  const key = `dpop:${jkt}:${createHash('sha256').update(verified.jti).digest('base64url')}`;
  if (!(await options.recordFirstUse(key, jtiExpiresAt(verified.iat)))) {
    throw new InvalidDpopProof('the DPoP proof has been used before');
  }
}

function sameThumbprint(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
