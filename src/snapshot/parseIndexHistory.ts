import type {Parsed} from "./issue.ts";
import type {IndexBar} from "./types.ts";
import {checkRange} from "./checkRange.ts";
import {indexCode, isoDate, level} from "./fields.ts";
import {issueLog, parsedFrom} from "./issueLog.ts";
import {readCsvBytes, rowReader} from "./readCsv.ts";

export const INDEX_HISTORY_COLUMNS = {required: ["date", "code", "open", "high", "low", "close"]} as const;

const byDate = (a: {bar: IndexBar}, b: {bar: IndexBar}) => (a.bar.date < b.bar.date ? -1 : a.bar.date > b.bar.date ? 1 : 0);

/**
 * index-history.csv → index code → daily bars, oldest first (keys sorted). The file may be
 * in any order; appended day by day it is in date order, which the per-code sort keeps cheap.
 */
export function parseIndexHistory(file: string, bytes: Uint8Array): Parsed<Record<string, IndexBar[]>> {
  const log = issueLog(file);
  const table = readCsvBytes(bytes, INDEX_HISTORY_COLUMNS, log);
  const byCode = new Map<string, {bar: IndexBar; row: number}[]>();
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
    if (r.failed) continue;
    const bars = byCode.get(code) ?? [];
    if (bars.length === 0) byCode.set(code, bars);
    bars.push({bar: {date, code, open, high, low, close}, row: r.row});
  }
  const dateColumn = (table?.position.get("date") ?? 0) + 1;
  const result: Record<string, IndexBar[]> = {};
  for (const code of [...byCode.keys()].sort()) {
    // Stable: of two bars on one date, the later row comes second and is the one reported.
    const rows = (byCode.get(code) ?? []).sort(byDate);
    rows.forEach(({bar, row}, i) => {
      const previous = rows[i - 1];
      if (previous && previous.bar.date === bar.date) {
        log.error(row, dateColumn, `a second bar for ${code} on ${bar.date} (first on row ${previous.row})`);
      }
    });
    result[code] = rows.map((r) => r.bar);
  }
  return parsedFrom([log], result);
}
