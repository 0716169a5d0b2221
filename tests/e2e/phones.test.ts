import {readFile} from "node:fs/promises";
import {join} from "node:path";
import type {Browser, BrowserContext} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchChromium} from "../support/browser.ts";
import {DIST, filesIn} from "../support/distFiles.ts";
import {serveDist} from "../../src/io/serveDist.ts";

/**
 * Every brief page of both editions on a phone (issue 15: at 390 px no chart fitted, ladder
 * labels rendered at 5–7 px and names were cut with "…"). Measured in Chromium as a reader sees
 * the page without JavaScript (the static SVG every reader gets first): nothing wider than the
 * screen, every chart inside it, every word of every chart at 9 CSS px or more after the SVG has
 * been scaled to the screen, no chart text cut or running off its picture, and the article tables'
 * first column (names) on at most two lines (three in a four-column table).
 */
const WIDTHS = [390, 360];
const MIN_TEXT_PX = 9;

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
let pages: string[];

beforeAll(async () => {
  site = await serveDist(DIST);
  browser = await launchChromium();
  // Each brief page of each edition: /briefs/DATE/ and /zh/briefs/DATE/ (and a midday page beside the close, where there is one).
  pages = (await filesIn(DIST, "index.html"))
    .filter((f) => /^(zh\/)?briefs\/\d{4}-\d{2}-\d{2}\/(midday\/)?index\.html$/.test(f))
    .map((f) => `/${f.replace(/index\.html$/, "")}`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What one page breaks on a screen of its width (empty when it reads well), its charts that fit and its smallest chart text. */
function measurePage(minTextPx: number): {problems: string[]; charts: number; fitting: number; smallestPx: number} {
  const problems: string[] = [];
  let fitting = 0;
  let smallestPx = Infinity;
  const width = window.innerWidth;
  const scroller = document.scrollingElement as Element;
  if (scroller.scrollWidth > width) problems.push(`page is ${scroller.scrollWidth} px wide on a ${width} px screen`);
  const charts = [...document.querySelectorAll<HTMLElement>("figure.chart")];
  charts.forEach((figure) => {
    const name = figure.id;
    const before = problems.length;
    const svg = figure.querySelector<SVGSVGElement>(".chart-svg svg");
    if (!svg) return void problems.push(`${name}: no SVG`);
    const box = svg.getBoundingClientRect();
    if (box.left < 0 || box.right > width + 0.5) problems.push(`${name}: chart spans ${Math.round(box.left)}–${Math.round(box.right)} px on a ${width} px screen`);
    const holder = figure.querySelector<HTMLElement>(".chart-svg");
    if (holder && holder.scrollWidth > holder.clientWidth + 1) problems.push(`${name}: chart scrolls sideways (${holder.scrollWidth} > ${holder.clientWidth} px)`);
    for (const text of svg.querySelectorAll<SVGTextElement>("text")) {
      const label = text.textContent?.trim() ?? "";
      if (!label) continue;
      // The font size the reader sees: the CSS size in the SVG's units times the SVG's scale on screen.
      const ctm = text.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      const px = parseFloat(getComputedStyle(text).fontSize) * scale;
      smallestPx = Math.min(smallestPx, px);
      if (px < minTextPx) problems.push(`${name}: "${label}" at ${px.toFixed(1)} px`);
      if (label.endsWith("…")) problems.push(`${name}: "${label}" is cut`);
      const r = text.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        problems.push(`${name}: "${label}" runs off the chart (${Math.round(r.left)}–${Math.round(r.right)} px of ${Math.round(box.left)}–${Math.round(box.right)})`);
      }
    }
    if (problems.length === before) fitting += 1;
  });
  // An article table's first column (names) on at most two lines; three in a table of four
  // columns (the last limit-up table, whose theme column takes its share of a 360 px screen).
  // (A chart's data table, behind its "Data behind the chart", scrolls sideways in its own box.)
  for (const cell of document.querySelectorAll<HTMLElement>("article table tbody td:first-child")) {
    if (cell.closest("details")) continue;
    const lineHeight = parseFloat(getComputedStyle(cell).lineHeight);
    const style = getComputedStyle(cell);
    const inner = cell.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const lines = (cell.parentElement?.children.length ?? 0) >= 4 ? 3 : 2;
    if (cell.offsetParent !== null && inner > (lines + 0.5) * lineHeight) problems.push(`table cell "${cell.textContent}" on ${Math.round(inner / lineHeight)} lines`);
  }
  return {problems, charts: charts.length, fitting, smallestPx};
}

describe.each(WIDTHS)("brief pages at %i px, without JavaScript", (width) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({viewport: {width, height: 800}, javaScriptEnabled: false});
  });
  afterAll(() => context?.close());

  it("fit the screen, every chart inside it with its text at 9 px or more, none cut", async () => {
    expect(pages.filter((p) => p.startsWith("/briefs/")).length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.startsWith("/zh/")).length).toBeGreaterThan(0);
    const page = await context.newPage();
    const problems: string[] = [];
    let charts = 0;
    let fitting = 0;
    let smallestPx = Infinity;
    for (const path of pages) {
      await page.goto(`${site.url}${path}`);
      const m = await page.evaluate(measurePage, MIN_TEXT_PX);
      for (const p of m.problems) problems.push(`${path} ${p}`);
      charts += m.charts;
      fitting += m.fitting;
      smallestPx = Math.min(smallestPx, m.smallestPx);
    }
    await page.close();
    expect(charts).toBeGreaterThan(pages.length);
    const summary = `${width} px: ${fitting} of ${charts} charts on ${pages.length} pages fit, smallest chart text ${smallestPx.toFixed(1)} px; ${problems.length} problems`;
    console.log(summary);
    expect(problems.slice(0, 40), summary).toEqual([]);
  });
});

describe("the interactive charts at 390 px", () => {
  it("fit as the static ones do, once vega-embed has swapped them in (latest brief, both editions)", async () => {
    const context = await browser.newContext({viewport: {width: 390, height: 800}});
    const page = await context.newPage();
    const latest = pages.filter((p) => p.startsWith("/briefs/")).at(-1) as string;
    for (const path of [latest, `/zh${latest}`]) {
      await page.goto(`${site.url}${path}`, {waitUntil: "networkidle"});
      const figures = page.locator("figure.chart");
      const count = await figures.count();
      // Each chart is enhanced once it scrolls into view and the browser is idle.
      for (let i = 0; i < count; i++) await figures.nth(i).scrollIntoViewIfNeeded();
      await page.waitForFunction((n) => document.querySelectorAll("figure.chart .chart-live svg").length >= n, count, {timeout: 30_000});
      const m = await page.evaluate(measurePage, MIN_TEXT_PX);
      expect(m.charts, path).toBe(count);
      expect(m.problems, path).toEqual([]);
    }
    await context.close();
  });
});

// Issue 15: on a phone the other days were only at the very end of a long brief, as bare dates.
describe("a brief page's way to the other days", () => {
  it("names the previous and next briefs by headline above the brief and again below it", async () => {
    for (const path of pages) {
      const html = await readFile(join(DIST, path, "index.html"), "utf8");
      const article = html.indexOf("<article");
      const pagers = [...html.matchAll(/<nav class="pager[^"]*"[^>]*>([\s\S]*?)<\/nav>/g)];
      expect(pagers.length, path).toBe(2);
      const [top, bottom] = pagers as [RegExpExecArray, RegExpExecArray];
      expect(top.index, path).toBeLessThan(article);
      expect(bottom.index, path).toBeGreaterThan(article);
      expect(top[1], path).toBe(bottom[1]);
      // Every link in the pager carries the other brief's headline, as that brief's page has it in its <h1>.
      for (const [, href, title] of String(top[1]).matchAll(/href="([^"]+)"[\s\S]*?<span class="pager-title">([^<]+)<\/span>/g)) {
        const other = await readFile(join(DIST, href as string, "index.html"), "utf8");
        expect(/<h1 class="headline"[^>]*>([^<]+)<\/h1>/.exec(other)?.[1], `${path} → ${href}`).toBe(title);
      }
    }
  });
});

// Issue 15: "24 June 2025" above the brief, "June 24, 2025" in it, "2025-06-24" in lists.
describe("dates on the site", () => {
  it("are written one way per language on brief pages, the front page and the archive", async () => {
    const monthPages = (await filesIn(DIST, "index.html")).filter((f) => /^(zh\/)?archive\/\d{4}-\d{2}\/index\.html$/.test(f)).map((f) => `/${f.replace(/index\.html$/, "")}`);
    expect(monthPages.length).toBeGreaterThan(1);
    for (const path of [...pages, "/", "/zh/", ...monthPages]) {
      const html = await readFile(join(DIST, path, "index.html"), "utf8");
      // The text a reader sees: no markup, no scripts, no attribute values (datetime="2025-06-24" is for machines).
      const text = html.replace(/<script[\s\S]*?<\/script>|<svg[\s\S]*?<\/svg>|<details[\s\S]*?<\/details>|<[^>]*>/g, " ");
      if (path.startsWith("/zh/")) {
        expect(text, path).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
        expect(text, path).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      } else {
        expect(text, path).toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/);
        expect(text, path).not.toMatch(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/);
        expect(text, path).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      }
    }
  });
});
