/**
 * Importing a public JWK is a sizeable share of a request's CPU, and a TPP signs with the same few
 * keys every time. Keys already imported are kept, bounded (the oldest goes first), by exactly what
 * decides the import, the `alg` and the JWK as sent, so whatever the import refuses is still
 * refused.
 */
export interface ImportedKeys<Key> {
  /** The key imported for this alg and JWK, importing it with `load` the first time. */
  get(alg: string, jwk: unknown, load: () => Promise<Key>): Promise<Key>;
}

export function importedKeys<Key>(keysMax: number): ImportedKeys<Key> {
  const keys = new Map<string, Promise<Key>>();
  return {
    get(alg, jwk, load) {
      const id = `${alg} ${JSON.stringify(jwk)}`;
      let key = keys.get(id);
      if (!key) {
        const loading = load();
        key = loading;
        // A refused key is not remembered: the next use of it is judged afresh.
        loading.catch(() => {
          if (keys.get(id) === loading) keys.delete(id);
        });
        if (keys.size >= keysMax) keys.delete(keys.keys().next().value!);
        keys.set(id, loading);
      }
      return key;
    },
  };
}
