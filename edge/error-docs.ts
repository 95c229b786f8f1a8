/**
 * The error reference page (portal/, on the browser host): OB error items' `Url` and OAuth
 * errors' `error_uri` point at the code's entry on it, `<page>#<code>`.
 */
export const ERROR_DOCS_PATH = '/docs/errors';

export function errorDocsUrl(issuer: string): string {
  return new URL(ERROR_DOCS_PATH, issuer).href;
}
