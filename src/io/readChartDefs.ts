import {readdir, readFile} from "node:fs/promises";
import type {ChartDef} from "../compose/types.ts";
import {briefPaths, type Edition} from "./briefFiles.ts";

/**
 * The chart definitions written beside a brief (content/briefs/DATE.charts.json, or
 * content/briefs/zh/DATE.charts.json for the Chinese edition); [] when there are none.
 */
export async function readChartDefs(contentDir: string, date: string, edition: Edition = "en"): Promise<ChartDef[]> {
  let text: string;
  try {
    text = await readFile(briefPaths(contentDir, date, edition).charts, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return JSON.parse(text) as ChartDef[];
}

/** Dates that have chart definitions in the content folder for an edition, ascending. */
export async function chartDates(contentDir: string, edition: Edition = "en"): Promise<string[]> {
  const names = await readdir(briefPaths(contentDir, "0000-00-00", edition).dir).catch(() => [] as string[]);
  return names.filter((n) => /^\d{4}-\d{2}-\d{2}\.charts\.json$/.test(n)).map((n) => n.slice(0, 10)).sort();
}
