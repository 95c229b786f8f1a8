import { assertKeyLabel } from './label.ts';
import type { SigningAlg, SigningKey } from './types.ts';

/**
 * The keys a provider has handed out, by label. Concurrent first requests for a label share one
 * lookup-or-generation, so one process never creates two keys under one label; a failure is not
 * remembered, so a later request retries (for example after a permission fix).
 */
export class KeyCache {
  readonly #keys = new Map<string, Promise<SigningKey>>();

  async get(
    label: string,
    alg: SigningAlg,
    findOrCreate: () => Promise<SigningKey>,
  ): Promise<SigningKey> {
    assertKeyLabel(label);
    let pending = this.#keys.get(label);
    if (!pending) {
      const created = findOrCreate();
      this.#keys.set(label, created);
      created.catch(() => {
        if (this.#keys.get(label) === created) this.#keys.delete(label);
      });
      pending = created;
    }
    const key = await pending;
    // A label names one key of one algorithm; asking for it under another is a configuration error.
    if (key.alg !== alg) throw new Error(`key "${label}" is an ${key.alg} key, not ${alg}`);
    return key;
  }

  clear(): void {
    this.#keys.clear();
  }
}
