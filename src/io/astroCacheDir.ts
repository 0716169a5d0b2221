import {createHash} from "node:crypto";
import {readdir, rm} from "node:fs/promises";
import {join} from "node:path";

/**
 * Astro's cache folder (config.cacheDir) for a content folder: node_modules/.astro for the
 * project's own content/, a folder of its own for any other (MARKET_BRIEF_CONTENT: tests,
 * benchmarks), because the content layer's store remembers which folder it read and the page
 * cache of the incremental build belongs to one site. A site built in parts (site/sitePart.ts)
 * gives each part a folder of its own inside, PARTS_DIR/NAME, which also keeps the part's
 * built pages and key (site/buildSite.ts). Relative to the project root.
 */
export function astroCacheDir(contentDir: string | undefined = process.env.MARKET_BRIEF_CONTENT, part?: string): string {
  const base = contentDir ? `./node_modules/.astro/content-${createHash("sha256").update(contentDir).digest("hex").slice(0, 12)}` : "./node_modules/.astro";
  return part ? `${base}/${PARTS_DIR}/${part}` : base;
}

/** The folder of a content folder's Astro cache that holds the site parts' own. */
export const PARTS_DIR = "parts";

/** What buildSite keeps in a part's folder beside Astro's cache: the part's built pages and its key. */
export const PART_FILES = {site: "site", key: "part-key"} as const;

/**
 * The incremental build's page cache in Astro's cache folder: its manifest (which pages, by
 * which keys) and the copies of the pages it restores from.
 */
export const PAGE_CACHE = ["incremental-build.json", "dist"] as const;

/**
 * Forgets the pages of earlier builds of a content folder, so that the next build renders every
 * page of every part (and records a fresh cache), without `astro build --force`, which also drops
 * the content layer's store. `root` is the project folder.
 */
export async function clearPageCache(contentDir: string | undefined, root: string = process.cwd()): Promise<void> {
  const parts = await readdir(join(root, astroCacheDir(contentDir), PARTS_DIR)).catch(() => [] as string[]);
  for (const dir of [astroCacheDir(contentDir), ...parts.map((p) => astroCacheDir(contentDir, p))]) {
    for (const name of [...PAGE_CACHE, PART_FILES.key]) await rm(join(root, dir, name), {recursive: true, force: true});
  }
}
