import {copyFile, mkdir, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";

/** Writes in flight at once: enough to keep libuv's thread pool busy, few enough to bound memory. */
const IN_FLIGHT = 16;

/** A file for the built site: its bytes, or a file to copy them from. */
export type PublishedFile = {path: string; data: string | Uint8Array} | {path: string; copyFrom: string};

/**
 * Writes files (paths relative to `root`, "/"-separated) into a built site, creating folders
 * (each once). A year of briefs is thousands of chart files, so writes overlap; the first
 * failure is thrown once the writes under way have settled.
 */
export async function publishFiles(root: string, files: AsyncIterable<PublishedFile>): Promise<number> {
  const folders = new Map<string, Promise<unknown>>();
  const pending = new Set<Promise<void>>();
  let failure: unknown = null;
  let count = 0;
  const write = async (target: string, file: PublishedFile) => {
    const folder = dirname(target);
    let made = folders.get(folder);
    if (!made) {
      made = mkdir(folder, {recursive: true});
      folders.set(folder, made);
    }
    await made;
    await ("copyFrom" in file ? copyFile(file.copyFrom, target) : writeFile(target, file.data));
  };
  for await (const file of files) {
    if (failure !== null) break;
    const task = write(join(root, ...file.path.split("/")), file)
      .catch((error: unknown) => void (failure ??= error))
      .finally(() => pending.delete(task));
    pending.add(task);
    count += 1;
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  if (failure !== null) throw failure;
  return count;
}
