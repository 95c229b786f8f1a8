/**
 * Issue 15: no card number in plain text anywhere, checked over the whole of `npm test`. The
 * sandbox cards' numbers are searched in every byte the test run printed (the platforms' logs among
 * them) and in every file of the test run's PostgreSQL cluster once it has stopped: tables, indexes
 * and WAL, a superset of what pg_dump would write, including rows the tests deleted and databases
 * they dropped whose files remain until the cluster goes.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SANDBOX_CUSTOMERS } from '../db/seeds/index.ts';

const CARD_NUMBERS = SANDBOX_CUSTOMERS.flatMap((customer) =>
  customer.creditCard ? [customer.creditCard.pan] : [],
);
const LONGEST = Math.max(...CARD_NUMBERS.map((pan) => pan.length));

/** Where a card number was seen: "output" or a file of the cluster. */
export type Sighting = string;

/** Watches a stream's chunks as they pass, across chunk boundaries. */
export function outputWatch(): { see(chunk: Buffer): void; sightings(): Sighting[] } {
  let tail = '';
  let seen = false;
  return {
    see(chunk) {
      const text = tail + chunk.toString('latin1');
      if (CARD_NUMBERS.some((pan) => text.includes(pan))) seen = true;
      tail = text.slice(-(LONGEST - 1));
    },
    sightings: () => (seen ? ['the test output'] : []),
  };
}

export async function filesWithCardNumbers(dir: string): Promise<Sighting[]> {
  const found: Sighting[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    if (CARD_NUMBERS.some((pan) => bytes.includes(pan, 0, 'latin1'))) found.push(path);
  }
  return found;
}
