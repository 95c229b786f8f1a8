import type { Context } from 'koa';
import { isStorableText } from '../../edge/index.ts';
import { PageProblem } from './problems.ts';

/** Our forms carry a few short fields; anything bigger is not one of them. */
const FORM_BYTES_MAX = 16 * 1024;

/**
 * The urlencoded body of one of our forms. A field no database text can hold (a `%00`) is typed by
 * no person and names nothing stored, so the form is refused here, before any field is looked up.
 */
export async function readForm(ctx: Context): Promise<URLSearchParams> {
  if (!ctx.is('application/x-www-form-urlencoded')) {
    throw new PageProblem(
      415,
      'Something went wrong',
      'That form was sent in a way we do not accept.',
      'Go back and submit it again.',
    );
  }
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > FORM_BYTES_MAX) throw tooLarge();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > FORM_BYTES_MAX) throw tooLarge();
    chunks.push(chunk);
  }
  const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  for (const [name, value] of form) {
    if (!isStorableText(name) || !isStorableText(value)) {
      throw new PageProblem(
        400,
        'Something went wrong',
        'That form contained characters we cannot accept.',
        'Go back, check what you typed and submit it again.',
      );
    }
  }
  return form;
}

/** One field's value, bounded; absent and over-long both read as empty. */
export function field(form: URLSearchParams, name: string, lengthMax = 1024): string {
  const value = form.get(name) ?? '';
  return value.length <= lengthMax ? value : '';
}

function tooLarge(): PageProblem {
  return new PageProblem(
    413,
    'Something went wrong',
    'That form was too large to accept.',
    'Go back and submit it again.',
  );
}
