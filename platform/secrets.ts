import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from './config.ts';

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
 * platform generates development secrets once and keeps them in the data directory, mode 0600.
 */
export async function loadSecrets(dataDir: string, env: Record<string, string | undefined> = process.env): Promise<PlatformSecrets> {
  const stored = await readOrCreate(join(dataDir, 'secrets.json'));
  const keyBase64 = env.DATA_ENCRYPTION_KEY || stored.dataEncryptionKey;
  const dataEncryptionKey = Buffer.from(keyBase64, 'base64');
  if (dataEncryptionKey.length !== 32) {
    throw new ConfigError('DATA_ENCRYPTION_KEY', 'must be 32 bytes, base64 encoded (openssl rand -base64 32)');
  }
  const cookieKeys = env.COOKIE_KEYS ? env.COOKIE_KEYS.split(',').map((k) => k.trim()).filter(Boolean) : stored.cookieKeys;
  if (cookieKeys.length === 0 || cookieKeys.some((k) => k.length < 32)) {
    throw new ConfigError('COOKIE_KEYS', 'must list one or more comma-separated keys of at least 32 characters');
  }
  return { dataEncryptionKey, cookieKeys };
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
