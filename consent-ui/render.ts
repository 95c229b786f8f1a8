import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';

/**
 * The consent UI's templates and stylesheet, read once at boot. Pages are plain HTML forms: no
 * script, nothing inline, so the strict CSP of the pages holds. Handlebars escapes every value; no
 * template uses the triple-stash. The stylesheet's and logo's URLs carry their content hash, so
 * they can be cached for ever and a new release is fetched at once.
 */

export const VIEW_NAMES = [
  'login',
  'one-time-code',
  'consent',
  'dashboard',
  'confirm-cancel',
  'error',
] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** A file the pages link to, at a URL that carries its content hash. */
export interface Asset {
  /** "/assets/<name>.<hash>.<ext>" */
  readonly path: string;
  readonly body: Buffer;
  readonly type: string;
}

/** The bank the pages speak for (BANK_* settings, platform/config.ts). */
export interface Branding {
  readonly name: string;
  /** `#rrggbb`: the masthead, headings and links. */
  readonly colour?: string | undefined;
  /** An SVG or PNG shown in the masthead instead of the initials. */
  readonly logo?:
    | { readonly body: Buffer; readonly type: 'image/svg+xml' | 'image/png' }
    | undefined;
  /** Sandbox hints (where the test customers are listed, "no real money moves") only when true. */
  readonly sandbox: boolean;
}

export interface ConsentUi {
  readonly bankName: string;
  /** The stylesheet and, if configured, the logo. */
  readonly assets: readonly Asset[];
  /** A whole page: the view inside the layout, with the stylesheet linked. */
  render(view: ViewName, model: Record<string, unknown>): string;
}

const ROOT = import.meta.dirname;
const ASSET_HASH_CHARS = 16;

export function loadConsentUi(branding: Branding): ConsentUi {
  const handlebars = Handlebars.create();
  for (const file of readdirSync(join(ROOT, 'partials')).filter((name) => name.endsWith('.hbs'))) {
    handlebars.registerPartial(
      basename(file, '.hbs'),
      readFileSync(join(ROOT, 'partials', file), 'utf8'),
    );
  }
  const views = new Map(
    VIEW_NAMES.map((name) => [
      name,
      handlebars.compile(readFileSync(join(ROOT, 'views', `${name}.hbs`), 'utf8'), {
        strict: false,
      }),
    ]),
  );
  const stylesheet = asset(
    'bank',
    'css',
    'text/css; charset=utf-8',
    Buffer.concat([
      readFileSync(join(ROOT, 'static', 'bank.css')),
      Buffer.from(colourRules(branding.colour)),
    ]),
  );
  const logo =
    branding.logo &&
    asset(
      'logo',
      branding.logo.type === 'image/png' ? 'png' : 'svg',
      branding.logo.type,
      branding.logo.body,
    );
  const bank = {
    name: branding.name,
    initials: initials(branding.name),
    logo: logo?.path,
    sandbox: branding.sandbox,
  };
  return {
    bankName: branding.name,
    assets: logo ? [stylesheet, logo] : [stylesheet],
    render(view, model) {
      const template = views.get(view);
      if (!template) throw new Error(`consent-ui: no view "${view}"`);
      // Prototype access stays off (Handlebars' default): models are plain data.
      return template({ ...model, stylesheet: stylesheet.path, bank });
    },
  };
}

function asset(name: string, extension: string, type: string, body: Buffer): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, ASSET_HASH_CHARS);
  return { path: `/assets/${name}.${hash}.${extension}`, body, type };
}

/** The brand colour over the stylesheet's own, and a darker shade of it for headings. */
function colourRules(colour: string | undefined): string {
  if (colour === undefined) return '';
  const darker = `#${[1, 3, 5]
    .map((i) =>
      Math.round(Number.parseInt(colour.slice(i, i + 2), 16) * 0.7)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
  return `\n:root { --brand: ${colour}; --brand-strong: ${darker}; }\n`;
}

/** "Sandbox Bank" -> "SB": the masthead's mark when there is no logo. */
function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((word) => word.charAt(0).toUpperCase())
      .join('') || 'B'
  );
}
