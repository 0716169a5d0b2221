import {mkdir, rename, rm, stat} from "node:fs/promises";
import {join} from "node:path";
import {writeFileAtomic} from "./writeAtomic.ts";

/**
 * Writes a whole day folder so that data/DATE/ is either the old folder or the new one, never
 * a mix: the files go to a hidden temporary folder beside it (fsynced), which is then renamed
 * into place. An existing folder is replaced only with `force` (moved aside first, removed
 * after); returns false, writing nothing, when it exists and `force` is not set.
 */
export async function writeSnapshotFolder(
  dataDir: string,
  date: string,
  files: Record<string, string | Uint8Array>,
  {force = false}: {force?: boolean} = {},
): Promise<boolean> {
  const target = join(dataDir, date);
  const exists = await stat(target).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  if (exists && !force) return false;
  await mkdir(dataDir, {recursive: true});
  // Dot names: listSnapshotDates never mistakes them for a day.
  const temp = join(dataDir, `.${date}.${process.pid}.new`);
  const old = join(dataDir, `.${date}.${process.pid}.old`);
  try {
    await mkdir(temp);
    for (const name of Object.keys(files).sort()) await writeFileAtomic(join(temp, name), files[name] as string | Uint8Array);
    if (exists) await rename(target, old);
    try {
      await rename(temp, target);
    } catch (error) {
      if (exists) await rename(old, target);
      throw error;
    }
  } finally {
    await rm(temp, {recursive: true, force: true});
  }
  await rm(old, {recursive: true, force: true});
  return true;
}
