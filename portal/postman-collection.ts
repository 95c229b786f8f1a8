import { convert } from 'openapi-to-postmanv2';
import type { OpenApiDocument } from './openapi-document.ts';

/** The Postman collection format this module writes (v2.1), as far as it reads and changes it. */
export const POSTMAN_SCHEMA_V2_1 =
  'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

interface PostmanHeader {
  key: string;
  value: string;
  disabled?: boolean;
  description?: unknown;
}

export interface PostmanItem {
  name: string;
  item?: PostmanItem[];
  request?: {
    method: string;
    url: { path?: string[]; host?: string[] } | string;
    header?: PostmanHeader[];
    body?: unknown;
  };
  response?: unknown[];
}

export interface PostmanCollection {
  info: { name: string; schema: string; description?: unknown };
  item: PostmanItem[];
  variable: { key: string; value: string; type?: string; description?: string }[];
  auth?: unknown;
  event?: unknown[];
}

export interface CollectionParts {
  document: OpenApiDocument;
  /** The browser host (the issuer): where the customer's browser goes, discovery and JWKS. */
  issuer: string;
}

/**
 * What Postman cannot do for a TPP of this bank, and what works instead. Postman's script sandbox
 * has no way to sign with a key held outside it in the forms FAPI needs (a DPoP proof per request
 * with `ath`, a detached JWS over the exact body), so the collection uses the certificate-bound
 * alternative FAPI 2.0 allows and leaves the one signature a person makes with the project's CLI.
 */
const HOW_TO = `

## Using this collection

1. Onboard (\`npm run directory -- onboard --name "Postman App" --redirect-uri https://localhost:3000/cb --out ./postman-kit\`)
   and register with \`token_endpoint_auth_method: tls_client_auth\` and \`dpop_bound_access_tokens: false\` (the README's curl path):
   tokens are then bound to the transport certificate (RFC 8705) and sent as plain \`Bearer\`, no DPoP proof needed.
2. In Postman, Settings > Certificates: add the kit's \`transport.pem\` / \`transport.key\` for the TPP host and the bank's
   \`.data/pki/ca.pem\` as CA certificate. With newman: \`--ssl-client-cert transport.pem --ssl-client-key transport.key --ssl-extra-ca-certs ca.pem\`.
3. Put the access token in the collection variable \`accessToken\` (every request inherits the collection's Bearer auth).
4. Payment intents and payments carry \`x-jws-signature\`: save the exact body to a file, run
   \`npm run -s tpp -- sign --kit ./postman-kit body.json\`, paste the output into the variable \`jwsSignature\`, and send that
   body unchanged. \`x-idempotency-key\` is a fresh \`{{$guid}}\` per send; set a fixed value to retry a payment safely.`;

/** Header values the collection fills from its variables, by header name. */
const HEADER_VALUES: Record<string, string> = {
  'x-jws-signature': '{{jwsSignature}}',
  'x-idempotency-key': '{{$guid}}',
};

/**
 * The Postman collection (v2.1) of the served OpenAPI document, converted by openapi-to-postmanv2:
 * a folder per tag, one request per operation, optional parameters off, the collection's Bearer
 * auth on every request, and variables for the two hosts, the token and the message signature.
 */
export async function postmanCollection(parts: CollectionParts): Promise<PostmanCollection> {
  const collection = await converted(parts.document);
  collection.info.description = `${String((collection.info.description as { content?: string } | undefined)?.content ?? '')}${HOW_TO}`;
  collection.auth = {
    type: 'bearer',
    bearer: [{ key: 'token', value: '{{accessToken}}', type: 'string' }],
  };
  collection.variable = [
    {
      key: 'baseUrl',
      value: parts.document.servers[0]!.url,
      type: 'string',
      description: 'The TPP host (mutual TLS): every request here',
    },
    {
      key: 'browserBaseUrl',
      value: parts.issuer,
      type: 'string',
      description: 'The browser host (issuer): discovery, JWKS, the authorization endpoint',
    },
    {
      key: 'accessToken',
      value: '',
      type: 'string',
      description: 'A certificate-bound access token (tls_client_auth client)',
    },
    {
      key: 'jwsSignature',
      value: '',
      type: 'string',
      description: 'The x-jws-signature of the body sent (npm run -s tpp -- sign)',
    },
  ];
  for (const { request } of itemsOf(collection.item)) {
    for (const header of request!.header ?? []) {
      const value = HEADER_VALUES[header.key.toLowerCase()];
      if (value !== undefined && !header.disabled) header.value = value;
    }
  }
  nameApart(itemsOf(collection.item));
  return collection;
}

/**
 * OB documents give a list and its per-account form the same summary ("Get Accounts" twice): the
 * form with path variables gets them in its name, so each request can be found (and run with
 * `newman --folder <name>`) by name. The VRP document gives a payment and its details one summary
 * ("Retrieve a domestic VRP"): a path that goes on after its variables gets that part too.
 */
function nameApart(items: PostmanItem[]): void {
  renameDuplicates(items, (name, path) => {
    const variables = path.filter((segment) => segment.startsWith(':'));
    return variables.length > 0
      ? `${name} by ${variables.map((segment) => segment.slice(1)).join(', ')}`
      : name;
  });
  renameDuplicates(items, (name, path) => {
    const first = path.findIndex((segment) => segment.startsWith(':'));
    const rest = first < 0 ? [] : path.slice(first + 1);
    return rest.length > 0 ? `${name} (${rest.join('/')})` : name;
  });
}

/** Each item whose name another shares gets `rename` of its name and URL path segments. */
function renameDuplicates(
  items: PostmanItem[],
  rename: (name: string, path: readonly string[]) => string,
): void {
  const count = new Map<string, number>();
  for (const item of items) count.set(item.name, (count.get(item.name) ?? 0) + 1);
  for (const item of items) {
    const url = item.request!.url;
    if (count.get(item.name)! > 1)
      item.name = rename(item.name, typeof url === 'string' ? [] : (url.path ?? []));
  }
}

function converted(document: OpenApiDocument): Promise<PostmanCollection> {
  return new Promise((resolve, reject) => {
    convert(
      // The converter resolves $refs in place: give it its own copy of the served document.
      { type: 'json', data: structuredClone(document) },
      {
        folderStrategy: 'Tags',
        parametersResolution: 'Example',
        enableOptionalParameters: false,
        alwaysInheritAuthentication: true,
      },
      (error, result) => {
        if (error || !result?.result || !result.output?.[0])
          reject(
            new Error(`OpenAPI to Postman: ${error?.message ?? result?.reason ?? 'no collection'}`),
          );
        else resolve(JSON.parse(JSON.stringify(result.output[0].data)) as PostmanCollection);
      },
    );
  });
}

/** Every request item of a collection, through its folders. */
export function itemsOf(items: PostmanItem[]): PostmanItem[] {
  return items.flatMap((item) => (item.request ? [item] : itemsOf(item.item ?? [])));
}
