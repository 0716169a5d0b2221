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
 * first column (names) on at most two lines.
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
  // An article table's first column (names) on at most two lines. (A chart's data table, behind
  // its "Data behind the chart", scrolls sideways in its own box: six columns of figures.)
  for (const cell of document.querySelectorAll<HTMLElement>("article table tbody td:first-child")) {
    if (cell.closest("details")) continue;
    const lineHeight = parseFloat(getComputedStyle(cell).lineHeight);
    const style = getComputedStyle(cell);
    const inner = cell.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    if (cell.offsetParent !== null && inner > 2.5 * lineHeight) problems.push(`table cell "${cell.textContent}" on ${Math.round(inner / lineHeight)} lines`);
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
