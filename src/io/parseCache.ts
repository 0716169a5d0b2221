/**
 * Parsed files kept in memory, keyed by what identifies their bytes on disk (path, size and
 * modification time), so that a backfill over many dates parses each earlier day once instead
 * of once per date that looks back at it. Each cache is bounded: the least recently used
 * entries go first.
 */
export interface ParseCache {
  /** The cached value for `key`, or `compute()`'s result, remembered. Values are shared: treat them as read-only. */
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  clear(): void;
  stats(): {hits: number; misses: number; size: number};
}

export function parseCache(maxEntries: number): ParseCache {
  const entries = new Map<string, unknown>();
  let hits = 0;
  let misses = 0;
  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      if (entries.has(key)) {
        hits += 1;
        const value = entries.get(key) as T;
        // Re-insert so that Map order stays least recently used first.
        entries.delete(key);
        entries.set(key, value);
        return value;
      }
      misses += 1;
      const value = await compute();
      entries.set(key, value);
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
      return value;
    },
    clear() {
      entries.clear();
      hits = 0;
      misses = 0;
    },
    stats: () => ({hits, misses, size: entries.size}),
  };
}
