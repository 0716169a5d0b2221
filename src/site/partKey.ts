import {createHash} from "node:crypto";
import {readdir, readFile} from "node:fs/promises";
import {join, relative} from "node:path";
import {MIDDAY_DIR} from "../io/listSnapshotDates.ts";
import {ID_IN_TEXT} from "./briefId.ts";
import type {PlannedPart} from "./sitePlan.ts";

/**
 * The key of a site part (sitePart.ts): the hash of everything its pages show, so that a part
 * whose key is unchanged is not built again. Generous, as the pages' own cache keys are (a
 * stale page is a worse bug than a slow build):
 * - the site's code and its dependencies (src/, public/, astro.config.mjs, the lock file, Node),
 *   the site URL and the data folder's path;
 * - every file of the part's briefs, both editions (MDX, charts, facts);
 * - the briefs next to the part's first and last (a brief page's pager shows their headlines);
 * - the commentary of all those briefs, and for each commentary the brief files and snapshot
 *   folders of the dates it names (it may show their charts and cite their quotes);
 * - for the head, which lists every brief, every brief's MDX (its front matter) and all
 *   commentary, and the other parts' pages (its sitemap lists them).
 */
export interface KeyInputs {
  root: string;
  contentDir: string;
  dataDir: string;
  /** Site paths of the other parts' pages (the head's sitemap). */
  otherPages?: readonly string[];
}

const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

async function namesIn(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).sort();
}

/** Every file below a folder (relative paths, sorted); nothing when it does not exist. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The hash of the site's code: what every part's pages are made by. */
export async function codeDigest(root: string): Promise<string> {
  const hash = createHash("sha256");
  hash.update(process.version);
  for (const dir of ["src", "public"]) {
    for (const file of await filesBelow(join(root, dir))) hash.update(`${dir}/${file}\0`).update(await readFile(join(root, dir, file)));
  }
  for (const file of ["astro.config.mjs", "package-lock.json", "package.json", "tsconfig.json"]) {
    hash.update(`${file}\0`).update(await readFile(join(root, file)).catch(() => new Uint8Array()));
  }
  return hash.digest("hex");
}

const DATE = /^\d{4}-\d{2}-\d{2}/;

/** The date of a brief or commentary file name, or null. */
const dateOf = (name: string): string | null => DATE.exec(name)?.[0] ?? null;

export async function partKey(part: PlannedPart, code: string, inputs: KeyInputs): Promise<string> {
  const briefsDir = join(inputs.contentDir, "briefs");
  const dirs = [briefsDir, join(briefsDir, "zh")];
  const commentaryDir = join(inputs.contentDir, "commentary");
  const months = new Set(part.months);
  const inPart = (date: string) => months.has(date.slice(0, 7));
  const hash = createHash("sha256");
  hash.update(JSON.stringify({code, site: process.env.SITE_URL ?? null, data: inputs.dataDir, part}));
  const add = async (path: string) => hash.update(`${relative(inputs.contentDir, path)}\0`).update(sha256(await readFile(path)));

  const listings = new Map(await Promise.all(dirs.map(async (dir) => [dir, await namesIn(dir)] as const)));
  const namesOf = (dir: string) => listings.get(dir) ?? [];
  // Dates of the part and of its neighbours (per edition: the newest brief before it, the oldest after it).
  const dates = new Set<string>();
  for (const dir of dirs) {
    const briefDates = [...new Set(namesOf(dir).filter((n) => n.endsWith(".mdx")).map(dateOf))].filter((d): d is string => d !== null).sort();
    const first = briefDates.findIndex(inPart);
    if (first < 0) continue;
    const last = briefDates.findLastIndex(inPart);
    for (const d of briefDates.slice(Math.max(0, first - 1), last + 2)) dates.add(d);
  }
  for (const dir of dirs) {
    for (const name of namesOf(dir)) {
      const date = dateOf(name);
      if (!date) continue;
      // The head lists every brief: its MDX carries the front matter lists show.
      if (dates.has(date) || (part.lists && name.endsWith(".mdx"))) await add(join(dir, name));
    }
  }
  // Commentary, and what each one names.
  const named = new Set<string>();
  for (const name of await namesIn(commentaryDir)) {
    const date = dateOf(name);
    if (!date || !(part.lists || dates.has(date))) continue;
    const text = await readFile(join(commentaryDir, name), "utf8");
    hash.update(`commentary/${name}\0`).update(sha256(text));
    named.add(date);
    for (const id of text.match(ID_IN_TEXT) ?? []) named.add(id.slice(0, 10));
  }
  for (const date of [...named].sort()) {
    for (const dir of dirs) {
      for (const name of namesOf(dir)) if (dateOf(name) === date) await add(join(dir, name));
    }
    for (const snapshot of [join(inputs.dataDir, date), join(inputs.dataDir, MIDDAY_DIR, date)]) {
      for (const file of await filesBelow(snapshot)) hash.update(`${date}/${file}\0`).update(sha256(await readFile(join(snapshot, file))));
    }
  }
  if (inputs.otherPages) hash.update(inputs.otherPages.join("\n"));
  return hash.digest("hex");
}
