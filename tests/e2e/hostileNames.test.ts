import {execFile} from "node:child_process";
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from "node:fs/promises";
import {existsSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, join} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {gunzipSync, gzipSync} from "node:zlib";
import {parse} from "csv-parse/sync";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchChromium} from "../support/browser.ts";
import {briefIdsIn, DIST, filesIn} from "../support/distFiles.ts";
import {serveDist} from "../../src/io/serveDist.ts";

/**
 * Names from data are text, everywhere: a stock on the latest brief's limit-up list and a
 * leading sector are renamed to markup, MDX, CDATA and bidi tricks, the latest days are
 * generated and the site built from them (once: into temporary folders), and the names must
 * come out literally, with nothing injected, on the page, in the chart SVG and in the RSS.
 */
const STOCK_NAME = "<b>{x}</b> & *co* </svg> ]]> `tick` \"q\" 'a' 😀 \u202Eevil 中文";
const SECTOR_NAME = "<i>{y}</i> & _sec_ </svg> ]]> <!-- c --> `t` \"s\" 😀 \u202E板块";
// What readers see: every character but the bidi override, which the snapshot stage removes from
// names (with a warning) so that it cannot reorder the text around a name.
const SHOWN_STOCK = STOCK_NAME.replaceAll("\u202E", "");
const SHOWN_SECTOR = SECTOR_NAME.replaceAll("\u202E", "");
const DAYS = 3;

const run = promisify(execFile);
const PYTHON = process.env.PYTHON ?? "/usr/bin/python3";
const FEED_SCRIPT = fileURLToPath(new URL("../support/parseFeed.py", import.meta.url));

let root: string;
let dist: string;
let latest: string;
let stockCode: string;
let sectorCode: string;
let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

/** One CSV field, quoted when it must be (RFC 4180). */
const csvField = (s: string) => (/[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);

/** Renames `code` in a data CSV (plain or .gz) with a code column: its name and, where there is one, its English name. */
async function renameIn(path: string, code: string, name: string): Promise<boolean> {
  const gz = path.endsWith(".gz");
  const raw = await readFile(path);
  const rows = parse((gz ? gunzipSync(raw) : raw).toString("utf8"), {bom: true}) as string[][];
  const [header = [], ...body] = rows;
  const codeAt = header.indexOf("code");
  const nameAts = ["name", "name_en"].map((c) => header.indexOf(c)).filter((i) => i >= 0);
  let found = false;
  for (const row of body) {
    if (row[codeAt] === code) {
      for (const at of nameAts) row[at] = name;
      found = true;
    }
  }
  const text = `${rows.map((r) => r.map(csvField).join(",")).join("\n")}\n`;
  await writeFile(path, gz ? gzipSync(text) : text);
  return found;
}

const csvIn = (dir: string, base: string) => [join(dir, `${base}.csv`), join(dir, `${base}.csv.gz`)].filter(existsSync);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "mb-hostile-"));
  const data = join(root, "data");
  const content = join(root, "content");
  dist = join(root, "dist");
  await mkdir(data);

  // Whom to rename: the stock at the top of the latest brief's consecutive limit-up ladder (the
  // prose names it and the ladder chart labels it) and the leading sector, from the site the
  // global setup built.
  latest = (await briefIdsIn(DIST)).at(-1) as string;
  const facts = JSON.parse(await readFile(join(DIST, "briefs", latest, "facts.json"), "utf8")) as {
    limits: {limitUp: {code: string}[]};
    ladder: {rungs: {height: number; stocks: {code: string}[]}[]};
    sectors: {leaders: {code: string}[]};
  };
  const laddered = facts.ladder.rungs.filter((r) => r.height >= 2).flatMap((r) => r.stocks.map((s) => s.code));
  const limitUp = facts.limits.limitUp.map((s) => s.code);
  stockCode = (laddered[0] ?? limitUp[0]) as string;
  sectorCode = facts.sectors.leaders[0]?.code as string;
  expect(stockCode, "a limit-up stock on the latest brief").toBeDefined();
  expect(sectorCode, "a leading sector on the latest brief").toBeDefined();

  // The latest days only (and the long index history), with the names changed in every one.
  const days = (await readdir("data")).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort().slice(-DAYS);
  // The sample's last day is a midday snapshot: its brief's id is "DATE/midday".
  expect(days.at(-1)).toBe(latest.slice(0, 10));
  for (const name of await readdir("data")) if (name.startsWith("index-history.csv")) await cp(join("data", name), join(data, name));
  // The security master, whose English name the English brief prints, renamed too.
  for (const base of ["securities", "name-history"]) {
    for (const path of csvIn("data", base)) {
      const copy = join(data, basename(path));
      await cp(path, copy);
      if (base === "securities") await renameIn(copy, stockCode, STOCK_NAME);
    }
  }
  let renamed = 0;
  for (const day of days) {
    await cp(join("data", day), join(data, day), {recursive: true});
    for (const path of csvIn(join(data, day), "stocks")) if (await renameIn(path, stockCode, STOCK_NAME)) renamed += 1;
    for (const path of csvIn(join(data, day), "indices")) await renameIn(path, sectorCode, SECTOR_NAME);
  }
  expect(renamed).toBeGreaterThan(0);

  const brief = await run(process.execPath, ["scripts/brief.ts", "--all", "--quiet", "--data", data, "--content", content]).catch((e: {stderr: string}) => {
    throw new Error(`the brief CLI failed on hostile names:\n${e.stderr}`);
  });
  expect(brief.stderr).toContain(`${days.length} written`);
  await run("npx", ["astro", "build", "--force", "--outDir", dist], {env: {...process.env, MARKET_BRIEF_CONTENT: content}, maxBuffer: 64 * 1024 * 1024}).catch(
    (e: {stdout: string; stderr: string}) => {
      throw new Error(`astro build failed on hostile names:\n${e.stdout.slice(-4000)}\n${e.stderr.slice(-4000)}`);
    },
  );
  site = await serveDist(dist);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (root) await rm(root, {recursive: true, force: true});
});

/** Elements a name would have injected: <b>/<i> holding its braces, and comments. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = [...document.querySelectorAll("b, i")].filter((e) => /\{[xy]\}/.test(e.textContent ?? "")).map((e) => e.outerHTML);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
    while (walker.nextNode()) if ((walker.currentNode.textContent ?? "").includes(" c ")) found.push("<!-- c -->");
    return found;
  });
}

/** Paragraphs, items and cells where a name came out changed (e.g. curly quotes or dashes put in by Markdown typography). */
async function mangled(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => [...document.querySelectorAll("p, li, td, th, h1, h2, h3")].map((e) => e.textContent ?? ""));
  const changed = (t: string) => (t.includes("{x}") && !t.includes(SHOWN_STOCK)) || (t.includes("{y}") && !t.includes(SHOWN_SECTOR));
  return texts.filter(changed).map((t) => t.slice(0, 240));
}

describe("hostile stock and sector names", () => {
  it("appear literally on the brief page, injecting nothing", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${site.url}/briefs/${latest}/`);
      // In the prose, not only in the data tables: names must come through Markdown typography untouched.
      const prose = await page.evaluate(() => [...document.querySelectorAll("main p, main li")].map((e) => e.textContent ?? "").join("\n"));
      expect(prose).toContain(SHOWN_STOCK);
      expect(prose).toContain(SHOWN_SECTOR);
      expect(await mangled(page)).toEqual([]);
      expect(await injected(page)).toEqual([]);
      // "</svg>" in a name must not have closed a chart early: every figure still has its SVG.
      const figures = await page.locator("figure.chart").count();
      expect(await page.locator("figure.chart .chart-svg svg").count()).toBe(figures);
    } finally {
      await page.close();
    }
  });

  it("inject nothing and change nothing on any page: front page, archive, keyword and data pages", async () => {
    const pages = (await filesIn(dist, ".html")).map((f) => `/${f.replace(/(^|\/)index\.html$/, "$1")}`);
    expect(pages.length).toBeGreaterThan(5);
    const page = await browser.newPage();
    const problems: string[] = [];
    let mentioning = 0;
    try {
      for (const path of pages) {
        await page.goto(`${site.url}${path}`);
        const {title, text} = await page.evaluate(() => ({title: document.title, text: document.body.textContent ?? ""}));
        if (/\{[xy]\}/.test(text)) mentioning += 1;
        for (const m of await mangled(page)) problems.push(`${path}: changed: ${m}`);
        for (const i of await injected(page)) problems.push(`${path}: injected: ${i}`);
        if (title.includes("{x}") && !title.includes(SHOWN_STOCK)) problems.push(`${path}: <title> ${title}`);
        if (title.includes("{y}") && !title.includes(SHOWN_SECTOR)) problems.push(`${path}: <title> ${title}`);
      }
    } finally {
      await page.close();
    }
    expect(problems).toEqual([]);
    // The brief, its data page, the front page and the sector's keyword page at least.
    expect(mentioning).toBeGreaterThanOrEqual(3);
  });

  it("stay text inside the static chart SVGs, which remain well-formed XML", async () => {
    const html = await readFile(join(dist, "briefs", latest, "index.html"), "utf8");
    const svgs = [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]).filter((s) => s.includes('role="img"'));
    expect(svgs.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    try {
      const result = await page.evaluate((sources) => {
        const texts: string[] = [];
        const errors: string[] = [];
        for (const source of sources) {
          const doc = new DOMParser().parseFromString(source, "image/svg+xml");
          const error = doc.querySelector("parsererror");
          if (error) errors.push(error.textContent ?? "parsererror");
          texts.push(...[...doc.querySelectorAll("text")].map((t) => t.textContent ?? ""));
        }
        return {texts, errors};
      }, svgs);
      expect(result.errors).toEqual([]);
      // Axis labels may be cut short with an ellipsis (labelLimit), so look for the start of each name.
      const start = (name: string) => name.slice(0, 12);
      expect(result.texts.some((t) => t.startsWith(start(SHOWN_STOCK))), `a chart label starting ${start(SHOWN_STOCK)}`).toBe(true);
      expect(result.texts.some((t) => t.startsWith(start(SHOWN_SECTOR))), `a chart label starting ${start(SHOWN_SECTOR)}`).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("arrive literally in the RSS feed, after XML and HTML parsing", async () => {
    const {stdout} = await run(PYTHON, [FEED_SCRIPT, join(dist, "rss.xml")], {maxBuffer: 256 * 1024 * 1024});
    const [feed] = JSON.parse(stdout) as {bozo: number; bozo_exception: string; entries: {link: string; content: string[]}[]}[];
    expect(feed?.bozo, feed?.bozo_exception).toBe(0);
    const item = feed?.entries.find((e) => e.link.endsWith(`/briefs/${latest}/`));
    const content = item?.content[0] ?? "";
    const page = await browser.newPage();
    try {
      await page.setContent(`<!doctype html><html lang="en"><body>${content}</body></html>`);
      const text = await page.evaluate(() => document.body.textContent ?? "");
      expect(text).toContain(SHOWN_STOCK);
      expect(text).toContain(SHOWN_SECTOR);
      expect(await mangled(page)).toEqual([]);
      expect(await injected(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
