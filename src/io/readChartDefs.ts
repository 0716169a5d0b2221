import {readdir, readFile} from "node:fs/promises";
import type {ChartDef} from "../compose/types.ts";
import {briefPaths, type BriefSession, type Edition} from "./briefFiles.ts";

/**
 * The chart definitions written beside one brief (content/briefs/STEM.charts.json, or
 * content/briefs/zh/STEM.charts.json for the Chinese edition); [] when there are none.
 */
export async function readBriefChartDefs(contentDir: string, date: string, edition: Edition = "en", session: BriefSession = "close"): Promise<ChartDef[]> {
  let text: string;
  try {
    text = await readFile(briefPaths(contentDir, date, edition, session).charts, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return JSON.parse(text) as ChartDef[];
}

/**
 * Every chart of a date in an edition: the close's, then the midday brief's (whose ids carry
 * "-midday-", so the two never share an id); [] when there are none.
 */
export async function readChartDefs(contentDir: string, date: string, edition: Edition = "en"): Promise<ChartDef[]> {
  const [close, midday] = await Promise.all([readBriefChartDefs(contentDir, date, edition), readBriefChartDefs(contentDir, date, edition, "midday")]);
  return [...close, ...midday];
}

/** Dates that have chart definitions (of either session) in the content folder for an edition, ascending. */
export async function chartDates(contentDir: string, edition: Edition = "en"): Promise<string[]> {
  const names = await readdir(briefPaths(contentDir, "0000-00-00", edition).dir).catch(() => [] as string[]);
  return [...new Set(names.filter((n) => /^\d{4}-\d{2}-\d{2}(\.midday)?\.charts\.json$/.test(n)).map((n) => n.slice(0, 10)))].sort();
}
