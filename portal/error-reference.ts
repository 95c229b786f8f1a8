import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import type { Middleware } from 'koa';
import { OAUTH_ERROR_HELP } from '../authz/index.ts';
import { ERROR_DOCS_PATH } from '../edge/index.ts';
import { OB_ERROR_HELP, V4_ERROR_CODE } from '../resource-server/index.ts';

/**
 * The error reference page, `/docs/errors` on the browser host: every OAuth error the
 * authorization server answers and every OB error code the resource server answers, each an
 * anchor that the answers' `error_uri` and `Errors[].Url` point at. Made once at start from the
 * parts' own catalogues, so a code cannot be answered without an entry here.
 */
export function errorReferenceRoute(): Middleware {
  const style = STYLE;
  const page = render(style);
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return async (ctx, next) => {
    if (ctx.path !== ERROR_DOCS_PATH || (ctx.method !== 'GET' && ctx.method !== 'HEAD'))
      return next();
    ctx.set('content-security-policy', csp);
    ctx.set('x-content-type-options', 'nosniff');
    ctx.set('cache-control', 'no-cache');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = page;
  };
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
code{font:600 .95rem ui-monospace,monospace}section{border-top:1px solid #ddd;padding:.5rem 0}
section:target{background:#fff7d6;outline:.5rem solid #fff7d6}h3{margin:.25rem 0}a{color:#0b57d0}`;

/**
 * One entry per code. `v4Codes`: the OB v4.0 ErrorCode each v3.1 code is answered with on
 * /open-banking/v4.0 (several v3.1 codes share one ISO reason, so the v3.1 name stays the anchor
 * both versions' Url point at).
 */
function entries(
  help: Readonly<Record<string, string>>,
  v4Codes: Readonly<Record<string, string>> = {},
): string {
  return Object.entries(help)
    .map(([code, text]) => {
      const id = Handlebars.escapeExpression(code);
      const v4 = v4Codes[code];
      const onV4 = v4
        ? `<p>On OB v4.0: <code>ErrorCode</code> <code>${Handlebars.escapeExpression(v4)}</code>.</p>`
        : '';
      return `<section id="${id}"><h3><a href="#${id}"><code>${id}</code></a></h3><p>${Handlebars.escapeExpression(text)}</p>${onV4}</section>`;
    })
    .join('\n');
}

function render(style: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Error reference: Open Banking FAPI 2.0 platform</title>
<link rel="icon" href="data:,">
<style>${style}</style>
</head>
<body>
<h1>Error reference</h1>
<p>Every error answer links here: OAuth errors by their <code>error_uri</code> (RFC 6749 section 5.2),
Open Banking errors by each item's <code>Url</code> (OBError1). Quote the answer's <code>Id</code> and
<code>x-fapi-interaction-id</code> to the bank's support: both are in its log. The API reference is at <a href="/docs">/docs</a>.</p>
<h2 id="oauth">Authorization server (OAuth 2.0, FAPI 2.0)</h2>
${entries(OAUTH_ERROR_HELP)}
<h2 id="open-banking">Resource server (UK Open Banking v3.1 and v4.0)</h2>
<p>v4.0 answers carry four-character codes (OB_Internal_Codeset, ISO 20022 status reasons); each
entry names its v4.0 code, and a v4.0 item's <code>Url</code> links to the same entry.</p>
${entries(OB_ERROR_HELP, V4_ERROR_CODE)}
</body>
</html>
`;
}
