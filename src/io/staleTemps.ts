import {readdir, rm, stat} from "node:fs/promises";
import {join} from "node:path";
import {briefPaths, EDITIONS} from "./briefFiles.ts";

/** The temporary files writeFileAtomic makes for the files we generate: `.NAME.PID.COUNTER.tmp`, `.NAME.PID-THREAD.COUNTER.tmp`. */
const OUR_TEMP = /^\.(\d{4}-\d{2}-\d{2}(?:\.midday)?\.(?:mdx|facts\.json|charts\.json))\.(\d+)(?:-\d+)?\.(\d+)\.tmp$/;

/** A temporary file older than this is stale whoever holds its process id now: a write takes milliseconds. */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/** Whether a process with this id runs (one of another user's counts: signal 0 is refused, not missing). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files a killed run left in `dir` (a SIGKILL or a power cut gives
 * writeFileAtomic no chance to), and returns their paths. Only files of our own pattern, and only
 * when the process that wrote one is gone, or the file is over an hour old (its id may have been
 * reused since); a run in progress keeps its files. Nothing when `dir` does not exist.
 */
export async function removeStaleTemps(dir: string, {now = Date.now(), running = isRunning} = {}): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names.sort()) {
    const m = OUR_TEMP.exec(name);
    if (!m) continue;
    const pid = Number(m[2]);
    const path = join(dir, name);
    const s = await stat(path).catch(() => null);
    if (!s?.isFile()) continue;
    const stale = pid !== process.pid && (!running(pid) || now - s.mtimeMs > STALE_AFTER_MS);
    if (!stale) continue;
    await rm(path, {force: true});
    removed.push(path);
  }
  return removed;
}

/** removeStaleTemps in every folder briefs are written to (content/briefs, content/briefs/zh). */
export async function removeStaleBriefTemps(contentDir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const edition of EDITIONS) removed.push(...(await removeStaleTemps(briefPaths(contentDir, "", edition).dir)));
  return removed;
}
