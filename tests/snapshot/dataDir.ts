import {cp, mkdtemp, readdir, readFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join, relative} from "node:path";
import {fileURLToPath} from "node:url";

/** The valid two-day data folder every corpus case and io test starts from. */
export const BASE_DIR = fileURLToPath(new URL("./corpus/_base", import.meta.url));

/** A fresh temporary copy of the base data folder. */
export async function copyBase(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "mb-data-"));
  await cp(BASE_DIR, dir, {recursive: true});
  return dir;
}

/** Every file below `dir` (relative name → contents), to show that nothing was written. */
export async function treeContents(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = (await readFile(path)).toString("base64");
  }
  return out;
}
