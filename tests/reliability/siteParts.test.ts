import {execFile} from "node:child_process";
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {differencesFromCopy} from "../support/distFiles.ts";
import {astroCacheDir} from "../../src/io/astroCacheDir.ts";
import {makeBenchData, weekdaysAfter} from "../../src/bench/benchData.ts";

/**
 * A long archive is built in parts (src/site/sitePlan.ts: a part per past year, a head with the
 * newest months and every list), each part skipped while nothing it shows changes. The site so
 * gathered must be the site a single build makes, file for file and byte for byte, the sitemap
 * and the search index included: after the first build, after a new day (which rebuilds the
 * head only) and after an editor retitles a brief in an older part (its part and the head).
 */
const run = promisify(execFile);

const DAYS = 50; // 2025-06-26 … 2025-09-03: June and July are the archive part "2025", August and September the head.

let root: string;
let data: string;
let content: string;
let dist: string;
let cache: string;
let builds = 0;

const env = () => ({...process.env, MARKET_BRIEF_DATA: data, MARKET_BRIEF_CACHE: cache, SITE_URL: "https://parts.example.org"});

/** `npm run site` as an operator runs it; returns its log. */
async function site(contentDir: string, outDir: string, parts: "always" | "never"): Promise<string> {
  const {stdout, stderr} = await run(process.execPath, ["scripts/site.ts", "--content", contentDir, "--out", outDir, "--parts", parts], {env: env(), maxBuffer: 256 * 1024 * 1024}).catch(
    (e: {stdout: string; stderr: string}) => {
      throw new Error(`npm run site failed:\n${e.stdout.slice(-4000)}\n${e.stderr.slice(-4000)}`);
    },
  );
  return `${stdout}\n${stderr}`;
}

async function brief(...args: string[]): Promise<void> {
  await run(process.execPath, ["scripts/brief.ts", ...args, "--quiet", "--data", data, "--content", content], {env: env()});
}

/** Which parts a build built and which it left as they were, from its log. */
const partsOf = (log: string) => ({
  built: [...log.matchAll(/site part (\S+) \([^)]*\): building/g)].map((m) => m[1]),
  unchanged: [...log.matchAll(/site part (\S+) \([^)]*\): unchanged/g)].map((m) => m[1]),
});

/** Builds the content in parts into `dist`, then a copy of it whole, and returns the parts' log and the differences. */
async function partsAgainstWhole(): Promise<{log: string; missing: string[]; extra: string[]; differing: string[]}> {
  const log = await site(content, dist, "always");
  builds += 1;
  const differences = await differencesFromCopy(content, dist, join(root, `whole-${builds}`), (c, o) => site(c, o, "never"));
  return {...differences, log};
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mb-parts-"));
  data = join(root, "data");
  content = join(root, "content");
  dist = join(root, "dist");
  cache = join(root, "cache");
  await makeBenchData("data", data, DAYS);
  await brief("--all");
}, 600_000);

afterAll(async () => {
  if (!root) return;
  await rm(astroCacheDir(content), {recursive: true, force: true});
  await rm(root, {recursive: true, force: true});
});

describe("a site built in parts", () => {
  it("is the site one build makes, sitemap and search index included", async () => {
    const {log, missing, extra, differing} = await partsAgainstWhole();
    expect(partsOf(log)).toEqual({built: ["2025", "head"], unchanged: []});
    expect({missing, extra, differing}).toEqual({missing: [], extra: [], differing: []});
    // Pages of both parts are there, and the sitemap lists the archive part's pages.
    const sitemap = await readFile(join(dist, "sitemap-0.xml"), "utf8");
    expect(sitemap).toContain("https://parts.example.org/briefs/2025-06-26/");
    expect(sitemap).toContain("https://parts.example.org/zh/briefs/2025-09-03/");
    expect(await readdir(join(dist, "pagefind"))).toContain("pagefind-entry.json");
  }, 600_000);

  it("rebuilds only the head for a new day, and is still the site one build makes", async () => {
    const last = (await readdir(data)).filter((n) => /^\d{4}-\d{2}-\d{2}$/.test(n)).sort().at(-1) as string;
    const [next] = weekdaysAfter(last, 1) as [string];
    await cp(join(data, last), join(data, next), {recursive: true});
    const meta = JSON.parse(await readFile(join(data, next, "meta.json"), "utf8")) as Record<string, unknown>;
    await writeFile(join(data, next, "meta.json"), JSON.stringify({...meta, date: next}));
    await brief("--date", next);
    const {log, missing, extra, differing} = await partsAgainstWhole();
    expect(partsOf(log)).toEqual({built: ["head"], unchanged: ["2025"]});
    expect({missing, extra, differing}).toEqual({missing: [], extra: [], differing: []});
  }, 600_000);

  it("rebuilds an older part when an editor retitles one of its briefs, and the head that lists it", async () => {
    await mkdir(join(content, "commentary"), {recursive: true});
    // The last brief of the part: its neighbour in the head shows the new headline in its pager.
    await writeFile(join(content, "commentary", "2025-07-31.mdx"), "---\ntitle: July ends on a quiet board\n---\n\nThe month closes without a story worth its own line.\n");
    const {log, missing, extra, differing} = await partsAgainstWhole();
    expect(partsOf(log)).toEqual({built: ["2025", "head"], unchanged: []});
    expect({missing, extra, differing}).toEqual({missing: [], extra: [], differing: []});
    expect(await readFile(join(dist, "briefs", "2025-08-01", "index.html"), "utf8")).toContain("July ends on a quiet board");
  }, 600_000);
});
