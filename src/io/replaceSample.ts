import {mkdir, readdir, rename, rm, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";

const DAY_FOLDER = /^\d{4}-\d{2}-\d{2}$/;
// The security master is the sample's too; a gzipped twin would be refused at the next load beside the new file.
const REPLACED_FILES = ["index-history.csv.gz", "index-history.csv", ...["securities.csv", "name-history.csv"].flatMap((f) => [f, `${f}.gz`])];

/**
 * Replaces the sample market in a data folder with `files` (paths relative to it): everything is
 * written to a temporary folder inside it first, then the old day folders, index history and
 * security master are moved aside, the new ones moved in, and the old ones deleted. Anything
 * else (data/README.md, calendar.csv) stays.
 */
export async function replaceSample(out: string, files: Map<string, string | Uint8Array>): Promise<void> {
  await mkdir(out, {recursive: true});
  const fresh = join(out, `.sample.${process.pid}.new`);
  const old = join(out, `.sample.${process.pid}.old`);
  try {
    for (const [path, data] of files) {
      await mkdir(dirname(join(fresh, path)), {recursive: true});
      await writeFile(join(fresh, path), data);
    }
    await mkdir(old);
    for (const name of await readdir(out)) {
      if (DAY_FOLDER.test(name) || REPLACED_FILES.includes(name)) await rename(join(out, name), join(old, name));
    }
    for (const name of (await readdir(fresh)).sort()) await rename(join(fresh, name), join(out, name));
  } finally {
    await rm(fresh, {recursive: true, force: true});
    await rm(old, {recursive: true, force: true});
  }
}
