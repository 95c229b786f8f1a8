import { LIBRARY_SETTINGS, SETTINGS, type Setting } from './settings.ts';

const BEGIN = '<!-- config-table:begin -->\n';
const END = '<!-- config-table:end -->';

const code = (name: string) => `\`${name}\``;

/** The README's configuration table, one row per setting of the table in settings.ts. */
export function configTable(): string {
  const rows: string[][] = [];
  for (const [variable, setting] of Object.entries<Setting<unknown>>(SETTINGS)) {
    rows.push([
      code(variable),
      setting.default,
      setting.clause ? `${setting.description} Spec: ${setting.clause}.` : setting.description,
    ]);
    for (const library of LIBRARY_SETTINGS.filter((row) => row.after === variable)) {
      rows.push([library.variables.map(code).join(', '), library.default, library.description]);
    }
  }
  return `${[
    '| Variable | Default | Meaning |',
    '| --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n')}\n`;
}

/** `readme` with the table between its config-table markers made from the settings table. */
export function withConfigTable(readme: string): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END, begin);
  if (begin < 0 || end < 0) throw new Error(`README.md has no ${BEGIN.trim()} ... ${END} markers`);
  return readme.slice(0, begin + BEGIN.length) + configTable() + readme.slice(end);
}
