import type {ChartDef} from "../compose/types.ts";

export type {ChartDef};
import {readChartDefs} from "../io/readChartDefs.ts";
import {CONTENT_DIR} from "./contentDir.ts";
import type {Lang} from "./lang.ts";

import {chartDate} from "../compose/chartId.ts";

/**
 * Days whose charts are kept in memory. A page reads one day's charts (a brief, its data page,
 * a feed item), so a few recent days serve a build; keeping every day would hold an archive's
 * every chart and its data (hundreds of MB at ten years) for the whole build.
 */
const DAYS_KEPT = 64;
const byDate = new Map<string, Promise<ChartDef[]>>();

/**
 * The charts of one day in one edition. Both editions use the same ids (the Chinese charts carry
 * Chinese labels), so an id names a chart only together with a language.
 */
export function chartsOf(date: string, lang: Lang = "en"): Promise<ChartDef[]> {
  const key = `${lang}/${date}`;
  let defs = byDate.get(key);
  if (defs) {
    byDate.delete(key); // most recently used last
  } else {
    defs = readChartDefs(CONTENT_DIR, date, lang);
    if (byDate.size >= DAYS_KEPT) byDate.delete(byDate.keys().next().value as string);
  }
  byDate.set(key, defs);
  return defs;
}

/** A chart by id in an edition, or null when no brief of that edition defines it. */
export async function findChart(id: string, lang: Lang = "en"): Promise<ChartDef | null> {
  if (!/^\d{4}-\d{2}-\d{2}-/.test(id)) return null;
  return (await chartsOf(chartDate(id), lang)).find((c) => c.id === id) ?? null;
}

/**
 * A chart to render: its spec, or where to find it (an edition's chart by id, read from the
 * content folder when it is rendered), so that a build of tens of thousands of charts need not
 * hold every spec while they render.
 */
export type ChartSource = {spec: Record<string, unknown>} | {lang: Lang; id: string};

/** The spec of a chart to render; an error when the content folder no longer defines it. */
export async function specOf(source: ChartSource): Promise<Record<string, unknown>> {
  if ("spec" in source) return source.spec;
  const chart = await findChart(source.id, source.lang);
  if (!chart) throw new Error(`<Chart id="${source.id}"> names no chart: no ${source.lang} brief defines a chart with that id`);
  return chart.spec;
}
