import {mkdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import matter from "gray-matter";
import {writeFileAtomic} from "./writeAtomic.ts";

/** The editions every brief is written in: English, and Simplified Chinese under briefs/zh/. */
export const EDITIONS = ["en", "zh-CN"] as const;
export type Edition = (typeof EDITIONS)[number];

/**
 * Where a day's generated files live: content/briefs/DATE.{mdx,facts.json,charts.json} for
 * English, content/briefs/zh/DATE.{mdx,charts.json} for Chinese (the facts are one file for both).
 */
export function briefPaths(contentDir: string, date: string, edition: Edition = "en") {
  const base = join(contentDir, "briefs");
  const dir = edition === "en" ? base : join(base, "zh");
  return {
    dir,
    mdx: join(dir, `${date}.mdx`),
    facts: join(base, `${date}.facts.json`),
    charts: join(dir, `${date}.charts.json`),
  };
}

/**
 * The provenance recorded in an existing brief's front matter, or null when there is no brief
 * or an edition is missing or disagrees (then the day is regenerated whole).
 */
export async function readProvenance(contentDir: string, date: string): Promise<{generator: string; inputHash: string} | null> {
  const found: {generator: string; inputHash: string}[] = [];
  for (const edition of EDITIONS) {
    let text: string;
    try {
      text = await readFile(briefPaths(contentDir, date, edition).mdx, "utf8");
    } catch {
      return null;
    }
    const data = matter(text).data as Record<string, unknown>;
    found.push({generator: String(data.generator ?? ""), inputHash: String(data.inputHash ?? "")});
  }
  const [first] = found;
  return first && found.every((p) => p.generator === first.generator && p.inputHash === first.inputHash) ? first : null;
}

/**
 * Writes a day's files, each atomically: the facts, then each edition's charts and MDX. The
 * English MDX goes last: it carries the input hash the next run checks, so a run interrupted
 * before it leaves the day stale and the next run regenerates every file.
 */
export async function writeBriefFiles(
  contentDir: string,
  date: string,
  files: {facts: string; editions: Record<Edition, {mdx: string; charts: string}>},
): Promise<void> {
  const en = briefPaths(contentDir, date, "en");
  await mkdir(en.dir, {recursive: true});
  await writeFileAtomic(en.facts, files.facts);
  for (const edition of [...EDITIONS].reverse()) {
    const paths = briefPaths(contentDir, date, edition);
    await mkdir(paths.dir, {recursive: true});
    await writeFileAtomic(paths.charts, files.editions[edition].charts);
    await writeFileAtomic(paths.mdx, files.editions[edition].mdx);
  }
}

/** The facts JSON of a day, as written. */
export async function readFactsText(contentDir: string, date: string): Promise<string> {
  return readFile(briefPaths(contentDir, date).facts, "utf8");
}
