import {spawn} from "node:child_process";
import {copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile} from "node:fs/promises";
import {dirname, join, relative, resolve} from "node:path";
import {astroCacheDir, PART_FILES, PARTS_DIR} from "../io/astroCacheDir.ts";
import {writeFileAtomic} from "../io/writeAtomic.ts";
import {briefIdOfFile} from "./briefId.ts";
import {codeDigest, partKey} from "./partKey.ts";
import {planSite, type PartsMode, type PlannedPart} from "./sitePlan.ts";
import {SITE_PART_ENV, type SitePart} from "./sitePart.ts";

/**
 * Builds the site into `outDir`: one `astro build` of the whole site when the archive is short,
 * else one per site part (sitePlan.ts), each into a folder of its own and skipped when its key
 * (partKey.ts) is unchanged, then the parts' pages gathered into `outDir` (hard links, no copy)
 * and the search index written over them. Nothing is half-written: the parts' pages are
 * gathered beside `outDir` and swapped in once complete.
 */
export interface BuildSiteOptions {
  /** The project folder (astro.config.mjs). */
  root: string;
  /** The content folder; undefined for the project's content/. */
  contentDir?: string;
  outDir: string;
  /** Render every page of every part anew (`astro build --force`). */
  force?: boolean;
  /** Write the Pagefind search index (default true). */
  search?: boolean;
  parts?: PartsMode;
  /** Pass --silent to Astro. */
  silent?: boolean;
  log?: (line: string) => void;
}

export interface PartOutcome {
  name: string;
  months: string[];
  built: boolean;
  ms: number;
}

const BRIEF_MDX = /^\d{4}-\d{2}-\d{2}(\.midday)?\.mdx$/;

async function briefIds(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).filter((n) => BRIEF_MDX.test(n)).map(briefIdOfFile);
}

/** Runs a program to its end; an error naming it when it fails. */
function runChild(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, what: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {cwd, env, stdio: ["ignore", "inherit", "inherit"]});
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? done() : fail(new SiteBuildError(`${what} failed (exit ${code})`))));
  });
}

/** A step of the site build failed; it has printed why. */
export class SiteBuildError extends Error {}

/** Every file below a folder, relative, "/"-separated. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"));
}

/** Hard-links a built part's files into the site being gathered (copies across file systems); a path already there is kept. */
async function gather(from: string, to: string, skip: (path: string) => boolean): Promise<number> {
  const made = new Set<string>();
  let count = 0;
  for (const path of await filesBelow(from)) {
    if (skip(path)) continue;
    const target = join(to, path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      await mkdir(folder, {recursive: true});
      made.add(folder);
    }
    try {
      await link(join(from, path), target);
      count += 1;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      if (code !== "EXDEV") throw error;
      await copyFile(join(from, path), target);
      count += 1;
    }
  }
  return count;
}

/** A part's own sitemap files (the head's sitemap lists their pages instead). */
const isSitemap = (path: string) => /^sitemap-[^/]*\.xml$/.test(path);

/** The page URLs a built part's sitemap lists. */
async function sitemapUrls(site: string): Promise<string[]> {
  const urls: string[] = [];
  for (const name of (await readdir(site)).filter((n) => isSitemap(n) && n !== "sitemap-index.xml").sort()) {
    const xml = await readFile(join(site, name), "utf8");
    for (const m of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) {
      urls.push((m[1] as string).replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({amp: "&", lt: "<", gt: ">", quot: '"', apos: "'"})[e] as string));
    }
  }
  return urls;
}

const exists = (path: string) => stat(path).then(() => true, () => false);

export async function buildSite(options: BuildSiteOptions): Promise<PartOutcome[]> {
  const {root, contentDir} = options;
  const log = options.log ?? (() => {});
  const content = resolve(root, contentDir ?? "content");
  const outDir = resolve(root, options.outDir);
  const env: NodeJS.ProcessEnv = {...process.env};
  delete env[SITE_PART_ENV];
  if (contentDir) env.MARKET_BRIEF_CONTENT = contentDir;
  // Node's own flags go on to each build (a benchmark's memory reporter, a heap limit).
  const astro = (outDir: string, part: SitePart | null) =>
    runChild(
      process.execPath,
      [...process.execArgv, join(root, "node_modules", "astro", "bin", "astro.mjs"), "build", "--outDir", outDir, ...(options.force ? ["--force"] : []), ...(options.silent ? ["--silent"] : [])],
      part ? {...env, [SITE_PART_ENV]: JSON.stringify(part)} : env,
      root,
      part ? `astro build of the site part ${part.name}` : "astro build",
    );
  const partsRoot = join(root, astroCacheDir(contentDir), PARTS_DIR);
  const plan = planSite([await briefIds(join(content, "briefs")), await briefIds(join(content, "briefs", "zh"))], options.parts);
  const outcomes: PartOutcome[] = [];

  if (!plan) {
    const start = performance.now();
    await astro(outDir, null);
    outcomes.push({name: "whole", months: [], built: true, ms: performance.now() - start});
    await rm(partsRoot, {recursive: true, force: true});
  } else {
    const code = await codeDigest(root);
    const dataDir = resolve(root, process.env.MARKET_BRIEF_DATA ?? "data");
    const used: string[] = [];
    const sites: string[] = [];
    const otherPages: string[] = [];
    // Parts of an earlier plan (a year since emptied, a head that moved) are gone from this one.
    for (const name of await readdir(partsRoot).catch(() => [] as string[])) {
      if (!plan.some((p) => p.name === name)) await rm(join(partsRoot, name), {recursive: true, force: true});
    }
    for (const planned of plan) {
      const dir = join(root, astroCacheDir(contentDir, planned.name));
      const site = join(dir, PART_FILES.site);
      const keyFile = join(dir, PART_FILES.key);
      const chartsUsedFile = join(dir, "charts-used.txt");
      const part: SitePart = {...planned, chartsUsedFile};
      if (planned.lists) {
        part.sitemapFile = join(dir, "other-pages.txt");
        await mkdir(dir, {recursive: true});
        await writeFile(part.sitemapFile, otherPages.map((u) => `${u}\n`).join(""));
      }
      const key = await partKey(planned, code, {root, contentDir: content, dataDir, otherPages: planned.lists ? otherPages : undefined});
      const start = performance.now();
      const unchanged = !options.force && (await readFile(keyFile, "utf8").catch(() => null)) === key && (await exists(site)) && (await exists(chartsUsedFile));
      if (!unchanged) {
        log(`site part ${planned.name} (${planned.months[0]} … ${planned.months.at(-1)}${planned.lists ? ", and the lists" : ""}): building`);
        await rm(keyFile, {force: true});
        await astro(site, part);
        await writeFileAtomic(keyFile, key);
      } else {
        log(`site part ${planned.name} (${planned.months[0]} … ${planned.months.at(-1)}): unchanged`);
      }
      outcomes.push({name: planned.name, months: planned.months, built: !unchanged, ms: performance.now() - start});
      if (!planned.lists) otherPages.push(...(await sitemapUrls(site)));
      sites.push(site);
      used.push(...(await readFile(chartsUsedFile, "utf8")).split("\n").filter(Boolean));
    }
    // Gathered beside the old site and swapped in whole: the head's files first (it wins a path both have).
    const gathering = `${outDir}.gathering`;
    const old = `${outDir}.old`;
    await rm(gathering, {recursive: true, force: true});
    await rm(old, {recursive: true, force: true});
    let files = 0;
    for (const [i, site] of sites.reverse().entries()) files += await gather(site, gathering, (path) => i > 0 && isSitemap(path));
    log(`${files} files of ${plan.length} site parts gathered`);
    if (await exists(outDir)) await rename(outDir, old);
    await rename(gathering, outDir);
    await rm(old, {recursive: true, force: true});
    const {pruneChartCache} = await import("../io/chartCache.ts");
    const pruned = await pruneChartCache(new Set(used));
    if (pruned > 0) log(`${pruned} unused chart cache files removed`);
  }
  if (options.search ?? true) {
    await runChild(join(root, "node_modules", ".bin", "pagefind"), ["--site", outDir, "--quiet"], env, root, "pagefind (the search index)");
  }
  return outcomes;
}
