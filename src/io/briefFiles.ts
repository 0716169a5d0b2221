import {mkdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import matter from "gray-matter";
import {writeFileAtomic} from "./writeAtomic.ts";

/** Where a day's generated files live: content/briefs/DATE.{mdx,facts.json,charts.json}. */
export function briefPaths(contentDir: string, date: string) {
  const dir = join(contentDir, "briefs");
  return {
    dir,
    mdx: join(dir, `${date}.mdx`),
    facts: join(dir, `${date}.facts.json`),
    charts: join(dir, `${date}.charts.json`),
  };
}

/** The provenance recorded in an existing brief's front matter, or null when there is no brief. */
export async function readProvenance(contentDir: string, date: string): Promise<{generator: string; inputHash: string} | null> {
  let text: string;
  try {
    text = await readFile(briefPaths(contentDir, date).mdx, "utf8");
  } catch {
    return null;
  }
  const data = matter(text).data as Record<string, unknown>;
  return {generator: String(data.generator ?? ""), inputHash: String(data.inputHash ?? "")};
}

/**
 * Writes a day's three files, each atomically. The MDX goes last: it carries the input hash,
 * so a run interrupted before it leaves the day stale and the next run regenerates it.
 */
export async function writeBriefFiles(contentDir: string, date: string, files: {mdx: string; facts: string; charts: string}): Promise<void> {
  const paths = briefPaths(contentDir, date);
  await mkdir(paths.dir, {recursive: true});
  await writeFileAtomic(paths.facts, files.facts);
  await writeFileAtomic(paths.charts, files.charts);
  await writeFileAtomic(paths.mdx, files.mdx);
}

/** The facts JSON of a day, as written. */
export async function readFactsText(contentDir: string, date: string): Promise<string> {
  return readFile(briefPaths(contentDir, date).facts, "utf8");
}
