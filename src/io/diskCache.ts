import {createHash} from "node:crypto";
import {mkdir, readdir, readFile, rm, stat} from "node:fs/promises";
import {join} from "node:path";
import type {Issue, Parsed} from "../snapshot/issue.ts";
import {writeFileAtomic} from "./writeAtomic.ts";

/**
 * Valid parse results kept on disk between runs, for inputs too big to parse on every run
 * (the index history grows by a day's bars every day, for years). Keyed by the input's bytes
 * and by the source of the code that parses them, so a changed file or a changed parser is
 * parsed afresh. Lives under node_modules/.cache (the conventional place, wiped with
 * node_modules); only results without errors are kept; a cache that cannot be read or written
 * is simply not used.
 */
const CACHE_DIR = join(process.cwd(), "node_modules", ".cache", "market-brief", "parsed");
/** Enough for a backfill's window: 30 days of history, the day, and a few index histories. */
const MAX_FILES = 96;
const PRUNE_BATCH = 16;

/** The parser's sources: the snapshot stage and the market's rules beneath it (all it may import). */
const PARSER_SOURCES = [new URL("../snapshot/", import.meta.url), new URL("../market/", import.meta.url)];

let parserVersion: Promise<string> | null = null;

async function versionOfParser(): Promise<string> {
  const hash = createHash("sha256");
  const files: URL[] = [];
  for (const dir of PARSER_SOURCES) {
    for (const name of (await readdir(dir)).filter((n) => n.endsWith(".ts")).sort()) files.push(new URL(name, dir));
  }
  for (const file of files) hash.update(`${file.pathname}\0`).update(await readFile(file));
  return hash.digest("hex");
}

export interface Codec<T, S> {
  encode(value: T): S;
  decode(stored: S): T;
}

export async function diskCached<T, S>(
  kind: string,
  bytes: Uint8Array,
  parse: () => Parsed<T>,
  codec: Codec<T, S>,
): Promise<Parsed<T>> {
  parserVersion ??= versionOfParser();
  const key = createHash("sha256").update(`${kind}\0${await parserVersion}\0`).update(bytes).digest("hex");
  const path = join(CACHE_DIR, `${key}.json`);
  try {
    const stored = JSON.parse(await readFile(path, "utf8")) as {value: S; warnings: Issue[]};
    return {ok: true, value: codec.decode(stored.value), warnings: stored.warnings};
  } catch {
    // Not cached yet (or unreadable): parse.
  }
  const parsed = parse();
  if (parsed.ok) {
    try {
      await mkdir(CACHE_DIR, {recursive: true});
      await writeFileAtomic(path, JSON.stringify({value: codec.encode(parsed.value), warnings: parsed.warnings}), {durable: false});
      await prune();
    } catch {
      // A cache we cannot write only costs time.
    }
  }
  return parsed;
}

/** Keeps the MAX_FILES most recently written entries, pruning in batches (a stat per entry is not free). */
async function prune(): Promise<void> {
  const names = (await readdir(CACHE_DIR)).filter((n) => n.endsWith(".json"));
  if (names.length <= MAX_FILES + PRUNE_BATCH) return;
  const dated = await Promise.all(names.map(async (n) => ({n, t: (await stat(join(CACHE_DIR, n))).mtimeMs})));
  dated.sort((a, b) => b.t - a.t || (a.n < b.n ? -1 : 1));
  for (const {n} of dated.slice(MAX_FILES)) await rm(join(CACHE_DIR, n), {force: true});
}
