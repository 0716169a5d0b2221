import type {ChartDef} from "../compose/types.ts";
import {chartDates} from "../io/readChartDefs.ts";
import {chartsOf} from "./charts.ts";
import {CONTENT_DIR} from "./contentDir.ts";
import {toCsv} from "./csv.ts";
import type {PublishedFile} from "../io/publishFiles.ts";
import {chartPngPath, renderChartPng} from "./renderChart.ts";

/**
 * The files each chart publishes beside its brief: a PNG (feed readers and social cards drop
 * inline SVG), its Vega-Lite spec (fetched only to make the chart interactive) and its data as
 * CSV (open data). Three files a chart, 1,500 charts a year: written straight into the built
 * site after the build rather than as Astro routes, which cost a render pass each.
 */
export type ChartFileKind = "png" | "spec" | "csv";

const TYPES: Record<ChartFileKind, string> = {png: "image/png", spec: "application/json", csv: "text/csv; charset=utf-8"};

/** Site paths, "/briefs/DATE/charts/ID.png" and so on. */
export function chartFilePath(kind: ChartFileKind, id: string): string {
  const date = id.slice(0, 10);
  if (kind === "csv") return `/briefs/${date}/data/${id}.csv`;
  return `/briefs/${date}/charts/${id}.${kind === "png" ? "png" : "vl.json"}`;
}

const PATH = /^\/briefs\/(\d{4}-\d{2}-\d{2})\/(?:charts\/(\1-[a-z0-9-]+)\.(png|vl\.json)|data\/(\1-[a-z0-9-]+)\.csv)$/;

/** Which chart file a site path names, if any. */
export function parseChartFilePath(path: string): {kind: ChartFileKind; id: string} | null {
  const m = PATH.exec(path);
  if (!m) return null;
  if (m[4]) return {kind: "csv", id: m[4]};
  return {kind: m[3] === "png" ? "png" : "spec", id: m[2] as string};
}

export async function chartFileBody(kind: ChartFileKind, chart: ChartDef): Promise<{type: string; data: string | Uint8Array}> {
  const data =
    kind === "png" ? await renderChartPng(chart.spec) : kind === "spec" ? JSON.stringify(chart.spec) : toCsv(chart.table.columns, chart.table.rows);
  return {type: TYPES[kind], data};
}

/** Every chart file of every brief in the content folder; PNGs are copied from the chart cache. */
export async function* allChartFiles(): AsyncGenerator<PublishedFile> {
  for (const date of await chartDates(CONTENT_DIR)) {
    for (const chart of await chartsOf(date)) {
      yield {path: chartFilePath("png", chart.id).slice(1), copyFrom: await chartPngPath(chart.spec)};
      for (const kind of ["spec", "csv"] as const) {
        yield {path: chartFilePath(kind, chart.id).slice(1), data: (await chartFileBody(kind, chart)).data};
      }
    }
  }
}
