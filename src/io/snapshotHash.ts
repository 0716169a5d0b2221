import {createHash} from "node:crypto";
import {createReadStream} from "node:fs";
import {DAY_FILES} from "../snapshot/dayFiles.ts";
import {HISTORY_DAYS, INDEX_HISTORY_FILES} from "./loadDay.ts";
import {lowerBound} from "../market/sessionsListed.ts";
import {snapshotFolder} from "./listSnapshotDates.ts";
import {folderLister, type FolderLister} from "./folderLister.ts";
import {findDataFiles, MAX_FILE_BYTES, withGz, type DataFile} from "./readDataFiles.ts";

/**
 * sha256 (hex) of every input loadDay(dataDir, date) reads: the day's files, the index
 * history, all files of the last HISTORY_DAYS earlier folders and meta.json + indices.csv of
 * older ones (their index bars). Bytes and names only, never sizes or times, so that the hash
 * is the same in every clone. The window is counted in folders, which covers every folder
 * loadDay's calendar window can reach. Each file's own digest is remembered by its
 * signature (path, size, time), so a backfill hashes each file once, not once per later day;
 * the older folders' files go in through a chain of digests, folder by folder, kept for the run
 * (see olderDigest), so a day does not look at every earlier folder again.
 */
export type SnapshotHash = (dataDir: string, date: string, midday?: boolean) => Promise<string>;

/** A snapshotHash that remembers each file's digest by its signature for as long as it lives. */
export function snapshotHasher(list: FolderLister = folderLister()): SnapshotHash {
  const digests = new Map<string, string>();
  const chains = new Map<string, Chain>();
  const fileDigest = async (file: DataFile): Promise<string> => {
    let digest = digests.get(file.signature);
    if (digest === undefined) {
      digest = await streamDigest(file);
      digests.set(file.signature, digest);
    }
    return digest;
  };
  return (dataDir, date, midday = false) => snapshotHash(dataDir, date, list, fileDigest, chains, midday);
}

/**
 * links[k]: the digest of the first k folders' meta.json and indices.csv(.gz), each link the
 * sha256 of the one before, the folder's file names and their digests. Kept while the folder
 * listing is the same array (the lister's promise); a file changed inside such an old folder
 * during a run is seen by the next run.
 */
interface Chain {
  folders: readonly string[];
  links: string[];
}

async function olderDigest(
  dataDir: string,
  folders: readonly string[],
  count: number,
  fileDigest: (file: DataFile) => Promise<string>,
  chains: Map<string, Chain>,
): Promise<string> {
  let chain = chains.get(dataDir);
  if (!chain || chain.folders !== folders) {
    chain = {folders, links: [""]};
    chains.set(dataDir, chain);
  }
  for (let k = chain.links.length - 1; k < count; k++) {
    const link = createHash("sha256").update(`${chain.links[k]}\0`);
    const folder = folders[k] as string;
    for (const file of await findDataFiles(dataDir, withGz(["meta.json", "indices.csv"]).map((n) => `${folder}/${n}`))) {
      link.update(`${file.name}\0${await fileDigest(file)}\0`);
    }
    chain.links.push(link.digest("hex"));
  }
  return chain.links[count] as string;
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

async function snapshotHash(
  dataDir: string,
  date: string,
  list: FolderLister,
  fileDigest: (file: DataFile) => Promise<string>,
  chains: Map<string, Chain>,
  midday: boolean,
): Promise<string> {
  const folders = await list(dataDir);
  const before = lowerBound(folders, date);
  const recentStart = Math.max(before - HISTORY_DAYS, 0);
  const names = [...INDEX_HISTORY_FILES, ...withGz(DAY_FILES).map((n) => `${snapshotFolder(date, midday)}/${n}`)];
  for (const folder of folders.slice(recentStart, before)) names.push(...withGz(DAY_FILES).map((n) => `${folder}/${n}`));
  const hash = createHash("sha256");
  hash.update(`older folders\0${await olderDigest(dataDir, folders, recentStart, fileDigest, chains)}\0`);
  for (const file of await findDataFiles(dataDir, names)) {
    // Name and digest delimit each file, so that moving bytes between files changes the hash.
    hash.update(`${file.name}\0${await fileDigest(file)}\0`);
  }
  return hash.digest("hex");
}
