import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Middleware } from 'koa';
import type { OpenApiDocument } from './openapi-document.ts';
import { postmanCollection, type CollectionParts } from './postman-collection.ts';

/**
 * What the docs page needs and nothing more: its own script (Redoc's bundle, from node_modules, no
 * CDN), the styles Redoc injects at run time (styled-components writes <style> elements), the
 * document from this origin, and the blob: worker Redoc's search runs in.
 */
export const DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  'worker-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const REDOC_BUNDLE = createRequire(import.meta.url).resolve('redoc/bundles/redoc.standalone.js');

/** `/openapi.json`, served on both hosts: the same document, made once at start. */
export function openApiRoute(document: OpenApiDocument): Middleware {
  const body = JSON.stringify(document);
  return async (ctx, next) => {
    if (ctx.path !== '/openapi.json') return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    ctx.set('cache-control', 'no-cache');
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = body;
  };
}

/**
 * `/postman.json`, served on both hosts: the collection converted from the served document. The
 * conversion takes a few hundred milliseconds, so it runs on the first request, not at every
 * start, and its answer is kept (a failed conversion is tried again on the next request).
 */
export function postmanRoute(parts: CollectionParts): Middleware {
  let body: Promise<string> | undefined;
  return async (ctx, next) => {
    if (ctx.path !== '/postman.json') return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    body ??= postmanCollection(parts).then(JSON.stringify, (error: unknown) => {
      body = undefined;
      throw error;
    });
    const text = await body;
    ctx.set('cache-control', 'no-cache');
    ctx.set(
      'content-disposition',
      'inline; filename="open-banking-platform.postman_collection.json"',
    );
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = text;
  };
}

/** `/docs` on the browser host: the document rendered by Redoc. */
export function docsRoutes(): Middleware {
  const page = readFileSync(new URL('static/docs.html', import.meta.url), 'utf8');
  const bundle = readFileSync(REDOC_BUNDLE);
  return async (ctx, next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (ctx.path === '/docs' || ctx.path === '/docs/') {
      ctx.set('content-security-policy', DOCS_CONTENT_SECURITY_POLICY);
      ctx.set('x-content-type-options', 'nosniff');
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = page;
      return;
    }
    if (ctx.path === '/docs/redoc.standalone.js') {
      ctx.set('x-content-type-options', 'nosniff');
      ctx.set('cache-control', 'public, max-age=3600');
      ctx.type = 'text/javascript; charset=utf-8';
      ctx.body = bundle;
      return;
    }
    return next();
  };
}
