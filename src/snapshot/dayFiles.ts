import type {IssueLog} from "./issueLog.ts";
import {issueLog} from "./issueLog.ts";

/** A day folder's files by name ("stocks.csv", or "stocks.csv.gz" holding the already gunzipped bytes). */
export type SnapshotFiles = Record<string, Uint8Array | undefined>;

/** The files a day folder holds; each CSV may also come gzip-compressed (name + ".gz"). */
export const DAY_FILES = ["meta.json", "stocks.csv", "indices.csv", "members.csv"] as const;

export interface OpenedFile {
  log: IssueLog;
  /** null when missing or ambiguous (already logged). */
  bytes: Uint8Array | null;
}

/**
 * Picks a day file by name, plain or .gz, and starts its issue log (named after the file
 * actually present, so that locations point at it). Logs a missing file, or both forms present.
 */
export function openDayFile(folder: string, files: SnapshotFiles, name: string): OpenedFile {
  const gz = `${name}.gz`;
  const canGz = name.endsWith(".csv");
  const chosen = canGz && files[name] === undefined && files[gz] !== undefined ? gz : name;
  const log = issueLog(`${folder}/${chosen}`);
  const bytes = files[chosen];
  if (bytes === undefined) {
    log.error(1, 1, `missing file: expected ${canGz ? `${name} or ${gz}` : name} in ${folder}/`);
    return {log, bytes: null};
  }
  if (canGz && chosen === name && files[gz] !== undefined) {
    log.error(1, 1, `both ${name} and ${gz} are present: expected only one of them`);
    return {log, bytes: null};
  }
  return {log, bytes};
}
