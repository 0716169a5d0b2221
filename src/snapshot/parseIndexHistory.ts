import type {Parsed} from "./issue.ts";
import type {IndexBar} from "./types.ts";
import {byCodeThenDate} from "./byCode.ts";
import {checkRange} from "./checkRange.ts";
import {indexCode, isoDate, level} from "./fields.ts";
import {issueLog, parsedFrom} from "./issueLog.ts";
import {readCsvBytes, rowReader} from "./readCsv.ts";

export const INDEX_HISTORY_COLUMNS = {required: ["date", "code", "open", "high", "low", "close"]} as const;

/** index-history.csv → daily bars sorted by code, then date. */
export function parseIndexHistory(file: string, bytes: Uint8Array): Parsed<IndexBar[]> {
  const log = issueLog(file);
  const table = readCsvBytes(bytes, INDEX_HISTORY_COLUMNS, log);
  const bars: IndexBar[] = [];
  const firstRow = new Map<string, number>();
  for (const record of table?.records ?? []) {
    if (!table) break;
    const r = rowReader(table, record, log);
    const date = r.read("date", isoDate);
    const code = r.read("code", indexCode);
    const open = r.read("open", level);
    const high = r.read("high", level);
    const low = r.read("low", level);
    const close = r.read("close", level);
    if (high !== undefined && low !== undefined) checkRange(r, high, low, {open, close});
    if (date === undefined || code === undefined || open === undefined || high === undefined || low === undefined || close === undefined) continue;
    const key = `${code} ${date}`;
    const first = firstRow.get(key);
    if (first !== undefined) r.fail("date", `a second bar for ${code} on ${date} (first on row ${first})`);
    else firstRow.set(key, r.row);
    if (!r.failed) bars.push({date, code, open, high, low, close});
  }
  bars.sort(byCodeThenDate);
  return parsedFrom([log], bars);
}
