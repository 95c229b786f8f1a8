import type { ParameterizedContext } from 'koa';
import { unstorableTextPath } from '../../edge/index.ts';
import {
  FieldInvalid,
  HttpRefusal,
  ResourceInvalidFormat,
  UnsupportedMediaType,
} from '../errors.ts';

/** OB request bodies are a few KiB; anything past this is refused before it is buffered. */
export const BODY_MAX_BYTES = 64 * 1024;

export interface JsonBody {
  /** The bytes as received: what idempotency and message signatures are computed over. */
  raw: Buffer;
  value: unknown;
}

/**
 * Reads a JSON request body. OB Read/Write profile: Content-Type must be application/json (a
 * charset, if given, UTF-8), otherwise 415; a body over BODY_MAX_BYTES is 413; one that is absent,
 * not UTF-8 or not JSON is a 400 Resource.InvalidFormat. Compressed bodies are refused (415) so the
 * size limit bounds what is actually parsed. A string or member name PostgreSQL cannot store
 * (`\u0000`, an unpaired surrogate: edge/database-text.ts) is a 400 Field.Invalid naming where it
 * is, for every body at once, before any handler stores or looks up what it carries.
 */
export async function readJsonBody(ctx: ParameterizedContext): Promise<JsonBody> {
  const contentType = ctx.get('content-type');
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  if (
    ctx.request.type.trim().toLowerCase() !== 'application/json' ||
    (charset && !/^utf-?8$/i.test(charset))
  ) {
    throw new UnsupportedMediaType('Content-Type');
  }
  const encoding = ctx.get('content-encoding');
  if (encoding && encoding.toLowerCase() !== 'identity')
    throw new UnsupportedMediaType('Content-Encoding');
  const raw = await readBounded(ctx);
  if (raw.length === 0) throw new ResourceInvalidFormat('a JSON request body is required');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    throw new ResourceInvalidFormat('the request body is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ResourceInvalidFormat('the request body is not valid JSON');
  }
  const unstorable = unstorableTextPath(value);
  if (unstorable !== undefined) {
    throw new FieldInvalid(
      'a string or member name here contains a NUL character or an unpaired surrogate',
      unstorable === '' ? undefined : unstorable,
    );
  }
  return { raw, value };
}

async function readBounded(ctx: ParameterizedContext): Promise<Buffer> {
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > BODY_MAX_BYTES) tooLarge(ctx);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_MAX_BYTES) tooLarge(ctx);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function tooLarge(ctx: ParameterizedContext): never {
  // The rest of the body is not read: closing the connection after the answer stops the upload.
  ctx.res.shouldKeepAlive = false;
  throw new HttpRefusal(413, `the request body exceeds ${BODY_MAX_BYTES} bytes`);
}
