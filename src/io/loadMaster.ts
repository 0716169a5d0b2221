/**
 * The data folder's long-lived files beside the day folders: the security master
 * (securities.csv, name-history.csv) and the trading calendar extension (calendar.csv), each
 * optional and each may be gzipped. Read through the snapshot stage's parsers; written
 * atomically, one file at a time.
 */
import {rm} from "node:fs/promises";
import {join} from "node:path";
import {EMPTY_MASTER, type SecurityMaster} from "../market/securityMaster.ts";
import type {Issue, Parsed} from "../snapshot/issue.ts";
import {parseCalendar, type CalendarFile} from "../snapshot/parseCalendar.ts";
import {parseMaster, type MasterFiles} from "../snapshot/parseMaster.ts";
import {findDataFiles, readDataFile, withGz, type DataFile} from "./readDataFiles.ts";
import {writeFileAtomic} from "./writeAtomic.ts";

export const MASTER_FILE_NAMES = {securities: "securities.csv", nameHistory: "name-history.csv", calendar: "calendar.csv"} as const;

/** The one existing file of a CSV that may be plain or gzipped; an issue when both are there. */
async function oneOf(dataDir: string, name: string): Promise<{file?: DataFile; issue?: Issue}> {
  const found = await findDataFiles(dataDir, withGz([name]));
  if (found.length > 1) {
    return {issue: {file: name, row: 1, column: 1, message: `both ${name} and ${name}.gz are present: expected only one of them`}};
  }
  return {file: found[0]};
}

async function bytesOf(dataDir: string, name: string, issues: Issue[]): Promise<{file: string; bytes: Uint8Array} | undefined> {
  const {file, issue} = await oneOf(dataDir, name);
  if (issue) issues.push(issue);
  if (!file) return undefined;
  const read = await readDataFile(file);
  if ("issue" in read) {
    issues.push(read.issue);
    return undefined;
  }
  return {file: file.name, bytes: read.bytes};
}

/** The security master of `dataDir`; empty when neither file exists. */
export async function loadMaster(dataDir: string): Promise<Parsed<SecurityMaster>> {
  const issues: Issue[] = [];
  const files: MasterFiles = {
    securities: await bytesOf(dataDir, MASTER_FILE_NAMES.securities, issues),
    nameHistory: await bytesOf(dataDir, MASTER_FILE_NAMES.nameHistory, issues),
  };
  if (issues.length > 0) return {ok: false, issues, warnings: []};
  if (!files.securities && !files.nameHistory) return {ok: true, value: EMPTY_MASTER, warnings: []};
  return parseMaster(files);
}

/** calendar.csv of `dataDir`; no dates when it does not exist. */
export async function loadCalendarFile(dataDir: string): Promise<Parsed<CalendarFile>> {
  const issues: Issue[] = [];
  const file = await bytesOf(dataDir, MASTER_FILE_NAMES.calendar, issues);
  if (issues.length > 0) return {ok: false, issues, warnings: []};
  if (!file) return {ok: true, value: {open: [], closed: []}, warnings: []};
  return parseCalendar(file.file, file.bytes);
}

/** Writes files (name → text) into `dataDir`, each atomically; a gzipped twin of the same name is replaced. */
export async function writeDataFiles(dataDir: string, files: Readonly<Record<string, string>>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await writeFileAtomic(join(dataDir, name), text);
    // Both X.csv and X.csv.gz would be refused at the next load.
    for (const f of await findDataFiles(dataDir, [`${name}.gz`])) await rm(f.path);
  }
}
