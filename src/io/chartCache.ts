import {mkdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import {cacheFolder} from "./cacheDir.ts";
import {writeFileAtomic} from "./writeAtomic.ts";

/**
 * On-disk cache of rendered charts, keyed by content hash, in the cache folder (io/cacheDir.ts)
 * so a rebuild reuses earlier renders.
 */
const CACHE_DIR = cacheFolder("charts");

/** Where an entry is (or would be) kept. */
export const cachedPath = (key: string, ext: string): string => join(CACHE_DIR, `${key}.${ext}`);

export async function readCached(key: string, ext: string): Promise<string | null> {
  try {
    return await readFile(cachedPath(key, ext), "utf8");
  } catch {
    return null;
  }
}

export async function writeCached(key: string, ext: string, data: string | Uint8Array): Promise<void> {
  await mkdir(CACHE_DIR, {recursive: true});
  // A cache: atomic, so never half a chart, but not flushed to disk (a lost entry is rendered again).
  await writeFileAtomic(cachedPath(key, ext), data, {durable: false});
}
