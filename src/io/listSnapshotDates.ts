import {readdir} from "node:fs/promises";
import {join} from "node:path";
import type {Issue} from "../snapshot/issue.ts";
import {isIsoDate} from "../snapshot/fields.ts";

/** What a data folder holds by way of day folders. */
export interface SnapshotFolders {
  /** false when the data folder itself does not exist. */
  exists: boolean;
  /** The day folders (named YYYY-MM-DD, a real date), ascending. */
  dates: string[];
  /** The midday snapshots kept beside the close, in data/midday/YYYY-MM-DD/, by date, ascending. */
  middays: string[];
  /** Entries that look like day folders but are not read, each with why (row 1, column 1, named by entry). */
  skipped: Issue[];
}

// Names an operator means as a date: 2025-02-30, 2025-6-24, 20250624.
const DATE_LIKE = /^(\d{4}-\d{1,2}-\d{1,2}|\d{8})$/;

/**
 * The day folders of `dataDir`, and the entries that look like one but are not read.
 *
 * A symbolic link to a folder is refused, with a warning: data/ must hold its days itself. The
 * input hash and the parse caches name files by their path in data/, so a link that is moved to
 * another target would silently change an already-built day's history; a link to another day's
 * folder would give one snapshot two dates; and a copy or clone of data/ (CI, another machine)
 * would lack the day. Copy the folder in instead.
 */
export async function scanSnapshotFolders(dataDir: string): Promise<SnapshotFolders> {
  const days = await scanDateFolders(dataDir, "");
  if (!days.exists) return {exists: false, dates: [], middays: [], skipped: []};
  const middays = await scanDateFolders(join(dataDir, MIDDAY_DIR), `${MIDDAY_DIR}/`);
  const skipped = [...days.skipped, ...middays.skipped];
  return {exists: true, dates: days.dates, middays: middays.dates, skipped};
}

/**
 * Where a midday snapshot sits when the close of the same date is kept too: data/midday/DATE/,
 * a day folder like any other (meta.json says `"session": "midday"`). A folder data/DATE/
 * whose meta.json says midday is a midday snapshot as well (the layout before the close came in).
 */
export const MIDDAY_DIR = "midday";

/** The folder, relative to data/, holding a date's snapshot of a session. */
export const snapshotFolder = (date: string, midday: boolean): string => (midday ? `${MIDDAY_DIR}/${date}` : date);

async function scanDateFolders(dir: string, prefix: string): Promise<{exists: boolean; dates: string[]; skipped: Issue[]}> {
  let entries;
  try {
    entries = await readdir(dir, {withFileTypes: true});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {exists: false, dates: [], skipped: []};
    throw error;
  }
  const dates: string[] = [];
  const skipped: Issue[] = [];
  const skip = (name: string, message: string) => skipped.push({file: `${prefix}${name}`, row: 1, column: 1, message});
  for (const e of entries) {
    if (!DATE_LIKE.test(e.name)) continue;
    if (!isIsoDate(e.name)) skip(e.name, `folder "${e.name}" is not read: its name is not a real date written YYYY-MM-DD`);
    else if (e.isSymbolicLink()) skip(e.name, "is a symbolic link and is not read: a day folder must be a folder in the data folder itself (copy it in)");
    else if (!e.isDirectory()) skip(e.name, "is not a folder and is not read: expected a day folder with meta.json, stocks.csv, indices.csv, members.csv");
    else dates.push(e.name);
  }
  dates.sort();
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {exists: true, dates, skipped};
}

/** The day folders in `dataDir` (named YYYY-MM-DD, a real date, not a symbolic link), ascending; [] when the folder does not exist. */
export async function listSnapshotDates(dataDir: string): Promise<string[]> {
  return (await scanDateFolders(dataDir, "")).dates;
}
