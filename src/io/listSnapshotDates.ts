import {readdir} from "node:fs/promises";
import {isIsoDate} from "../snapshot/fields.ts";

/** The day folders in `dataDir` (named YYYY-MM-DD, a real date), ascending; [] when the folder does not exist. */
export async function listSnapshotDates(dataDir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dataDir, {withFileTypes: true});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((e) => e.isDirectory() && isIsoDate(e.name))
    .map((e) => e.name)
    .sort();
}
