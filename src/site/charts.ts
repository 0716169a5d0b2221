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
