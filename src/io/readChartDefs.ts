import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import type {ChartDef} from "../compose/types.ts";

/** The chart definitions written beside a brief (content/briefs/DATE.charts.json); [] when there are none. */
export async function readChartDefs(contentDir: string, date: string): Promise<ChartDef[]> {
  let text: string;
  try {
    text = await readFile(join(contentDir, "briefs", `${date}.charts.json`), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return JSON.parse(text) as ChartDef[];
}

/** Dates that have chart definitions in the content folder, ascending. */
export async function chartDates(contentDir: string): Promise<string[]> {
  const names = await readdir(join(contentDir, "briefs")).catch(() => [] as string[]);
  return names.filter((n) => /^\d{4}-\d{2}-\d{2}\.charts\.json$/.test(n)).map((n) => n.slice(0, 10)).sort();
}
