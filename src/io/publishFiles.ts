import {mkdir, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";

/** Writes files (paths relative to `root`, "/"-separated) into a built site, creating folders. */
export async function publishFiles(root: string, files: AsyncIterable<{path: string; data: string | Uint8Array}>): Promise<number> {
  let count = 0;
  for await (const file of files) {
    const target = join(root, ...file.path.split("/"));
    await mkdir(dirname(target), {recursive: true});
    await writeFile(target, file.data);
    count += 1;
  }
  return count;
}
