import {readdirSync, statSync} from "node:fs";
import {open} from "node:fs/promises";
import {join} from "node:path";
import {gunzipSync} from "node:zlib";
import type {Issue} from "../snapshot/issue.ts";

/**
 * The most bytes a data file may hold, read or gunzipped (documented in data/README.md): a
 * year of index history is tens of MiB, a day's stocks.csv about 1 MiB. Past it a file is an
 * error, found before it is read (plain) or while it is gunzipped (zlib stops there), so that a
 * gzip bomb or a runaway export is refused in seconds, never read into memory.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

const mib = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MiB`;

/** A file that exists, named relative to data/, with what identifies its bytes for the cache. */
export interface DataFile {
  /** Relative to data/, with "/" separators: "2025-06-24/stocks.csv.gz". */
  name: string;
  path: string;
  size: number;
  /** path, size and modification time: changes whenever the file does (short of a same-size write within a millisecond). */
  signature: string;
}

/**
 * The files among `names` (relative to data/) that exist, in the given order. Stat'ed
 * synchronously: a day's brief looks at dozens of earlier folders, and a stat takes
 * microseconds where a round trip through libuv's thread pool takes a hundred; over a year's
 * backfill that was seconds of waiting. A day folder is listed once (one readdir) and only the
 * names in it are stat'ed, rather than a stat for each of its eight possible names.
 */
export async function findDataFiles(dataDir: string, names: readonly string[]): Promise<DataFile[]> {
  const found: DataFile[] = [];
  const listings = new Map<string, ReadonlySet<string>>();
  for (const name of names) {
    const slash = name.lastIndexOf("/");
    if (slash > 0) {
      const folder = name.slice(0, slash);
      let listing = listings.get(folder);
      if (listing === undefined) {
        listing = listFolder(join(dataDir, folder));
        listings.set(folder, listing);
      }
      if (!listing.has(name.slice(slash + 1))) continue;
    }
    const path = join(dataDir, name);
    const s = statSync(path, {throwIfNoEntry: false});
    if (s?.isFile()) found.push({name, path, size: s.size, signature: `${path}|${s.size}|${s.mtimeMs}`});
  }
  return found;
}

/** The names in a folder; none when it does not exist (or is not a folder: then nothing in it can be read either). */
function listFolder(path: string): ReadonlySet<string> {
  try {
    return new Set(readdirSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return new Set();
    throw error;
  }
}

/**
 * A file's bytes, gunzipped when its name ends in .gz; an issue (named `file.name`) when the
 * gzip data is broken, or when the file or what it gunzips to is larger than MAX_FILE_BYTES.
 */
export async function readDataFile(file: Pick<DataFile, "name" | "path">): Promise<{bytes: Uint8Array} | {issue: Issue}> {
  const tooLarge = (what: string) => ({issue: {file: file.name, row: 1, column: 1, message: `${what}: expected at most ${mib(MAX_FILE_BYTES)} per data file`}});
  let raw: Buffer;
  // The size is taken from the open file, then read: no second lookup of the path between them.
  const handle = await open(file.path, "r");
  try {
    const {size} = await handle.stat();
    if (size > MAX_FILE_BYTES) return tooLarge(`is ${mib(size)}, past ${mib(MAX_FILE_BYTES)}`);
    raw = await handle.readFile();
  } finally {
    await handle.close();
  }
  if (!file.name.endsWith(".gz")) return {bytes: raw};
  try {
    return {bytes: gunzipSync(raw, {maxOutputLength: MAX_FILE_BYTES})};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return tooLarge(`expands past ${mib(MAX_FILE_BYTES)} when gunzipped`);
    const message = `cannot be gunzipped (${(error as Error).message}): expected gzip-compressed CSV, or rename it to .csv`;
    return {issue: {file: file.name, row: 1, column: 1, message}};
  }
}

/** Every name a CSV file may go by: plain or gzip-compressed. */
export const withGz = (names: readonly string[]): string[] =>
  names.flatMap((n) => (n.endsWith(".csv") ? [n, `${n}.gz`] : [n]));

/** An input file named on the command line (gunzipped if .gz), or an issue naming it as given when it cannot be read. */
export async function readInputFile(path: string): Promise<{bytes: Uint8Array} | {issue: Issue}> {
  try {
    return await readDataFile({name: path, path});
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "EISDIR") throw error;
    return {issue: {file: path, row: 1, column: 1, message: code === "ENOENT" ? "no such file" : "is a folder: expected a CSV file"}};
  }
}
