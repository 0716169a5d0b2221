/**
 * Deterministic variety: the same (date, topic) always picks the same wording, different days
 * pick differently. A 32-bit FNV-1a hash of the key, never Math.random or the clock.
 */
export function hash32(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function pick<T>(key: string, variants: readonly T[]): T {
  if (variants.length === 0) throw new Error(`pick("${key}") has no variants`);
  return variants[hash32(key) % variants.length] as T;
}
