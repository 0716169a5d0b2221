import type {ChartDef} from "../compose/types.ts";
import {chartDates} from "../io/readChartDefs.ts";
import {chartsOf} from "./charts.ts";
import {CONTENT_DIR} from "./contentDir.ts";
import {toCsv} from "./csv.ts";
import type {PublishedFile} from "../io/publishFiles.ts";
import {chartPngPath, renderChartPng} from "./renderChart.ts";
import {langPrefix, LANGS, type Lang} from "./lang.ts";
import {chartDate} from "../compose/chartId.ts";
import {FEED_ITEMS} from "./feedItems.ts";
import {makesLists, rendersDate} from "./sitePart.ts";

/**
 * The files each chart publishes beside its brief: a PNG (feed readers and social cards drop
 * inline SVG), its Vega-Lite spec (fetched only to make the chart interactive) and its data as
 * CSV (open data). Three files a chart, 1,500 charts a year per edition: written straight into
 * the built site after the build rather than as Astro routes, which cost a render pass each.
 */
export type ChartFileKind = "png" | "spec" | "csv";

const TYPES: Record<ChartFileKind, string> = {png: "image/png", spec: "application/json", csv: "text/csv; charset=utf-8"};

/**
 * The charts this process has named as PNG images ("lang/id"): a brief's social card, a feed's
 * items. Every PNG link the site prints is made by chartFilePath, so the build publishes (and
 * renders, ~70 ms each) exactly these PNGs and no other. Kept on globalThis: the pages render
 * from Vite's bundle, which has its own copy of this module, in the process whose integration
 * hook then publishes the files.
 */
const NAMED_PNGS: Set<string> = ((globalThis as {[k: symbol]: Set<string> | undefined})[Symbol.for("market-brief.named-pngs")] ??= new Set());

/** The charts named as PNG so far in this process, as "lang/id". */
export const namedPngs = (): ReadonlySet<string> => NAMED_PNGS;

/**
 * Site paths beside the brief of the chart's edition: "/briefs/DATE/charts/ID.png" in English,
 * "/zh/briefs/DATE/charts/ID.png" in Chinese (same ids, Chinese labels), and so on. Naming a
 * PNG marks it for publishing.
 */
export function chartFilePath(kind: ChartFileKind, id: string, lang: Lang = "en"): string {
  if (kind === "png") NAMED_PNGS.add(`${lang}/${id}`);
  const date = chartDate(id);
  const base = `${langPrefix(lang)}/briefs/${date}`;
  if (kind === "csv") return `${base}/data/${id}.csv`;
  return `${base}/charts/${id}.${kind === "png" ? "png" : "vl.json"}`;
}

const PATH = /^(\/zh)?\/briefs\/(\d{4}-\d{2}-\d{2})\/(?:charts\/(\2-[a-z0-9-]+)\.(png|vl\.json)|data\/(\2-[a-z0-9-]+)\.csv)$/;

/** Which chart file a site path names, if any. */
export function parseChartFilePath(path: string): {kind: ChartFileKind; id: string; lang: Lang} | null {
  const m = PATH.exec(path);
  if (!m) return null;
  const lang: Lang = m[1] ? "zh-CN" : "en";
  if (m[5]) return {kind: "csv", id: m[5], lang};
  return {kind: m[4] === "png" ? "png" : "spec", id: m[3] as string, lang};
}

export async function chartFileBody(kind: ChartFileKind, chart: ChartDef): Promise<{type: string; data: string | Uint8Array}> {
  const data =
    kind === "png" ? await renderChartPng(chart.spec) : kind === "spec" ? JSON.stringify(chart.spec) : toCsv(chart.table.columns, chart.table.rows);
  return {type: TYPES[kind], data};
}

/**
 * The charts a build will publish as PNG ("lang/id"), told from one edition's chart ids (by date)
 * alone, so that they can be made beside the pages: each brief's lead chart (its page's
 * social card) and every chart of the edition's newest FEED_ITEMS briefs (the feeds carry those
 * in full). What the pages name (namedPngs) is what gets published; this is a forecast, and a
 * PNG it misses is made after the pages. A site part without the lists has no feeds.
 */
export function foreseenPngs(lang: Lang, byDate: ReadonlyMap<string, readonly string[]>, feeds: boolean = makesLists()): Set<string> {
  const out = new Set<string>();
  // Newest first, a date's close before its midday brief, as the feeds list them.
  const briefs = [...byDate.keys()]
    .sort()
    .reverse()
    .flatMap((date) => {
      const charts = byDate.get(date) ?? [];
      const midday = charts.filter((id) => id.includes("-midday-"));
      return [charts.filter((id) => !midday.includes(id)), midday].filter((b) => b.length > 0);
    });
  for (const [i, charts] of briefs.entries()) {
    for (const id of feeds && i < FEED_ITEMS ? charts : charts.slice(0, 1)) out.add(`${lang}/${id}`);
  }
  return out;
}

/** Every chart of every brief this build renders (all, or its site part's), both editions, with its edition. */
export async function* allCharts(): AsyncGenerator<{lang: Lang; chart: ChartDef}> {
  for (const lang of LANGS) {
    for (const date of (await chartDates(CONTENT_DIR, lang)).filter(rendersDate)) {
      for (const chart of await chartsOf(date, lang)) yield {lang, chart};
    }
  }
}

/**
 * Every chart's spec and CSV, both editions, and the PNGs of the charts in `pngs` ("lang/id",
 * those the site names as images), copied from the chart cache (keyed by the spec, so an
 * edition's chart is rendered once however often it is published).
 */
export async function* allChartFiles(pngs: ReadonlySet<string>): AsyncGenerator<PublishedFile> {
  for await (const {lang, chart} of allCharts()) {
    if (pngs.has(`${lang}/${chart.id}`)) yield {path: chartFilePath("png", chart.id, lang).slice(1), copyFrom: await chartPngPath(chart.spec)};
    for (const kind of ["spec", "csv"] as const) {
      yield {path: chartFilePath(kind, chart.id, lang).slice(1), data: (await chartFileBody(kind, chart)).data};
    }
  }
}
