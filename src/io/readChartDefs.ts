import {readFile} from "node:fs/promises";
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
