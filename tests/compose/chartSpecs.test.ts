import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {Ajv} from "ajv";
import * as vega from "vega";
import * as vegaLite from "vega-lite";
import {createEffects} from "../../src/io/index.ts";
import {computeFacts} from "../../src/analytics/index.ts";
import {composeBrief, type Lang} from "../../src/compose/index.ts";
import {CHART_WIDTH, MIN_SCREEN_FONT_PX, NARROWEST_COLUMN} from "../../src/compose/charts/theme.ts";

const {loadDay} = createEffects();

/** A spec rendered to SVG by Vega, headless, with the warnings Vega logged on the way. */
async function renderSvg(spec: unknown): Promise<{svg: string; warnings: string[]}> {
  const warnings: string[] = [];
  const logger = {...vega.logger(vega.Warn), warn: (...args: unknown[]) => (warnings.push(args.join(" ")), logger)};
  const view = new vega.View(vega.parse(vegaLite.compile(spec as never).spec), {renderer: "none", logger: logger as never});
  const svg = await view.toSVG();
  view.finalize();
  return {svg, warnings};
}


// The schema Vega-Lite itself publishes, for the version we render with.
const schema = JSON.parse(readFileSync("node_modules/vega-lite/build/vega-lite-schema.json", "utf8"));
const validate = new Ajv({strict: false, allErrors: true, validateFormats: false}).compile(schema);

async function goldenCharts(lang: Lang = "en") {
  const loaded = await loadDay("tests/golden/small/data", "2025-06-24");
  if (!loaded.ok) throw new Error("golden snapshot does not load");
  return composeBrief(computeFacts(loaded.value).facts, lang).charts;
}

/** The sample's solid-state battery day: Chinese names, and every chart including month-to-date. */
async function sampleCharts(lang: Lang, date = "2025-06-24") {
  const loaded = await loadDay("data", date);
  if (!loaded.ok) throw new Error("sample day does not load");
  return composeBrief(computeFacts(loaded.value).facts, lang).charts;
}

describe("the day's chart specs", () => {
  it("are valid Vega-Lite by the published JSON schema", async () => {
    const charts = await goldenCharts();
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const chart of charts) {
      const ok = validate(chart.spec);
      expect(ok, `${chart.id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it("render to SVG without Vega warnings, with a title, description and data table", async () => {
    for (const chart of await goldenCharts()) {
      const {svg, warnings} = await renderSvg(chart.spec);
      expect(svg.startsWith("<svg")).toBe(true);
      expect(warnings, chart.id).toEqual([]);
      expect(chart.title.length).toBeGreaterThan(5);
      expect(chart.description).toMatch(/^[A-Z].*\.$/);
      expect(chart.table.rows.length).toBeGreaterThan(0);
      for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
    }
  });

  it("label the ladder's bars with each streak's gain as the data table prints it", async () => {
    const ladder = (await goldenCharts()).find((c) => c.id.endsWith("-ladder"));
    if (!ladder) throw new Error("the golden day has no ladder chart");
    const view = new vega.View(vega.parse(vegaLite.compile(ladder.spec as never).spec), {renderer: "none"});
    const svg = await view.toSVG();
    view.finalize();
    const labels = [...svg.matchAll(/>([+-]\d+\.\d\d%)</g)].map((m) => m[1]).sort();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels).toEqual(ladder.table.rows.map((row) => row[3]).sort());
  });
});

describe("the Chinese edition's chart specs", () => {
  it("have the English edition's ids, one for one", async () => {
    expect((await sampleCharts("zh-CN")).map((c) => c.id)).toEqual((await sampleCharts("en")).map((c) => c.id));
    expect((await goldenCharts("zh-CN")).map((c) => c.id)).toEqual((await goldenCharts("en")).map((c) => c.id));
  });

  it("are valid Vega-Lite and render to SVG without warnings, with Chinese words throughout", async () => {
    const charts = await sampleCharts("zh-CN");
    expect(charts.map((c) => c.id.slice(11))).toEqual(["index-candles", "breadth", "mood", "ladder", "sectors", "spotlight", "month-to-date"]);
    for (const chart of charts) {
      expect(validate(chart.spec), `${chart.id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      const {svg, warnings} = await renderSvg(chart.spec);
      expect(svg.startsWith("<svg")).toBe(true);
      expect(warnings, chart.id).toEqual([]);
      // Title, text alternative and table headers are Chinese; the description is a sentence ending in 。
      for (const words of [chart.title, chart.description, ...chart.table.columns]) expect(words, chart.id).toMatch(/[\u4e00-\u9fff]/);
      expect(chart.description, chart.id).toMatch(/。$/);
      expect(chart.description, chart.id).not.toMatch(/[A-Za-z]{3,}/);
      for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
    }
  });

  it("title the axes in Chinese", async () => {
    const titles: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        for (const [k, x] of Object.entries(v)) {
          if (k === "title" && typeof x === "string") titles.push(x);
          else walk(x);
        }
      }
    };
    for (const chart of await sampleCharts("zh-CN")) walk(chart.spec);
    expect(titles.length).toBeGreaterThan(5);
    for (const t of titles) expect(t).toMatch(/[\u4e00-\u9fff]/);
  });
});

/** Every word a chart shows or says: title, text alternative, table headers, axis titles and text in the spec. */
function chartWordsOf(chart: {title: string; description: string; spec: unknown; table: {columns: string[]}}): string[] {
  const words = [chart.title, chart.description, ...chart.table.columns];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if ((k === "title" || k === "text") && typeof x === "string") words.push(x);
        else if (k !== "values") walk(x);
      }
    }
  };
  walk(chart.spec);
  return words;
}

// Issue 15: the midday sample's candlesticks were "Daily candlesticks" and its tables said "Close today".
describe("a midday brief's chart words", () => {
  const CLOSING = {en: /\bclos(e|es|ed|ing)\b|\bdaily\b/i, "zh-CN": /收盘|(?<!交易)日K线/} as const;

  for (const lang of ["en", "zh-CN"] as const) {
    it(`speak of the morning session, with no closing words (${lang})`, async () => {
      const midday = await sampleCharts(lang, "2025-06-25");
      expect(midday.length).toBeGreaterThanOrEqual(5);
      const closing = midday.flatMap((c) => chartWordsOf(c).filter((w) => CLOSING[lang].test(w)).map((w) => `${c.id}: ${w}`));
      expect(closing).toEqual([]);
      const morning = lang === "en" ? /midday|morning/ : /午间|上午/;
      for (const chart of midday.filter((c) => !c.id.endsWith("-ladder"))) expect(`${chart.description} ${chart.table.columns.join(" ")}`, chart.id).toMatch(morning);
    });
  }

  it("while a closing brief's charts keep the close's words", async () => {
    const words = (await sampleCharts("en")).flatMap(chartWordsOf);
    expect(words.some((w) => CLOSING.en.test(w))).toBe(true);
    const zh = (await sampleCharts("zh-CN")).flatMap(chartWordsOf);
    expect(zh.some((w) => CLOSING["zh-CN"].test(w))).toBe(true);
  });
});

// Issue 15: at 390 px every chart scrolled sideways and ladder labels were drawn at 5–7 px.
describe("every chart on a phone", () => {
  it("is one fixed width, axes included (stacked panels: at most that width), with no text smaller than 9 px once scaled to a 360 px screen", async () => {
    for (const lang of ["en", "zh-CN"] as const) {
      for (const chart of [...(await sampleCharts(lang)), ...(await sampleCharts(lang, "2025-06-25"))]) {
        const spec = chart.spec as {width: number; autosize: {type: string; contains: string}; vconcat?: unknown};
        const {svg} = await renderSvg(chart.spec);
        const width = Number(/^<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
        if (spec.vconcat === undefined) {
          expect(spec.width, chart.id).toBe(CHART_WIDTH);
          expect(spec.autosize, chart.id).toEqual({type: "fit-x", contains: "padding"});
          expect(width, chart.id).toBe(CHART_WIDTH);
        } else {
          // Vega-Lite cannot fit stacked panels to a width: they leave room for their axes instead.
          expect(width, chart.id).toBeLessThanOrEqual(CHART_WIDTH);
          expect(width, chart.id).toBeGreaterThan(CHART_WIDTH - 40);
        }
        const sizes = [...svg.matchAll(/font-size="(\d+(?:\.\d+)?)px"|font-size:\s*(\d+(?:\.\d+)?)px/g)].map((m) => Number(m[1] ?? m[2]));
        expect(sizes.length, chart.id).toBeGreaterThan(0);
        // 13 px × 328 / 440 = 9.7 px: the chart scaled to a 360 px phone's column.
        for (const size of sizes) expect((size * NARROWEST_COLUMN) / CHART_WIDTH, chart.id).toBeGreaterThanOrEqual(MIN_SCREEN_FONT_PX);
        expect(svg, chart.id).not.toContain("…");
      }
    }
  });
});
