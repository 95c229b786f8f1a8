import Provider from 'oidc-provider';

/**
 * Refresh tokens are sender-constrained like the access token issued with them (DESIGN.md
 * section 2, step 5): a DPoP client refreshes only with a proof by the same key (`jkt`), an mTLS
 * client only over the same certificate (`x5t#S256`); oidc-provider then refuses a refresh
 * without them (`failed jkt verification` / `failed x5t#S256 verification`). oidc-provider binds
 * refresh tokens only for public clients (RFC 9449 section 5 allows more); it offers no setting, so
 * the provider's RefreshToken takes the access token's binding just before the code exchange
 * stores it. Tokens are not rotated (configuration.ts), so the binding holds for their lifetime.
 */
export function bindRefreshTokensLikeAccessTokens(provider: Provider): void {
  const { prototype } = provider.RefreshToken;
  const save = prototype.save;
  prototype.save = async function saveBound(this: InstanceType<Provider['RefreshToken']>) {
    const entities = Provider.ctx?.oidc?.entities;
    const accessToken = entities?.AccessToken;
    if (entities?.RefreshToken === this && accessToken && !this.jkt && !this['x5t#S256']) {
      if (accessToken.jkt) this.jkt = accessToken.jkt;
      if (accessToken['x5t#S256']) this['x5t#S256'] = accessToken['x5t#S256'];
    }
    return save.call(this);
  };
}
