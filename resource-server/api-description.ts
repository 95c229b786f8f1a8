import type Router from '@koa/router';
import { documentedOperation, openApiPath } from './validation/documented-operations.ts';
import { obDocument } from './validation/ob-documents.ts';
import type { ObApi } from './validation/openapi-ajv.ts';
import { USAGE_PATHS, USAGE_SCHEMAS } from './usage/api-description.ts';

/** A route the resource server mounts: method and full path in OpenAPI form. */
export interface ApiRoute {
  method: string;
  path: string;
}

type Json = unknown;
type JsonObject = { [key: string]: Json };

/** The part of an OpenAPI 3.1 document this server describes: its operations and what they use. */
export interface ApiDescription {
  paths: Record<string, Record<string, JsonObject>>;
  components: Record<string, Record<string, JsonObject>>;
  /**
   * Security schemes the operations name (OB: `TPPOAuth2Security`, `PSUOAuth2Security`); the
   * authorization server defines them, with its own token and authorization URLs.
   */
  securitySchemes: string[];
}

/** The component kinds an OB operation refers to. */
const COMPONENT_REF = /^#\/components\/(schemas|responses|parameters|headers|requestBodies)\/(.+)$/;

/** OB documents offer JWE bodies too; the platform reads and writes JSON only. */
const UNSUPPORTED_MEDIA_TYPES = new Set(['application/jose+jwe']);

/** The routes of a router, HEAD (which Koa answers for every GET) left out. */
export function mountedRoutes<State, Context>(router: Router<State, Context>): ApiRoute[] {
  return router.stack.flatMap((layer) =>
    layer.methods
      .filter((method) => method !== 'HEAD')
      .map((method) => ({ method, path: openApiPath(String(layer.path)) })),
  );
}

/**
 * The OpenAPI 3.1 description of the mounted routes, made from the OB documents the server
 * validates against: each route's operation as its document writes it (parameters, request body,
 * responses), with every component it reaches. A route no document describes stops the boot: an
 * operation the platform serves must be documented. Components of the same name that differ
 * between documents (OBPostalAddress6, 400Error...) are kept apart as `<name>.<api>`. `/usage`,
 * mounted beside the OB routes but in no OB document, comes with its own description.
 */
export function describeResourceApi(routes: readonly ApiRoute[]): ApiDescription {
  const operations = routes.map((route) => {
    const documented = documentedOperation(route.method, route.path);
    if (!documented)
      throw new Error(`${route.method} ${route.path} is mounted but no OB document describes it`);
    return { route, documented };
  });
  const reached = new Map<string, { api: ObApi; kind: string; name: string; value: JsonObject }>();
  for (const { documented } of operations)
    collectComponents(documented.api, documented.operation, reached);
  const names = componentNames([...reached.values()]);
  const rewrite = (api: ObApi, value: Json) =>
    rewriteRefs(value, (kind, name) => names.get(componentKey(api, kind, name))!);

  const description: ApiDescription = { paths: {}, components: {}, securitySchemes: [] };
  for (const { route, documented } of operations) {
    const item = description.paths[route.path] ?? {};
    item[route.method.toLowerCase()] = withVersionedId(
      documented.api,
      rewrite(documented.api, withoutUnsupportedMedia(documented.operation)) as JsonObject,
    );
    description.paths[route.path] = item;
  }
  for (const component of reached.values()) {
    const finalName = names.get(componentKey(component.api, component.kind, component.name))!;
    const components = description.components[component.kind] ?? {};
    // A component v3.1 and v4.0 share is written once, as the first (v3.1) document has it: the
    // same with what it refers to, under v3.1's names.
    if (components[finalName]) continue;
    components[finalName] = rewrite(
      component.api,
      withoutUnsupportedMedia(component.value),
    ) as JsonObject;
    description.components[component.kind] = components;
  }
  // /usage answers refusals in the v3.1 error model: its OB $refs are account-info's components.
  const usagePaths = rewriteRefs(
    USAGE_PATHS,
    (kind, name) => names.get(componentKey('account-info', kind, name)) ?? name,
  ) as typeof USAGE_PATHS;
  Object.assign(description.paths, usagePaths);
  for (const [name, schema] of Object.entries(USAGE_SCHEMAS)) {
    if (description.components.schemas?.[name])
      throw new Error(
        `OpenAPI: component schema ${name} is defined by an OB document and by /usage`,
      );
    description.components.schemas = { ...description.components.schemas, [name]: schema };
  }
  const described = [
    ...operations.map(({ documented }) => documented.operation),
    ...Object.values(USAGE_PATHS).flatMap((item) => Object.values(item)),
  ];
  description.securitySchemes = [...new Set(described.flatMap(securityNames))].sort();
  return description;
}

function componentKey(api: ObApi, kind: string, name: string): string {
  return `${api} ${kind} ${name}`;
}

/** Every component `value` refers to, directly or through other components of its document. */
function collectComponents(
  api: ObApi,
  value: Json,
  reached: Map<string, { api: ObApi; kind: string; name: string; value: JsonObject }>,
): void {
  walkRefs(value, (kind, name) => {
    const key = componentKey(api, kind, name);
    if (reached.has(key)) return;
    const component = (
      obDocument(api).components as Record<string, Record<string, JsonObject> | undefined>
    )[kind]?.[name];
    if (!component) throw new Error(`${api}: $ref to missing #/components/${kind}/${name}`);
    reached.set(key, { api, kind, name, value: component });
    collectComponents(api, component, reached);
  });
}

/**
 * The name each reached component gets in the merged document. The v3.1 documents' components
 * keep their names (`<name>.<api>` where two of them differ, as before v4.0 was served); a v4.0
 * component takes the same name only when it is the same with all it refers to, and is
 * `<name>.<api>` otherwise, so v3.1's names (and the SDK's types made from them) stay as they were.
 */
function componentNames(
  components: { api: ObApi; kind: string; name: string; value: JsonObject }[],
): Map<string, string> {
  const byName = new Map<string, typeof components>();
  for (const component of components) {
    const group = byName.get(`${component.kind} ${component.name}`) ?? [];
    group.push(component);
    byName.set(`${component.kind} ${component.name}`, group);
  }
  const names = new Map<string, string>();
  for (const group of byName.values()) {
    const v31 = group.filter((c) => !isV4(c.api));
    const v4 = group.filter((c) => isV4(c.api));
    const v31Identical = new Set(v31.map((c) => canonicalJson(c.value))).size === 1;
    for (const c of v31)
      names.set(componentKey(c.api, c.kind, c.name), v31Identical ? c.name : `${c.name}.${c.api}`);
    const shared = new Set(group.map((c) => resolvedJson(c.api, c.value))).size === 1;
    for (const c of v4)
      names.set(componentKey(c.api, c.kind, c.name), shared ? c.name : `${c.name}.${c.api}`);
  }
  return names;
}

function isV4(api: ObApi): boolean {
  return api.startsWith('v4.0-');
}

/**
 * The canonical JSON of a component with every component it refers to written in place: two
 * documents' components of one name are the same only if what they refer to is the same too
 * (v4.0's 201AccountAccessConsentsCreated is v3.1's text, naming a different schema).
 */
function resolvedJson(api: ObApi, value: Json, within: ReadonlySet<string> = new Set()): string {
  return canonicalJson(
    rewriteDeep(value, (kind, name) => {
      const key = componentKey(api, kind, name);
      // A component that refers back to itself is named, not written again.
      if (within.has(key)) return key;
      const target = (
        obDocument(api).components as Record<string, Record<string, JsonObject> | undefined>
      )[kind]?.[name];
      return resolvedJson(api, target ?? null, new Set([...within, key]));
    }),
  );
}

/** A deep copy with each component `$ref` object replaced by what `resolve` gives for it. */
function rewriteDeep(value: Json, resolve: (kind: string, name: string) => string): Json {
  if (Array.isArray(value)) return value.map((item) => rewriteDeep(item, resolve));
  if (typeof value !== 'object' || value === null) return value;
  const ref = (value as JsonObject).$ref;
  const match = typeof ref === 'string' ? COMPONENT_REF.exec(ref) : null;
  if (match) return { $ref: resolve(match[1]!, match[2]!) };
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [key, rewriteDeep(member, resolve)]),
  );
}

/** JSON with members in name order: the documents write the same object in different orders. */
function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const members = Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as JsonObject)[key])}`);
  return `{${members.join(',')}}`;
}

function walkRefs(value: Json, visit: (kind: string, name: string) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walkRefs(item, visit);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, member] of Object.entries(value)) {
      const match =
        key === '$ref' && typeof member === 'string' ? COMPONENT_REF.exec(member) : null;
      if (match) visit(match[1]!, match[2]!);
      else walkRefs(member, visit);
    }
  }
}

/** A deep copy with each component `$ref` renamed. */
function rewriteRefs(value: Json, rename: (kind: string, name: string) => string): Json {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, rename));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => {
      const match =
        key === '$ref' && typeof member === 'string' ? COMPONENT_REF.exec(member) : null;
      return [
        key,
        match
          ? `#/components/${match[1]}/${rename(match[1]!, match[2]!)}`
          : rewriteRefs(member, rename),
      ];
    }),
  );
}

/**
 * The v4.0 documents give their operations v3.1's operationIds (CreateAccountAccessConsents...)
 * and summaries; in one document each must be unique (and the Postman collection names its
 * requests by summary), so v4.0's ids end in `V4` and their summaries in `(v4.0)`.
 */
function withVersionedId(api: ObApi, operation: JsonObject): JsonObject {
  if (!isV4(api)) return operation;
  const { operationId, summary } = operation;
  return {
    ...operation,
    ...(typeof operationId === 'string' && { operationId: `${operationId}V4` }),
    ...(typeof summary === 'string' && { summary: `${summary} (v4.0)` }),
  };
}

/** Request bodies and responses without the media types the platform does not speak. */
function withoutUnsupportedMedia(value: JsonObject): JsonObject {
  const copy = structuredClone(value);
  const strip = (holder: Json) => {
    const content = (holder as { content?: Record<string, Json> } | undefined)?.content;
    if (content)
      for (const type of Object.keys(content))
        if (UNSUPPORTED_MEDIA_TYPES.has(type)) delete content[type];
  };
  strip(copy);
  strip(copy.requestBody);
  for (const response of Object.values((copy.responses as Record<string, Json> | undefined) ?? {}))
    strip(response);
  return copy;
}

function securityNames(operation: JsonObject): string[] {
  const security = (operation.security as Record<string, string[]>[] | undefined) ?? [];
  return security.flatMap((requirement) => Object.keys(requirement));
}
