import {open, rename, rm} from "node:fs/promises";
import {basename, dirname, join} from "node:path";
import {threadId} from "node:worker_threads";

let counter = 0;

/**
 * Worker threads share the process id but not this module's counter: two threads writing the
 * same cache entry would pick the same temporary name, and one would remove the other's file.
 */
const writer = threadId === 0 ? `${process.pid}` : `${process.pid}-${threadId}`;

/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * the data goes to a temporary file in the same folder (same file system, so the rename is
 * atomic; `.NAME.PID.N.tmp`, or `.NAME.PID-THREAD.N.tmp` in a worker thread), is flushed to
 * disk, then renamed over the target. On failure the temporary file is removed and the target
 * is left as it was. `durable: false` skips the flush, for caches: a
 * reader still never sees half a file, but a power cut may lose the new content.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, {durable = true} = {}): Promise<void> {
  counter += 1;
  const temp = join(dirname(path), `.${basename(path)}.${writer}.${counter}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(data);
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, {force: true});
    throw error;
  }
}
