/**
 * A TPP's kit folder as `npm run directory -- onboard --out <dir>` writes it (tpp.json, transport
 * certificate and key, signing JWK, software statement), and the bank's CA certificate from
 * BANK_CA_FILE, by default DATA_DIR/pki/ca.pem (DATA_DIR defaults to .data, as for `npm start`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TppIdentity } from './tpp-client.ts';

export interface Kit {
  dir: string;
  /** The bank's issuer the kit was made for. */
  issuer: string;
  clientName: string;
  redirectUris: string[];
  identity: TppIdentity;
}

/** A kit folder that is incomplete, or a bank CA certificate that cannot be read. */
export class KitError extends Error {}

export async function readKit(dir: string): Promise<Kit> {
  const file = (name: string) =>
    readFile(join(dir, name), 'utf8').catch((error: Error) => {
      throw new KitError(`${dir} is not a complete directory kit: ${error.message}`);
    });
  const details = JSON.parse(await file('tpp.json')) as {
    issuer: string;
    clientName: string;
    redirectUris: string[];
  };
  const bankCaFile =
    process.env.BANK_CA_FILE ?? join(process.env.DATA_DIR ?? '.data', 'pki', 'ca.pem');
  return {
    dir,
    issuer: details.issuer,
    clientName: details.clientName,
    redirectUris: details.redirectUris,
    identity: {
      transportCertPem: await file('transport.pem'),
      transportKeyPem: await file('transport.key'),
      signingKeyJwk: JSON.parse(await file('signing.jwk.json')),
      ssa: (await file('ssa.jwt')).trim(),
      bankCaPem: await readFile(bankCaFile, 'utf8').catch((error: Error) => {
        throw new KitError(
          `cannot read the bank's CA certificate (BANK_CA_FILE): ${error.message}`,
        );
      }),
    },
  };
}
