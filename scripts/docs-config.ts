/** `npm run docs:config`: rewrites README.md's configuration table from platform/settings.ts. */
import { readFile, writeFile } from 'node:fs/promises';
import { withConfigTable } from '../platform/config-docs.ts';

const README = new URL('../README.md', import.meta.url);
await writeFile(README, withConfigTable(await readFile(README, 'utf8')));
