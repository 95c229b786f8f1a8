import type { AuthorizationServerDescription } from '../authz/index.ts';
import type { ApiDescription } from '../resource-server/index.ts';

type JsonObject = { [key: string]: unknown };

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: JsonObject;
  servers: { url: string; description: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

export interface DocumentParts {
  issuer: string;
  tppBaseUrl: string;
  /** The resource server's mounted routes as the OB documents describe them. */
  resourceServer: ApiDescription;
  authorizationServer: AuthorizationServerDescription;
  /** Markdown appended to the introduction (the sandbox's behaviour on demand, when seeded). */
  notes?: string;
}

const INTRODUCTION = (
  issuer: string,
  tppBaseUrl: string,
) => `The bank's own APIs: the authorization server a TPP calls (PAR, token, introspection,
revocation, dynamic client registration) and the UK Open Banking v3.1.11 resource APIs it serves
(account-access, domestic-payment and funds-confirmation intents, accounts, balances, transactions,
domestic payments, funds confirmation, event subscriptions and polling), and the TPP's own usage
(\`/usage\`). The resource operations are the official OB documents' operations for exactly the
routes this server mounts, with the request schemas it validates against.

The same operations as a Postman collection: \`/postman.json\` on either host.

- **TPP host** \`${tppBaseUrl}\`: everything here, over TLS with the transport certificate from the
  sandbox directory (\`npm run directory -- onboard\`).
- **Browser host** \`${issuer}\`: the issuer, discovery (\`/.well-known/openid-configuration\`), the
  authorization endpoint the customer's browser is sent to, JWKS, and this page.
- Every access token is sender-constrained: send it as \`Authorization: DPoP <token>\` with a DPoP proof
  (RFC 9449) in \`DPoP\`, or as \`Bearer\` over the same transport certificate it was issued to.
- POSTs of payment intents, payments and event subscriptions carry the TPP's \`x-jws-signature\`
  (detached JWS over the body); the bank signs its answers on those APIs the same way.`;

/**
 * The platform's OpenAPI 3.1 document: the authorization server's and the resource server's
 * descriptions side by side under the TPP host. Both name their components; a name used by both
 * would make one silently replace the other, so it stops the boot instead.
 */
export function openApiDocument(parts: DocumentParts): OpenApiDocument {
  const { resourceServer: rs, authorizationServer: as } = parts;
  const schemas = { ...as.schemas };
  for (const [name, schema] of Object.entries(rs.components.schemas ?? {})) {
    if (name in schemas)
      throw new Error(`OpenAPI: component schema ${name} is defined by both servers`);
    schemas[name] = schema;
  }
  const missing = rs.securitySchemes.filter((name) => !(name in as.securitySchemes));
  if (missing.length > 0)
    throw new Error(
      `OpenAPI: the resource operations name security schemes the authorization server does not define: ${missing.join(', ')}`,
    );
  const paths = { ...as.paths, ...rs.paths };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Open Banking FAPI 2.0 platform',
      version: '3.1.11',
      description: parts.notes
        ? `${INTRODUCTION(parts.issuer, parts.tppBaseUrl)}\n\n${parts.notes}`
        : INTRODUCTION(parts.issuer, parts.tppBaseUrl),
    },
    servers: [{ url: parts.tppBaseUrl, description: 'TPP host (mutual TLS)' }],
    tags: tagsOf(paths).map((name) => ({ name })),
    paths,
    components: { ...rs.components, schemas, securitySchemes: as.securitySchemes },
  };
}

/** Every tag the operations use, in the order they first appear (the docs page's sections). */
function tagsOf(paths: Record<string, Record<string, unknown>>): string[] {
  const tags = new Set<string>();
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item))
      for (const tag of (operation as { tags?: string[] }).tags ?? []) tags.add(tag);
  }
  return [...tags];
}
