import type {ChartDef} from "../compose/types.ts";

export type {ChartDef};
import {readChartDefs} from "../io/readChartDefs.ts";
import {CONTENT_DIR} from "./contentDir.ts";

/** Chart ids begin with their brief's date: "2025-06-24-indices". */
export const chartDate = (id: string): string => id.slice(0, 10);

const byDate = new Map<string, Promise<ChartDef[]>>();

/** The charts of one day, read once per build. */
export function chartsOf(date: string): Promise<ChartDef[]> {
  let defs = byDate.get(date);
  if (!defs) {
    defs = readChartDefs(CONTENT_DIR, date);
    byDate.set(date, defs);
  }
  return defs;
}

/** A chart by id, or null when no brief defines it. */
export async function findChart(id: string): Promise<ChartDef | null> {
  if (!/^\d{4}-\d{2}-\d{2}-/.test(id)) return null;
  return (await chartsOf(chartDate(id))).find((c) => c.id === id) ?? null;
}

