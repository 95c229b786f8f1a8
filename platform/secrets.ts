import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { settingsReader } from './settings.ts';

export interface PlatformSecrets {
  /** AES-256-GCM key for secrets at rest (customers' TOTP seeds). */
  dataEncryptionKey: Buffer;
  /** Keys for signed cookies (oidc-provider sessions, CSRF); the first signs, all verify. */
  cookieKeys: string[];
}

interface StoredSecrets {
  dataEncryptionKey: string;
  cookieKeys: string[];
}

/**
 * Production passes DATA_ENCRYPTION_KEY and COOKIE_KEYS (from a secret manager). Without them the
 * platform generates development secrets once and keeps them in the data directory, mode 0600:
 * those are then the variables' values, checked by the same rows of the settings table.
 */
export async function loadSecrets(
  dataDir: string,
  env: Record<string, string | undefined> = process.env,
): Promise<PlatformSecrets> {
  const stored = await readOrCreate(join(dataDir, 'secrets.json'));
  const read = settingsReader({
    DATA_ENCRYPTION_KEY: env.DATA_ENCRYPTION_KEY || stored.dataEncryptionKey,
    COOKIE_KEYS: env.COOKIE_KEYS || stored.cookieKeys.join(','),
  });
  return { dataEncryptionKey: read('DATA_ENCRYPTION_KEY'), cookieKeys: read('COOKIE_KEYS') };
}

async function readOrCreate(file: string): Promise<StoredSecrets> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as StoredSecrets;
  const secrets: StoredSecrets = {
    dataEncryptionKey: randomBytes(32).toString('base64'),
    cookieKeys: [randomBytes(32).toString('base64url')],
  };
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' });
  return secrets;
}
