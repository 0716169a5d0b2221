import {execFile} from "node:child_process";
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify, stripVTControlCharacters} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {differencesFromCopy} from "../support/distFiles.ts";
import {astroCacheDir} from "../../src/io/astroCacheDir.ts";

/**
 * Astro's incremental build copies a page from the previous build when its cacheKey, its code
 * and the content it rendered are unchanged (src/site/pageCacheKey.ts). A stale page is the bug
 * to fear: after each change to the content (a new day, an editor's commentary, one brief's
 * charts and facts rewritten) the site built incrementally into the same folder must equal, file
 * for file and byte for byte, a site built from scratch from the same content.
 */
const run = promisify(execFile);

const FIRST_DAYS = ["2025-06-19", "2025-06-20", "2025-06-23", "2025-06-24"];
const NEW_DAY = "2025-06-25";
const COMMENTED = "2025-06-24";

let root: string;
let data: string;
let content: string;
let dist: string;
let cache: string;
let builds = 0;

const env = (contentDir: string) => ({...process.env, MARKET_BRIEF_CONTENT: contentDir, MARKET_BRIEF_DATA: data, MARKET_BRIEF_CACHE: cache});

async function astroBuild(contentDir: string, outDir: string, force: boolean): Promise<string> {
  const args = ["astro", "build", ...(force ? ["--force"] : []), "--outDir", outDir];
  const {stdout, stderr} = await run("npx", args, {env: env(contentDir), maxBuffer: 256 * 1024 * 1024}).catch((e: {stdout: string; stderr: string}) => {
    throw new Error(`astro build failed:\n${e.stdout.slice(-4000)}\n${e.stderr.slice(-4000)}`);
  });
  return `${stdout}\n${stderr}`;
}

async function brief(...args: string[]): Promise<void> {
  await run(process.execPath, ["scripts/brief.ts", ...args, "--quiet", "--data", data, "--content", content], {env: {...process.env, MARKET_BRIEF_CACHE: cache}});
}

/** Pages the build copied from the previous one rather than rendered, from its log (coloured where CI is set). */
const copiedPages = (log: string): string[] => [...stripVTControlCharacters(log).matchAll(/(\S+)\s+\((?:cached|restored)\)/g)].map((m) => m[1] as string);

/**
 * Builds the content incrementally into `dist`, then a copy of it from scratch (its own content
 * folder, so its own Astro cache), and returns the differences and the pages copied.
 */
async function incrementalAgainstFresh(): Promise<{missing: string[]; extra: string[]; differing: string[]; copied: string[]}> {
  const log = await astroBuild(content, dist, false);
  builds += 1;
  const differences = await differencesFromCopy(content, dist, join(root, `fresh-${builds}`), (c, o) => astroBuild(c, o, true));
  return {...differences, copied: copiedPages(log)};
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mb-incremental-"));
  data = join(root, "data");
  content = join(root, "content");
  dist = join(root, "dist");
  cache = join(root, "cache");
  await mkdir(data);
  for (const name of await readdir("data")) if (!/^\d{4}-/.test(name) && name !== "README.md") await cp(join("data", name), join(data, name), {recursive: true});
  for (const day of FIRST_DAYS) await cp(join("data", day), join(data, day), {recursive: true});
  await brief("--all");
  // The sample's commentary (it cites facts, quotes by code and a chart of its day), both
  // editions; its month-to-date chart needs more of the month than these days, so it shows
  // the sectors chart instead.
  await mkdir(join(content, "commentary"));
  for (const name of [`${COMMENTED}.mdx`, `${COMMENTED}.zh.mdx`]) {
    const text = await readFile(join("content", "commentary", name), "utf8");
    await writeFile(join(content, "commentary", name), text.replace(`${COMMENTED}-month-to-date`, `${COMMENTED}-sectors`));
  }
  await astroBuild(content, dist, true);
}, 600_000);

afterAll(async () => {
  if (!root) return;
  await rm(astroCacheDir(content), {recursive: true, force: true});
  await rm(root, {recursive: true, force: true});
});

describe("an incremental build into the built site", () => {
  it("equals a build from scratch after a new day, and copies the untouched pages", async () => {
    // The next day, as the bench makes it: the last day's snapshot under a new date.
    await cp(join(data, COMMENTED), join(data, NEW_DAY), {recursive: true});
    const meta = JSON.parse(await readFile(join(data, NEW_DAY, "meta.json"), "utf8")) as Record<string, unknown>;
    await writeFile(join(data, NEW_DAY, "meta.json"), JSON.stringify({...meta, date: NEW_DAY}));
    await brief("--date", NEW_DAY);
    const {missing, extra, differing, copied} = await incrementalAgainstFresh();
    expect({missing, extra, differing}).toEqual({missing: [], extra: [], differing: []});
    // The oldest days' pages are untouched by a new day; the new day's and its neighbour's are not.
    expect(copied).toContain("/briefs/2025-06-19/index.html");
    expect(copied).toContain("/zh/briefs/2025-06-20/data/index.html");
    expect(copied).not.toContain(`/briefs/${NEW_DAY}/index.html`);
    expect(copied).not.toContain(`/briefs/${COMMENTED}/index.html`);
  }, 600_000);

  it("equals a build from scratch after an editor changes a day's commentary and headline", async () => {
    const path = join(content, "commentary", `${COMMENTED}.mdx`);
    const text = await readFile(path, "utf8");
    // A new headline shows on the neighbours' pagers, the month and keyword pages, the feeds.
    await writeFile(path, text.replace(/^---\n/, "---\ntitle: Batteries run on, the rest of the board does not\n").replace("A round number is only a headline", "A round number is only a number"));
    const {missing, extra, differing, copied} = await incrementalAgainstFresh();
    expect({missing, extra, differing}).toEqual({missing: [], extra: [], differing: []});
    expect(copied).toContain("/briefs/2025-06-19/index.html");
  }, 600_000);

  it("equals a build from scratch after one brief's charts and facts change on disk, its MDX unchanged", async () => {
    // Pages read charts.json and facts.json through fs, which Astro does not track: a chart's
    // title and a fact the commentary cites (<Figure of="limits.sealRate" />) change here.
    for (const dir of [join(content, "briefs"), join(content, "briefs", "zh")]) {
      const path = join(dir, `${COMMENTED}.charts.json`);
      const charts = JSON.parse(await readFile(path, "utf8")) as {title: string}[];
      (charts[0] as {title: string}).title += " (revised)";
      await writeFile(path, JSON.stringify(charts));
    }
    const factsPath = join(content, "briefs", `${COMMENTED}.facts.json`);
    const facts = JSON.parse(await readFile(factsPath, "utf8")) as {limits: {sealRate: number | null}};
    facts.limits.sealRate = 0.123;
    await writeFile(factsPath, JSON.stringify(facts, null, 2));
    const {missing, extra, differing, copied} = await incrementalAgainstFresh();
    expect({missing, extra, differing}).toEqual({missing: [], extra: [], differing: []});
    expect(copied).toContain("/briefs/2025-06-19/index.html");
    expect(copied).not.toContain(`/briefs/${COMMENTED}/index.html`);
    expect(copied).not.toContain(`/briefs/${COMMENTED}/facts.json`);
  }, 600_000);
});
