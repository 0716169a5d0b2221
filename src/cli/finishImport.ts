/**
 * The end of every import (CSV exports or the Tushare API): the converted data as files, each
 * checked by the parser a brief reads it with, warnings and problems printed, and the files
 * written together (src/io/writeImportFiles) or none of them. Returns the exit code.
 */
import {calendarText, CALENDAR_FILE} from "../import/calendarText.ts";
import {masterFiles} from "../import/masterFiles.ts";
import {snapshotFiles} from "../import/snapshotFiles.ts";
import type {DataUpdate} from "../import/tushareDay.ts";
import {sessionDataDir, writeImportFiles, type ImportFiles} from "../io/index.ts";
import {formatIssue, type Issue, type Parsed} from "../snapshot/issue.ts";
import {parseCalendar} from "../snapshot/parseCalendar.ts";
import {parseMaster} from "../snapshot/parseMaster.ts";
import {parseSnapshot} from "../snapshot/parseSnapshot.ts";

const encoder = new TextEncoder();

export interface Finish {
  out: string;
  date: string;
  force: boolean;
  imported: Parsed<DataUpdate>;
  /** Problems found before converting (unreadable inputs). */
  issues?: Issue[];
}

/** Our own output must pass the checks every brief runs; if not, the vendor data was odd. */
function checked<T>(parsed: Parsed<T>, what: string, warnings: Issue[], issues: Issue[]): void {
  warnings.push(...parsed.warnings);
  if (!parsed.ok) issues.push(...parsed.issues.map((i) => ({...i, message: `${i.message} (in the converted ${what})`})));
}

export async function finishImport({out, date, force, imported, issues: before = []}: Finish): Promise<number> {
  const warnings = [...imported.warnings];
  const issues = [...before, ...(imported.ok ? [] : imported.issues)];
  const files: ImportFiles = {day: null, files: {}};
  if (imported.ok) {
    const {snapshot, master, calendar} = imported.value;
    if (snapshot) {
      const day = snapshotFiles(snapshot);
      files.day = {date, files: day, session: snapshot.meta.session};
      const bytes = Object.fromEntries(Object.entries(day).map(([name, text]) => [name, encoder.encode(text)]));
      checked(parseSnapshot(date, bytes), "snapshot", warnings, issues);
    }
    if (master) {
      const text = masterFiles(master);
      Object.assign(files.files, text);
      const bytes = (file: keyof typeof text) => ({file, bytes: encoder.encode(text[file])});
      checked(parseMaster({securities: bytes("securities.csv"), nameHistory: bytes("name-history.csv")}), "security master", warnings, issues);
    }
    if (calendar) {
      files.files[CALENDAR_FILE] = calendarText(calendar);
      checked(parseCalendar(CALENDAR_FILE, encoder.encode(files.files[CALENDAR_FILE])), "calendar", warnings, issues);
    }
  }
  for (const w of warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
  if (issues.length > 0 || !imported.ok) {
    for (const i of issues) process.stderr.write(`${formatIssue(i)}\n`);
    process.stderr.write("No file was changed.\n");
    return 2;
  }
  const dayDir = sessionDataDir(out, imported.ok && imported.value.snapshot ? imported.value.snapshot.meta.session : "close");
  if (!(await writeImportFiles(out, files, {force}))) {
    process.stderr.write(`${dayDir}/${date}/ exists: pass --force to replace it.\nNo file was changed.\n`);
    return 2;
  }
  const {snapshot, master, calendar} = imported.value;
  if (snapshot) {
    const suspended = snapshot.stocks.filter((s) => s.suspended).length;
    process.stderr.write(
      `wrote ${dayDir}/${date}/: ${snapshot.stocks.length} stocks (${suspended} suspended), ${snapshot.indices.length} indices, from ${snapshot.meta.source}\n`,
    );
  }
  if (master) {
    const spells = [...master.names.values()].reduce((n, s) => n + s.length, 0);
    process.stderr.write(`wrote ${out}/securities.csv and name-history.csv: ${master.securities.size} stocks, ${spells} dated names\n`);
  }
  if (calendar) process.stderr.write(`wrote ${out}/${CALENDAR_FILE}: ${calendar.open.length} sessions, ${calendar.closed.length} closed days\n`);
  return 0;
}
