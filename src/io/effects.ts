/**
 * The effects a run of the pipeline has on the world outside it — reading and caching data/,
 * hashing inputs — as one object the CLI makes and hands down (as Observable Framework hands
 * its build effects down). Every cache lives in the object, none in a module: a test or a
 * benchmark that wants cold caches makes a new one.
 */
import {CACHE_ROOT, cacheFolder} from "./cacheDir.ts";
import {folderLister} from "./folderLister.ts";
import {createLoader, type Loader} from "./loadDay.ts";
import {snapshotHasher, type SnapshotHash} from "./snapshotHash.ts";
import type {SessionLimits, SessionLimitsMemo} from "../analytics/sessionLimits.ts";
import type {Snapshot} from "../snapshot/types.ts";

export interface Effects extends Loader {
  /** sha256 of every input loadDay(dataDir, date) reads. */
  snapshotHash: SnapshotHash;
  /** The cache folder this run keeps parse results in (charts are cached beside it, by the site build). */
  cacheDir: string;
  /**
   * One limit summary per parsed snapshot for the run: each brief's mood series reads the
   * last twenty sessions' counts, and a backfill would otherwise count every snapshot twenty
   * times. Keyed by the snapshot object, which the loader keeps while it is anyone's history.
   */
  sessionLimits: SessionLimitsMemo;
}

function sessionLimitsMemo(): SessionLimitsMemo {
  const kept = new WeakMap<Snapshot, SessionLimits>();
  return (snapshot, compute) => {
    let s = kept.get(snapshot);
    if (!s) {
      s = compute();
      kept.set(snapshot, s);
    }
    return s;
  };
}

export function createEffects({cacheDir = CACHE_ROOT}: {cacheDir?: string} = {}): Effects {
  // One listing of the day folders for the loader and the hash, so both see the same days.
  const list = folderLister();
  return {...createLoader(cacheFolder("parsed", cacheDir), list), snapshotHash: snapshotHasher(list), cacheDir, sessionLimits: sessionLimitsMemo()};
}
