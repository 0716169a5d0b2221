import {cp, readdir, readFile, rm} from "node:fs/promises";
import {join, relative} from "node:path";
import {existsSync} from "node:fs";
import {astroCacheDir} from "../../src/io/astroCacheDir.ts";

/** The built site the e2e global setup made. */
export const DIST = "dist";

/** Every file below `root` whose name ends with `ext`, relative to root with "/" separators, sorted. */
export async function filesIn(root: string, ext: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, {recursive: true, withFileTypes: true})) {
    if (entry.isFile() && entry.name.endsWith(ext)) out.push(relative(root, join(entry.parentPath, entry.name)).split("\\").join("/"));
  }
  return out.sort();
}

/**
 * The ids of the briefs in a built site, oldest first: "2025-06-24" for a close
 * (/briefs/2025-06-24/), "2025-06-25/midday" for a midday brief, before its date's close.
 */
export async function briefIdsIn(root: string): Promise<string[]> {
  const ids: string[] = [];
  for (const d of (await readdir(join(root, "briefs"))).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort()) {
    if (existsSync(join(root, "briefs", d, "midday", "index.html"))) ids.push(`${d}/midday`);
    if (existsSync(join(root, "briefs", d, "index.html"))) ids.push(d);
  }
  return ids;
}

/** How a built site differs from the site it should equal: files it lacks, files it adds, files whose bytes differ. */
export async function siteDifferences(site: string, expected: string): Promise<{missing: string[]; extra: string[]; differing: string[]}> {
  const bytesOf = async (dir: string) => {
    const files = new Map<string, Buffer>();
    for (const path of await filesIn(dir, "")) files.set(path, await readFile(join(dir, path)));
    return files;
  };
  const [got, want] = [await bytesOf(site), await bytesOf(expected)];
  return {
    missing: [...want.keys()].filter((p) => !got.has(p)),
    extra: [...got.keys()].filter((p) => !want.has(p)),
    differing: [...want].filter(([p, bytes]) => got.has(p) && !bytes.equals(got.get(p) as Buffer)).map(([p]) => p),
  };
}

/**
 * How the site in `dist` differs from the site `build` makes from a copy of its content in
 * `scratch` (a folder of its own, so an Astro cache of its own); the copy's site and cache are
 * removed afterwards.
 */
export async function differencesFromCopy(
  content: string,
  dist: string,
  scratch: string,
  build: (content: string, outDir: string) => Promise<unknown>,
): Promise<{missing: string[]; extra: string[]; differing: string[]}> {
  const [copyContent, copyDist] = [join(scratch, "content"), join(scratch, "dist")];
  await cp(content, copyContent, {recursive: true});
  try {
    await build(copyContent, copyDist);
    return await siteDifferences(dist, copyDist);
  } finally {
    await rm(astroCacheDir(copyContent), {recursive: true, force: true});
    await rm(scratch, {recursive: true, force: true});
  }
}
