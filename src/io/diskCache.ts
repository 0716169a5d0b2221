import {createHash} from "node:crypto";
import {mkdir, readdir, readFile, rm, stat} from "node:fs/promises";
import {join} from "node:path";
import type {Issue, Parsed} from "../snapshot/issue.ts";
import {writeFileAtomic} from "./writeAtomic.ts";

/**
 * Valid parse results kept on disk between runs, for inputs too big to parse on every run
 * (the index history grows by a day's bars every day, for years). Keyed by the input's bytes
 * and by the source of the code that parses them, so a changed file or a changed parser is
 * parsed afresh. Lives in the cache folder (io/cacheDir.ts); only results without errors are
 * kept; a cache that cannot be read or written is simply not used.
 */
/** Enough for a backfill's window: 30 days of history, the day, and a few index histories. */
const MAX_FILES = 96;
const PRUNE_BATCH = 16;

/** The parser's sources: the snapshot stage and the market's rules beneath it (all it may import). */
const PARSER_SOURCES = [new URL("../snapshot/", import.meta.url), new URL("../market/", import.meta.url)];

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

export type DiskCached = <T, S>(kind: string, bytes: Uint8Array, parse: () => Parsed<T>, codec: Codec<T, S>) => Promise<Parsed<T>>;

/** A disk cache in `dir`; the parser's version is read once per cache. */
export function diskCache(dir: string): DiskCached {
  let parserVersion: Promise<string> | null = null;
  return async (kind, bytes, parse, codec) => {
    parserVersion ??= versionOfParser();
    const key = createHash("sha256").update(`${kind}\0${await parserVersion}\0`).update(bytes).digest("hex");
    const path = join(dir, `${key}.json`);
    try {
      const stored = JSON.parse(await readFile(path, "utf8")) as {value: unknown; warnings: Issue[]};
      return {ok: true, value: codec.decode(stored.value as never), warnings: stored.warnings};
    } catch {
      // Not cached yet (or unreadable): parse.
    }
    const parsed = parse();
    if (parsed.ok) {
      try {
        await mkdir(dir, {recursive: true});
        await writeFileAtomic(path, JSON.stringify({value: codec.encode(parsed.value), warnings: parsed.warnings}), {durable: false});
        await prune(dir);
      } catch {
        // A cache we cannot write only costs time.
      }
    }
    return parsed;
  };
}

/** Keeps the MAX_FILES most recently written entries, pruning in batches (a stat per entry is not free). */
async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".json"));
  if (names.length <= MAX_FILES + PRUNE_BATCH) return;
  const dated = await Promise.all(names.map(async (n) => ({n, t: (await stat(join(dir, n))).mtimeMs})));
  dated.sort((a, b) => b.t - a.t || (a.n < b.n ? -1 : 1));
  for (const {n} of dated.slice(MAX_FILES)) await rm(join(dir, n), {force: true});
}
