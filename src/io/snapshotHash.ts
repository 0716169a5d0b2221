import {createHash} from "node:crypto";
import {createReadStream} from "node:fs";
import {DAY_FILES} from "../snapshot/dayFiles.ts";
import {HISTORY_DAYS, INDEX_HISTORY_FILES} from "./loadDay.ts";
import {listSnapshotDates} from "./listSnapshotDates.ts";
import {findDataFiles, MAX_FILE_BYTES, withGz, type DataFile} from "./readDataFiles.ts";

/**
 * sha256 (hex) of every input loadDay(dataDir, date) reads: the day's files, the index
 * history, all files of the last HISTORY_DAYS earlier folders and meta.json + indices.csv of
 * older ones (their index bars). Bytes and names only, never sizes or times, so that the hash
 * is the same in every clone. The window is counted in folders, which covers every folder
 * loadDay's calendar window can reach. Each file's own digest is remembered by its
 * signature (path, size, time), so a backfill hashes each file once, not once per later day.
 */
export type SnapshotHash = (dataDir: string, date: string) => Promise<string>;

/** A snapshotHash that remembers each file's digest by its signature for as long as it lives. */
export function snapshotHasher(): SnapshotHash {
  const digests = new Map<string, string>();
  const fileDigest = async (file: DataFile): Promise<string> => {
    let digest = digests.get(file.signature);
    if (digest === undefined) {
      digest = await streamDigest(file);
      digests.set(file.signature, digest);
    }
    return digest;
  };
  return (dataDir, date) => snapshotHash(dataDir, date, fileDigest);
}

/**
 * A file's sha256, streamed: never the whole file in memory. A file past MAX_FILE_BYTES is not
 * read at all (the loader refuses it); its size stands in for its bytes.
 */
async function streamDigest(file: DataFile): Promise<string> {
  if (file.size > MAX_FILE_BYTES) return `too large: ${file.size} bytes`;
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file.path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function snapshotHash(dataDir: string, date: string, fileDigest: (file: DataFile) => Promise<string>): Promise<string> {
  const folders = (await listSnapshotDates(dataDir)).filter((d) => d < date);
  const recent = new Set(folders.slice(Math.max(folders.length - HISTORY_DAYS, 0)));
  const names = [...INDEX_HISTORY_FILES, ...withGz(DAY_FILES).map((n) => `${date}/${n}`)];
  for (const folder of folders) {
    const files = recent.has(folder) ? DAY_FILES : (["meta.json", "indices.csv"] as const);
    names.push(...withGz(files).map((n) => `${folder}/${n}`));
  }
  const hash = createHash("sha256");
  for (const file of await findDataFiles(dataDir, names)) {
    // Name and digest delimit each file, so that moving bytes between files changes the hash.
    hash.update(`${file.name}\0${await fileDigest(file)}\0`);
  }
  return hash.digest("hex");
}
