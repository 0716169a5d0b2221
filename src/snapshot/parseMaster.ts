/**
 * The security master's files (data/securities.csv and data/name-history.csv) → SecurityMaster,
 * or every problem found. Both files are optional as a pair: a data folder without them has an
 * empty master. Format in data/README.md.
 */
import type {NameSpell, Security, SecurityMaster} from "../market/securityMaster.ts";
import {displayName, isoDate, orEmpty} from "./fields.ts";
import type {Parsed} from "./issue.ts";
import {issueLog, parsedFrom, type IssueLog} from "./issueLog.ts";
import {readStockCode} from "./parseStocks.ts";
import {readCsvBytes, rowReader} from "./readCsv.ts";

export const SECURITY_COLUMNS = {required: ["code", "name", "name_en", "list_date", "delist_date"]} as const;
export const NAME_HISTORY_COLUMNS = {required: ["code", "name", "from", "to"]} as const;

const optionalDate = orEmpty(isoDate);
const optionalName = orEmpty(displayName);

export interface MasterFiles {
  /** File name (relative to data/) → bytes, for whichever of the two files exist. */
  securities?: {file: string; bytes: Uint8Array};
  nameHistory?: {file: string; bytes: Uint8Array};
}

export function parseMaster(files: MasterFiles): Parsed<SecurityMaster> {
  const securities = new Map<string, Security>();
  const names = new Map<string, NameSpell[]>();
  const logs: IssueLog[] = [];
  if (files.securities) {
    const log = issueLog(files.securities.file);
    logs.push(log);
    const table = readCsvBytes(files.securities.bytes, SECURITY_COLUMNS, log);
    const firstRow = new Map<string, number>();
    for (const record of table?.records ?? []) {
      if (!table) break;
      const r = rowReader(table, record, log);
      const code = readStockCode(r);
      const name = r.read("name", displayName);
      const nameEn = r.read("name_en", optionalName);
      const listDate = r.read("list_date", optionalDate);
      const delistDate = r.read("delist_date", optionalDate);
      if (listDate && delistDate && delistDate < listDate) {
        r.fail("delist_date", `delist_date ${delistDate} is before list_date ${listDate}`);
      }
      if (code !== undefined && firstRow.has(code)) r.fail("code", `code "${code}" is listed twice (first on row ${firstRow.get(code)})`);
      if (r.failed || code === undefined || name === undefined || nameEn === undefined || listDate === undefined || delistDate === undefined) continue;
      firstRow.set(code, r.row);
      securities.set(code, {code, name, nameEn, listDate, delistDate});
    }
  }
  if (files.nameHistory) {
    const log = issueLog(files.nameHistory.file);
    logs.push(log);
    const table = readCsvBytes(files.nameHistory.bytes, NAME_HISTORY_COLUMNS, log);
    const rows = new Map<string, number[]>();
    for (const record of table?.records ?? []) {
      if (!table) break;
      const r = rowReader(table, record, log);
      const code = readStockCode(r);
      const name = r.read("name", displayName);
      const from = r.read("from", isoDate);
      const to = r.read("to", optionalDate);
      if (from && to && to < from) r.fail("to", `to ${to} is before from ${from}`);
      if (r.failed || code === undefined || name === undefined || from === undefined || to === undefined) continue;
      const spells = names.get(code) ?? [];
      const spellRows = rows.get(code) ?? [];
      // Spells of one code must not overlap: a date has one traded name.
      const clash = spells.findIndex((s) => s.from <= (to ?? "9999-12-31") && from <= (s.to ?? "9999-12-31"));
      if (clash >= 0) {
        r.fail("from", `${code} is named "${name}" from ${from}, overlapping its name "${spells[clash]?.name}" on row ${spellRows[clash]}`);
        continue;
      }
      spells.push({name, from, to});
      spellRows.push(r.row);
      names.set(code, spells);
      rows.set(code, spellRows);
    }
    for (const spells of names.values()) spells.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  }
  return parsedFrom(logs, {securities, names});
}
