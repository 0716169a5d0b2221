import type {ChartDef} from "../compose/types.ts";

export type {ChartDef};
import {readChartDefs} from "../io/readChartDefs.ts";
import {CONTENT_DIR} from "./contentDir.ts";
import type {Lang} from "./lang.ts";

import {chartDate} from "../compose/chartId.ts";

const byDate = new Map<string, Promise<ChartDef[]>>();

/**
 * The charts of one day in one edition, read once per build. Both editions use the same ids
 * (the Chinese charts carry Chinese labels), so an id names a chart only together with a language.
 */
export function chartsOf(date: string, lang: Lang = "en"): Promise<ChartDef[]> {
  const key = `${lang}/${date}`;
  let defs = byDate.get(key);
  if (!defs) {
    defs = readChartDefs(CONTENT_DIR, date, lang);
    byDate.set(key, defs);
  }
  return defs;
}

/** A chart by id in an edition, or null when no brief of that edition defines it. */
export async function findChart(id: string, lang: Lang = "en"): Promise<ChartDef | null> {
  if (!/^\d{4}-\d{2}-\d{2}-/.test(id)) return null;
  return (await chartsOf(chartDate(id), lang)).find((c) => c.id === id) ?? null;
}
