import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../platform/config.ts';
import { loadSecrets } from '../../platform/secrets.ts';

/**
 * The variables loadConfig and loadSecrets consult given this environment (also those read only
 * because another is set, e.g. PKCS11_PIN with PKCS11_MODULE); both must accept it.
 */
export async function variablesRead(env: Record<string, string>): Promise<Set<string>> {
  const read = new Set<string>();
  const recording = new Proxy(env, {
    get(target, name) {
      if (typeof name === 'string') read.add(name);
      return target[name as string];
    },
  });
  loadConfig(recording);
  const dir = await mkdtemp(join(tmpdir(), 'obp-secrets-'));
  try {
    await loadSecrets(dir, recording);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return read;
}
