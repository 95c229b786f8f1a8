import { errors, interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import { arrivingClaims } from './claims-parameter.ts';
import { ACR_SCA } from './configuration.ts';

/**
 * The bank signs every customer in with strong customer authentication, so the id token's `acr`
 * is always `urn:openbanking:psd2:sca`. A request that makes `acr` essential without accepting
 * that value cannot be met (OIDC Core 5.5.1.1: treat it as a failed authentication): without this
 * check oidc-provider would send the customer back to sign-in after every successful one.
 */
export function acrCheck(): InstanceType<typeof interactionPolicy.Check> {
  return new interactionPolicy.Check(
    'openbanking_acr',
    'the essential acr must accept strong customer authentication',
    (ctx: KoaContextWithOIDC) => {
      if (ctx.oidc.result) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      const request = arrivingClaims(ctx)?.id_token?.acr;
      if (!request?.essential) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      const accepted = Array.isArray(request.values)
        ? request.values
        : request.value !== undefined
          ? [request.value]
          : [];
      if (accepted.length > 0 && !accepted.includes(ACR_SCA)) {
        throw new errors.UnmetAuthenticationRequirements(
          `the bank authenticates customers with ${ACR_SCA} only`,
        );
      }
      return interactionPolicy.Check.NO_NEED_TO_PROMPT;
    },
  );
}
