import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';

/**
 * The consent UI's templates and stylesheet, read once at boot. Pages are plain HTML forms: no
 * script, nothing inline, so the strict CSP of the pages holds. Handlebars escapes every value;
 * no template uses the triple-stash. The stylesheet's URL carries its content hash, so it can be
 * cached for ever and a new release is fetched at once.
 */

export const VIEW_NAMES = ['login', 'one-time-code', 'consent', 'dashboard', 'error'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export interface Stylesheet {
  /** "/assets/bank.<hash>.css" */
  readonly path: string;
  readonly body: Buffer;
}

export interface ConsentUi {
  readonly stylesheet: Stylesheet;
  /** A whole page: the view inside the layout, with the stylesheet linked. */
  render(view: ViewName, model: Record<string, unknown>): string;
}

const ROOT = import.meta.dirname;
const STYLESHEET_HASH_CHARS = 16;

export function loadConsentUi(): ConsentUi {
  const handlebars = Handlebars.create();
  for (const file of readdirSync(join(ROOT, 'partials')).filter((name) => name.endsWith('.hbs'))) {
    handlebars.registerPartial(basename(file, '.hbs'), readFileSync(join(ROOT, 'partials', file), 'utf8'));
  }
  const views = new Map(
    VIEW_NAMES.map((name) => [name, handlebars.compile(readFileSync(join(ROOT, 'views', `${name}.hbs`), 'utf8'), { strict: false })]),
  );
  const css = readFileSync(join(ROOT, 'static', 'bank.css'));
  const hash = createHash('sha256').update(css).digest('hex').slice(0, STYLESHEET_HASH_CHARS);
  const stylesheet: Stylesheet = { path: `/assets/bank.${hash}.css`, body: css };
  return {
    stylesheet,
    render(view, model) {
      const template = views.get(view);
      if (!template) throw new Error(`consent-ui: no view "${view}"`);
      // Prototype access stays off (Handlebars' default): models are plain data.
      return template({ ...model, stylesheet: stylesheet.path });
    },
  };
}
