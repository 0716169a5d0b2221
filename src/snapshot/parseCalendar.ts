/** data/calendar.csv (`date,open`, as Tushare trade_cal gives cal_date and is_open) → the dates it marks open and closed. */
import {flag, isoDate} from "./fields.ts";
import type {Parsed} from "./issue.ts";
import {issueLog, parsedFrom} from "./issueLog.ts";
import {readCsvBytes, rowReader} from "./readCsv.ts";

export const CALENDAR_COLUMNS = {required: ["date", "open"]} as const;

export interface CalendarFile {
  /** Sessions, ascending. */
  open: string[];
  /** Dates the file says are closed, ascending. */
  closed: string[];
}

export function parseCalendar(file: string, bytes: Uint8Array): Parsed<CalendarFile> {
  const log = issueLog(file);
  const table = readCsvBytes(bytes, CALENDAR_COLUMNS, log);
  const seen = new Map<string, number>();
  const open: string[] = [];
  const closed: string[] = [];
  for (const record of table?.records ?? []) {
    if (!table) break;
    const r = rowReader(table, record, log);
    const date = r.read("date", isoDate);
    const isOpen = r.read("open", flag);
    if (date !== undefined && seen.has(date)) r.fail("date", `${date} is listed twice (first on row ${seen.get(date)})`);
    if (r.failed || date === undefined || isOpen === undefined) continue;
    seen.set(date, r.row);
    (isOpen ? open : closed).push(date);
  }
  return parsedFrom([log], {open: open.sort(), closed: closed.sort()});
}
