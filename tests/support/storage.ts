/** A `Storage` for tests that keeps values in a Map and can be told to fail, or to fill up past a size. */
import type { DraftStorage } from '../../src/lib/charter/storage.ts';

/** How a test storage misbehaves: throwing on reads or writes, or refusing writes as full. */
export type Failure = 'read' | 'write' | 'quota';

/** A test storage: its values in `map`, and a way to change how it fails. */
export type MemoryStorage = DraftStorage & {
  map: Map<string, string>;
  fail: Failure | undefined;
  quota: number;
};

/** A Storage that keeps values in a Map; `quota` is the most characters it holds in all. */
export function memoryStorage(fail?: Failure, quota = Infinity): MemoryStorage {
  const map = new Map<string, string>();
  const storage: MemoryStorage = {
    map,
    fail,
    quota,
    getItem: (key) => {
      if (storage.fail === 'read') throw new Error('SecurityError');
      return map.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (storage.fail === 'write') throw new Error('SecurityError: disabled');
      const used = [...map].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
      if (storage.fail === 'quota' || used + key.length + value.length > storage.quota) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      map.set(key, value);
    },
    removeItem: (key) => {
      if (storage.fail === 'write') throw new Error('SecurityError: disabled');
      map.delete(key);
    },
  };
  return storage;
}
