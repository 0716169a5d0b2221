import {createHash} from "node:crypto";
import {rm} from "node:fs/promises";
import {join} from "node:path";

/**
 * Astro's cache folder (config.cacheDir) for a content folder: node_modules/.astro for the
 * project's own content/, a folder of its own for any other (MARKET_BRIEF_CONTENT: tests,
 * benchmarks), because the content layer's store remembers which folder it read and the page
 * cache of the incremental build belongs to one site. Relative to the project root.
 */
export function astroCacheDir(contentDir: string | undefined = process.env.MARKET_BRIEF_CONTENT): string {
  return contentDir ? `./node_modules/.astro/content-${createHash("sha256").update(contentDir).digest("hex").slice(0, 12)}` : "./node_modules/.astro";
}

/**
 * The incremental build's page cache in Astro's cache folder: its manifest (which pages, by
 * which keys) and the copies of the pages it restores from.
 */
export const PAGE_CACHE = ["incremental-build.json", "dist"] as const;

/**
 * Forgets the pages of earlier builds of a content folder, so that the next `astro build` renders
 * every page (and records a fresh cache), without `astro build --force`, which also drops the
 * content layer's store. `root` is the project folder.
 */
export async function clearPageCache(contentDir: string | undefined, root: string = process.cwd()): Promise<void> {
  for (const name of PAGE_CACHE) await rm(join(root, astroCacheDir(contentDir), name), {recursive: true, force: true});
}
