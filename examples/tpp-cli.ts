/**
 * What a TPP needs beside curl: OB message signing. `npm run -s tpp -- sign --kit <dir> <file>`
 * prints the `x-jws-signature` header value for exactly the bytes of <file> (`-` reads stdin),
 * signed with the kit's signing key and the claims of its software statement
 * (examples/tpp-client.ts `signMessage`). Send the file unchanged (`curl --data-binary @file`).
 * The README's curl path uses it for payment intents and payments.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { KitError, readKit } from './kit.ts';
import { messageSigner, signMessage } from './tpp-client.ts';

const USAGE = 'usage: npm run -s tpp -- sign --kit <kit dir> <body file, or - for stdin>';

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { kit: { type: 'string' } },
  });
  const [command, file] = positionals;
  if (command !== 'sign' || file === undefined || values.kit === undefined)
    throw new KitError(USAGE);
  const kit = await readKit(values.kit);
  const body = readFileSync(file === '-' ? 0 : file, 'utf8');
  process.stdout.write(
    `${await signMessage(await messageSigner(kit.identity, kit.issuer), body)}\n`,
  );
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(
    `${error instanceof KitError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? error.message : error.stack}\n`,
  );
  process.exitCode = 1;
});
