/**
 * Writes what one import changes in data/: a day folder and the long-lived files beside it
 * (securities.csv, name-history.csv, calendar.csv). All or nothing as far as a file system
 * allows: the long-lived files are first written in full under temporary names (fsynced), then
 * the day folder is swapped into place (writeSnapshotFolder), and only then are the temporary
 * files renamed over their targets, which cannot fail half-way through a file. When the day
 * folder exists without `force`, nothing is written and false is returned.
 */
import {mkdir, rename, rm} from "node:fs/promises";
import {join} from "node:path";
import {MIDDAY_DIR} from "./listSnapshotDates.ts";
import {findDataFiles} from "./readDataFiles.ts";
import {writeFileAtomic} from "./writeAtomic.ts";
import {writeSnapshotFolder} from "./writeSnapshotFolder.ts";

export interface ImportFiles {
  /** The day folder's files (name → text), or null when the import has no day. */
  day: {date: string; files: Record<string, string>; session: "close" | "midday"} | null;
  /** Files directly in data/ (name → text). */
  files: Record<string, string>;
}

/** The folder a session's day folders sit in: data/ for the close, data/midday/ for a midday snapshot (kept beside that date's close). */
export const sessionDataDir = (dataDir: string, session: "close" | "midday"): string =>
  session === "midday" ? join(dataDir, MIDDAY_DIR) : dataDir;

export async function writeImportFiles(dataDir: string, {day, files}: ImportFiles, {force = false} = {}): Promise<boolean> {
  await mkdir(dataDir, {recursive: true});
  const staged = Object.keys(files)
    .sort()
    .map((name) => ({name, temp: join(dataDir, `.${name}.${process.pid}.staged`)}));
  try {
    for (const {name, temp} of staged) await writeFileAtomic(temp, files[name] as string);
    if (day && !(await writeSnapshotFolder(sessionDataDir(dataDir, day.session), day.date, day.files, {force}))) return false;
    for (const {name, temp} of staged) {
      await rename(temp, join(dataDir, name));
      // Both X.csv and X.csv.gz would be refused at the next load.
      for (const f of await findDataFiles(dataDir, [`${name}.gz`])) await rm(f.path);
    }
    return true;
  } finally {
    for (const {temp} of staged) await rm(temp, {force: true});
  }
}
