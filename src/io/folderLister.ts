import {statSync} from "node:fs";
import {listSnapshotDates} from "./listSnapshotDates.ts";

/** The day folders of a data folder, ascending; the same array for as long as the listing holds. */
export type FolderLister = (dataDir: string) => Promise<readonly string[]>;

/**
 * listSnapshotDates, listed again only when the data folder's own modification time changes
 * (a day folder added, removed or renamed changes it; a file written inside a day folder does
 * not, and needs no new listing). A backfill asks once per day for the hash and once for the
 * load: reading 10,000 entries each time made a backfill over 10,000 folders quadratic. The
 * unchanged listing is the same array, so callers may key what they derive from it on it.
 */
export function folderLister(): FolderLister {
  const listed = new Map<string, {mtimeMs: number; dates: readonly string[]}>();
  return async (dataDir) => {
    const s = statSync(dataDir, {throwIfNoEntry: false});
    const known = listed.get(dataDir);
    if (s && known && known.mtimeMs === s.mtimeMs) return known.dates;
    const dates = await listSnapshotDates(dataDir);
    if (s) listed.set(dataDir, {mtimeMs: s.mtimeMs, dates});
    return dates;
  };
}
