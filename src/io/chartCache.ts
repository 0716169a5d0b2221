import {mkdir, readdir, readFile, rm, stat} from "node:fs/promises";
import {join} from "node:path";
import {cacheFolder} from "./cacheDir.ts";
import {writeFileAtomic} from "./writeAtomic.ts";

/**
 * On-disk cache of rendered charts, keyed by content hash, in the cache folder (io/cacheDir.ts)
 * so a rebuild reuses earlier renders.
 */
export const CHART_CACHE_DIR = cacheFolder("charts");

/** Where an entry is (or would be) kept. */
export const cachedPath = (key: string, ext: string, dir: string = CHART_CACHE_DIR): string => join(dir, `${key}.${ext}`);

export async function readCached(key: string, ext: string): Promise<string | null> {
  try {
    return await readFile(cachedPath(key, ext), "utf8");
  } catch {
    return null;
  }
}

export async function writeCached(key: string, ext: string, data: string | Uint8Array): Promise<void> {
  await mkdir(CHART_CACHE_DIR, {recursive: true});
  // A cache: atomic, so never half a chart, but not flushed to disk (a lost entry is rendered again).
  await writeFileAtomic(cachedPath(key, ext), data, {durable: false});
}

/**
 * Entries kept beyond those the current site uses: the newest files a recent build wrote and
 * this one no longer names (a chart restyled and then restyled back, a branch built in turn
 * with main), about a year of one edition's charts. Bounds the cache at (site + margin) files.
 */
export const PRUNE_MARGIN = 2_000;

/**
 * Prunes the cache after a build to the entries the built site uses (`keep`, file names) plus
 * the `margin` most recently written others; returns how many files were removed. Without it
 * every chart ever rendered stays, and a cache of daily builds grows without end.
 */
export async function pruneChartCache(keep: ReadonlySet<string>, margin: number = PRUNE_MARGIN, dir: string = CHART_CACHE_DIR): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const others = names.filter((n) => !keep.has(n));
  if (others.length <= margin) return 0;
  const dated = await Promise.all(others.map(async (n) => ({n, t: (await stat(join(dir, n)).catch(() => null))?.mtimeMs ?? 0})));
  // Newest first; equal times by name, so which files go does not depend on readdir's order.
  dated.sort((a, b) => b.t - a.t || (a.n < b.n ? -1 : 1));
  const doomed = dated.slice(margin);
  for (const {n} of doomed) await rm(join(dir, n), {force: true});
  return doomed.length;
}
