import {mkdir, readFile, rm} from "node:fs/promises";
import {join} from "node:path";
import matter from "gray-matter";
import {writeFileAtomic} from "./writeAtomic.ts";

/** The editions every brief is written in: English, and Simplified Chinese under briefs/zh/. */
export const EDITIONS = ["en", "zh-CN"] as const;
export type Edition = (typeof EDITIONS)[number];

/** The session a brief reports: the close, or the midday break (a brief of its own, never overwritten by the close). */
export type BriefSession = "close" | "midday";

/**
 * The stem of a brief's files: "2025-06-25" for the close, "2025-06-25.midday" for the midday
 * brief of the same date, so the two never share a file.
 */
export const briefStem = (date: string, session: BriefSession = "close"): string => (session === "midday" ? `${date}.midday` : date);

/**
 * Where a brief's generated files live: content/briefs/STEM.{mdx,facts.json,charts.json} for
 * English, content/briefs/zh/STEM.{mdx,charts.json} for Chinese (the facts are one file for
 * both), STEM being briefStem(date, session).
 */
export function briefPaths(contentDir: string, date: string, edition: Edition = "en", session: BriefSession = "close") {
  const base = join(contentDir, "briefs");
  const dir = edition === "en" ? base : join(base, "zh");
  const stem = briefStem(date, session);
  return {
    dir,
    mdx: join(dir, `${stem}.mdx`),
    facts: join(base, `${stem}.facts.json`),
    charts: join(dir, `${stem}.charts.json`),
  };
}

/** The front matter of an existing brief, or null when there is none. */
async function frontMatter(path: string): Promise<Record<string, unknown> | null> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return null;
  }
  return matter(text).data as Record<string, unknown>;
}

/**
 * The provenance recorded in an existing brief's front matter, or null when there is no brief
 * or an edition is missing or disagrees (then the brief is regenerated whole).
 */
export async function readProvenance(contentDir: string, date: string, session: BriefSession = "close"): Promise<{generator: string; inputHash: string} | null> {
  const found: {generator: string; inputHash: string}[] = [];
  for (const edition of EDITIONS) {
    const data = await frontMatter(briefPaths(contentDir, date, edition, session).mdx);
    if (data === null) return null;
    found.push({generator: String(data.generator ?? ""), inputHash: String(data.inputHash ?? "")});
  }
  const [first] = found;
  return first && found.every((p) => p.generator === first.generator && p.inputHash === first.inputHash) ? first : null;
}

/**
 * Writes a brief's files, each atomically: the facts, then each edition's charts and MDX. The
 * English MDX goes last: it carries the input hash the next run checks, so a run interrupted
 * before it leaves the brief stale and the next run regenerates every file.
 *
 * A midday brief written by an earlier version under the close's names (DATE.mdx with
 * `session: midday`) is removed once its own files are in place: it is the same brief, and
 * left there it would be published twice and later overwritten by the close.
 */
export async function writeBriefFiles(
  contentDir: string,
  date: string,
  files: {facts: string; editions: Record<Edition, {mdx: string; charts: string}>},
  session: BriefSession = "close",
): Promise<void> {
  const en = briefPaths(contentDir, date, "en", session);
  await mkdir(en.dir, {recursive: true});
  await writeFileAtomic(en.facts, files.facts);
  for (const edition of [...EDITIONS].reverse()) {
    const paths = briefPaths(contentDir, date, edition, session);
    await mkdir(paths.dir, {recursive: true});
    await writeFileAtomic(paths.charts, files.editions[edition].charts);
    await writeFileAtomic(paths.mdx, files.editions[edition].mdx);
  }
  if (session === "midday") await removeOldLayoutMidday(contentDir, date);
}

async function removeOldLayoutMidday(contentDir: string, date: string): Promise<void> {
  const en = briefPaths(contentDir, date, "en", "close");
  if ((await frontMatter(en.mdx))?.session !== "midday") return;
  for (const edition of EDITIONS) {
    const old = briefPaths(contentDir, date, edition, "close");
    if (edition !== "en" && (await frontMatter(old.mdx))?.session !== "midday") continue;
    await rm(old.mdx, {force: true});
    await rm(old.charts, {force: true});
  }
  await rm(en.facts, {force: true});
}

/** The facts JSON of a brief, as written. */
export async function readFactsText(contentDir: string, date: string, session: BriefSession = "close"): Promise<string> {
  return readFile(briefPaths(contentDir, date, "en", session).facts, "utf8");
}

/** The bytes of one of a brief's generated files (its facts, or an edition's charts), or null when there is none. */
export async function readBriefFileBytes(
  contentDir: string,
  date: string,
  kind: "facts" | "charts",
  edition: Edition = "en",
  session: BriefSession = "close",
): Promise<Uint8Array | null> {
  try {
    return await readFile(briefPaths(contentDir, date, edition, session)[kind]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
